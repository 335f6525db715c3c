using DanVan.Cards;
using DanVan.Cards.Text;

namespace DanVan.App.Tests;

public class ConversationServiceTests
{
    private const string UnknownUserText =
        "Xin chào Khách! Tài khoản của anh/chị chưa có trong danh sách người dùng của DanVan nên chưa thể báo cáo. Vui lòng liên hệ Văn phòng Sở Nông nghiệp và PTNT để được thêm vào danh sách.";

    private readonly World _world = new();
    private ConversationService Service => _world.Service;

    [Fact]
    public async Task A_unit_head_asking_for_training_gets_the_form()
    {
        var result = await Service.OnMessageAsync(World.HeadCaller(), "Tập huấn", default);

        var card = Assert.IsType<CardReply>(Assert.Single(result.Replies)).Card;
        Assert.True(card.IsTrainingForm());
        Assert.Equal("Học tập, quán triệt — Chi cục Kiểm lâm", card.Texts().First());
    }

    [Fact]
    public async Task An_office_member_asking_for_training_is_told_it_is_for_unit_heads()
    {
        var result = await Service.OnMessageAsync(World.OfficeCaller, "tap huan", default);

        Assert.Equal([new TextReply("Chức năng này dành cho thủ trưởng (hoặc cấp phó) của đơn vị.")], result.Replies);
    }

    [Fact]
    public async Task An_office_member_is_welcomed_without_the_unit_forms()
    {
        var result = await Service.OnInstalledAsync(World.OfficeCaller, default);

        var card = Assert.IsType<CardReply>(Assert.Single(result.Replies)).Card;
        Assert.Equal([Verbs.Help], card.Actions.Select(a => a.Verb));
        Assert.Contains(card.Texts(), t => t.Contains("tổng hợp báo cáo của các phòng, cơ quan, đơn vị"));
    }

    [Fact]
    public async Task An_office_member_cannot_submit_through_a_card_either()
    {
        var result = await Service.OnCardActionAsync(World.OfficeCaller, Verbs.SubmitTraining, World.Form(), default);

        Assert.Equal([Texts.Vietnamese.UnitHeadsOnly], result.Card.Texts());
        Assert.Equal(0, _world.Submissions.Saves);
    }

    [Theory]
    [InlineData("vi-VN", "trợ giúp", "Các lệnh của DanVan:")]
    [InlineData("en-US", "help", "DanVan commands:")]
    [InlineData("vi-VN", "báo cáo quý", "DanVan chưa hiểu \"báo cáo quý\". Gõ \"trợ giúp\" để xem các lệnh.")]
    public async Task Answers_text_commands_in_the_callers_language(string locale, string said, string expectedStart)
    {
        var result = await Service.OnMessageAsync(World.HeadCaller(locale), said, default);

        Assert.StartsWith(expectedStart, Assert.IsType<TextReply>(Assert.Single(result.Replies)).Text);
    }

    [Fact]
    public async Task A_card_submit_stores_the_figures()
    {
        var result = await Service.OnCardActionAsync(World.HeadCaller(), Verbs.SubmitTraining, World.Form(), default);

        Assert.True(result.Card.IsReceipt());
        Assert.Equal(1, _world.Submissions.Saves);
    }

    [Theory]
    [InlineData("training.delete")]
    [InlineData("TRAINING.SUBMIT")]
    [InlineData("")]
    [InlineData(null)]
    public async Task An_unknown_verb_stores_nothing(string? verb)
    {
        var result = await Service.OnCardActionAsync(World.HeadCaller(), verb, World.Form(), default);

        Assert.Equal(["Thao tác này không hợp lệ hoặc đã hết hiệu lực. Gõ \"trợ giúp\" để xem các lệnh."], result.Card.Texts());
        Assert.Empty(result.Card.Actions);
        Assert.Empty(result.Replies);
        Assert.Equal(0, _world.Submissions.Saves);
    }

    [Fact]
    public async Task An_install_announced_twice_welcomes_once()
    {
        var first = await Service.OnInstalledAsync(World.HeadCaller(), default);
        var second = await Service.OnInstalledAsync(World.HeadCaller(), default);

        var welcome = Assert.IsType<CardReply>(Assert.Single(first.Replies)).Card;
        Assert.Equal("Chào mừng đến với DanVan", welcome.Texts().First());
        Assert.Empty(second.Replies);
        Assert.Single(_world.Conversations.Saved);
    }

    [Fact]
    public async Task A_reinstall_later_welcomes_again()
    {
        await Service.OnInstalledAsync(World.HeadCaller(), default);
        _world.Time.UtcNow += TimeSpan.FromMinutes(5);

        Assert.Single((await Service.OnInstalledAsync(World.HeadCaller(), default)).Replies);
    }

    [Fact]
    public async Task An_unknown_user_is_told_whom_to_contact_and_nothing_is_saved()
    {
        var message = await Service.OnMessageAsync(World.Stranger, "tập huấn", default);
        var install = await Service.OnInstalledAsync(World.Stranger, default);
        var action = await Service.OnCardActionAsync(World.Stranger, Verbs.SubmitTraining, World.Form(), default);

        Assert.Equal([new TextReply(UnknownUserText)], message.Replies);
        Assert.Equal([new TextReply(UnknownUserText)], install.Replies);
        Assert.Equal([UnknownUserText], action.Card.Texts());
        Assert.Empty(_world.Conversations.Saved);
        Assert.Equal(0, _world.Submissions.Saves);
    }

    [Fact]
    public async Task Remembers_the_conversation_once_until_it_changes()
    {
        await Service.OnMessageAsync(World.HeadCaller(), "trợ giúp", default);
        await Service.OnMessageAsync(World.HeadCaller(), "tập huấn", default);
        await Service.OnMessageAsync(World.Caller(World.HeadAad, reference: "{\"ref\":2}"), "trợ giúp", default);

        Assert.Equal(
            [("aad:" + World.HeadAad, "CCKL", "{\"ref\":1}"), ("aad:" + World.HeadAad, "CCKL", "{\"ref\":2}")],
            _world.Conversations.Saved.Select(r => (r.UserKey, r.UnitId, r.ReferenceJson)));
        Assert.All(_world.Conversations.Saved, r => Assert.True(r.Active));
    }

    [Fact]
    public async Task The_help_button_answers_with_the_welcome_card_and_the_help_text()
    {
        var result = await Service.OnCardActionAsync(World.HeadCaller(), Verbs.Help, new Dictionary<string, string?>(), default);

        Assert.Equal("Chào mừng đến với DanVan", result.Card.Texts().First());
        Assert.Equal([new TextReply(Texts.Vietnamese.Help)], result.Replies);
    }
}
