using DanVan.App.Forms;
using DanVan.Domain.Repositories;
using DanVan.App.Models;
using DanVan.Cards;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Training;

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
    public async Task An_office_member_is_welcomed_with_the_office_tools_not_the_unit_forms()
    {
        var result = await Service.OnInstalledAsync(World.OfficeCaller, default);

        var card = Assert.IsType<CardReply>(Assert.Single(result.Replies)).Card;
        Assert.Equal([Cards.Summary.SummaryCard.ShowVerb, Cards.Summary.SummaryCard.ExportVerb, RosterCards.ShowVerb, Verbs.Help], card.Actions.Select(a => a.Verb));
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
    public async Task Answers_text_commands_in_the_callers_language(string locale, string said, string expectedStart)
    {
        var result = await Service.OnMessageAsync(World.HeadCaller(locale), said, default);

        Assert.StartsWith(expectedStart, Assert.IsType<TextReply>(Assert.Single(result.Replies)).Text);
    }

    [Theory]
    [InlineData("vi-VN", "báo cáo quý", "DanVan chưa hiểu \"báo cáo quý\". Gõ \"trợ giúp\" để xem các lệnh.", "Báo cáo")]
    [InlineData("en-US", "quarterly thing", "DanVan did not understand \"quarterly thing\". Type \"help\" to see the commands.", "Help")]
    public async Task Text_not_understood_is_said_with_buttons_to_the_closest_commands(string locale, string said, string expected, string firstButton)
    {
        var result = await Service.OnMessageAsync(World.HeadCaller(locale), said, default);

        var card = Assert.IsType<CardReply>(Assert.Single(result.Replies)).Card;
        Assert.Equal(expected, card.Texts().First());
        Assert.Equal(firstButton, card.Actions[0].Title);
        // Every button is a route the caller may use, reached through its own verb (the gate applies again).
        Assert.All(card.Actions, a => Assert.Contains(DanVan.Domain.Roster.Role.UnitHead, _world.Routes.ForVerb(a.Verb)!.Roles));
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
    [InlineData("training")]
    [InlineData("training.")]
    [InlineData("training.submit.now")]
    [InlineData("report.delete")]       // no such verb of a real form
    [InlineData("nosuch.open")]
    [InlineData("standing.submit")]
    [InlineData("roster.unit.drop")]    // nor of the roster
    [InlineData("")]
    [InlineData(null)]
    public async Task An_unknown_verb_stores_nothing(string? verb)
    {
        var result = await Service.OnCardActionAsync(World.HeadCaller(), verb, World.Form(), default);

        Assert.Equal(["Thao tác này không hợp lệ hoặc đã hết hiệu lực. Gõ \"trợ giúp\" để xem các lệnh."], result.Card.Texts());
        Assert.Empty(CardReading.Must(result.Card).Actions);
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
        Assert.Equal([new TextReply(Routing.DanVanRoutes.HelpText(_world.Routes, Texts.Vietnamese, World.HeadIdentity, ChatKind.Personal))], result.Replies);
    }

    private static readonly Dictionary<string, string?> NoData = new();

    [Fact]
    public async Task A_successful_save_answers_with_the_standing_text_and_card()
    {
        var result = await Service.OnCardActionAsync(World.HeadCaller(), "training.submit", World.Form(), default);

        Assert.True(result.Card.IsReceipt());
        var reply = Assert.IsType<CardReply>(Assert.Single(result.Replies));
        Assert.Equal("Đã học tập, quán triệt 45/50 người (90%). Chỉ tiêu: 100% — còn 5 người.", reply.Text);
        var standing = reply.Card;
        Assert.True(standing.IsStanding());
        Assert.Equal("Mức hoàn thành chung: 18% · xếp thứ 1/3 đơn vị của Sở.", standing.RankLine());
        Assert.Equal(new TrainingReport(50, 45, 2, new DateOnly(2024, 3, 15)),
            (await _world.Submissions.GetAsync<TrainingReport>(World.TrainingKey, default))?.Value);
    }

    [Fact]
    public async Task The_open_verb_reaches_the_flow_with_the_stored_figures()
    {
        var stored = _world.DeputySaves(new TrainingReport(60, 30, 1, new DateOnly(2024, 5, 2)));

        var result = await Service.OnCardActionAsync(World.HeadCaller(), "training.open", NoData, default);

        Assert.True(result.Card.IsTrainingForm());
        Assert.Equal(60, result.Card.NumberValue(TrainingFields.TotalStaff));
        Assert.Equal(stored.Version, result.Card.BaseVersion());
        Assert.Empty(result.Replies);
    }

    [Fact]
    public async Task The_refresh_verb_reaches_the_flow()
    {
        var before = await Service.OnCardActionAsync(World.HeadCaller(), "training.refresh", NoData, default);
        _world.DeputySaves(new TrainingReport(60, 30, 1, new DateOnly(2024, 5, 2)));
        var after = await Service.OnCardActionAsync(World.HeadCaller(), "training.refresh", NoData, default);

        Assert.True(before.Card.IsTrainingForm());
        Assert.True(after.Card.IsReceipt());
        Assert.Contains("Đã học tập, quán triệt 30/60 người (50%). Chỉ tiêu: 100% — còn 30 người.", after.Card.Texts());
        Assert.Empty(after.Replies);
        Assert.Equal(0, _world.Submissions.Saves);
    }

    [Fact]
    public async Task Card_data_cannot_choose_the_unit()
    {
        var form = World.Form();
        form["unitId"] = World.Ttkn.Id;

        var result = await Service.OnCardActionAsync(World.HeadCaller(), "training.submit", form, default);

        // Refused outright: a card naming another unit was tampered with, so nothing of it is stored anywhere.
        Assert.Contains("chỉ được xem và cập nhật số liệu của đơn vị mình", string.Join("\n", result.Card.Texts()));
        Assert.Null(await _world.Submissions.GetAsync<TrainingReport>(World.TrainingKey, default));
        Assert.Null(await _world.Submissions.GetAsync<TrainingReport>(World.Key(World.Ttkn), default));
    }

    [Theory]
    [InlineData("tình hình")]
    [InlineData("tinh hinh")]
    [InlineData("Tình hình?")]
    [InlineData("status")]
    public async Task Standing_commands_show_the_units_standing(string said)
    {
        _world.Trains(World.Cckl, 50, 45);
        _world.Trains(World.Ttkn, 40, 40);

        var result = await Service.OnMessageAsync(World.HeadCaller(), said, default);

        var card = Assert.IsType<CardReply>(Assert.Single(result.Replies)).Card;
        Assert.True(card.IsStanding(), string.Join(" | ", card.Texts()));
        Assert.Equal("Mức hoàn thành chung: 18% · xếp thứ 2/3 đơn vị của Sở.", card.RankLine());
    }

    [Theory]
    [InlineData("lịch sử")]
    [InlineData("lich su")]
    [InlineData("history")]
    public async Task History_commands_show_the_units_changes(string said)
    {
        _world.DeputySaves(new TrainingReport(50, 45, 2, new DateOnly(2024, 3, 15)));

        var result = await Service.OnMessageAsync(World.HeadCaller(), said, default);

        var card = Assert.IsType<CardReply>(Assert.Single(result.Replies)).Card;
        Assert.True(card.IsHistory(), string.Join(" | ", card.Texts()));
        Assert.Contains("(mới) 45/50 người, 2 buổi, buổi gần nhất 15/03/2024", card.Texts());
    }

    [Fact]
    public async Task An_english_caller_gets_the_standing_in_english() =>
        Assert.Equal("Standing — Chi cục Kiểm lâm",
            Assert.IsType<CardReply>(Assert.Single((await Service.OnMessageAsync(World.HeadCaller("en-US"), "status", default)).Replies))
                .Card.Texts().First());

    [Fact]
    public async Task The_standing_and_history_buttons_answer_with_their_cards()
    {
        var standing = await Service.OnCardActionAsync(World.HeadCaller(), Verbs.Standing, NoData, default);
        var history = await Service.OnCardActionAsync(World.HeadCaller(), Verbs.History, NoData, default);

        Assert.True(standing.Card.IsStanding());
        Assert.Empty(standing.Replies);
        Assert.Equal(["Lịch sử thay đổi — Chi cục Kiểm lâm", "Đơn vị chưa có thay đổi nào được ghi nhận."], history.Card.Texts());
        Assert.Empty(history.Replies);
    }

    [Theory]
    [InlineData("tình hình")]
    [InlineData("standing")]
    public async Task Office_members_are_refused_the_standing_by_message(string said)
    {
        var result = await Service.OnMessageAsync(World.OfficeCaller, said, default);

        Assert.Equal([new TextReply(Texts.Vietnamese.UnitHeadsOnly)], result.Replies);
    }

    [Theory]
    [InlineData("lịch sử")]
    [InlineData("history")]
    public async Task Office_members_get_the_roster_log_for_history(string said)
    {
        var result = await Service.OnMessageAsync(World.OfficeCaller, said, default);

        var card = Assert.IsType<CardReply>(Assert.Single(result.Replies)).Card;
        Assert.Equal(Texts.Vietnamese.LogTitle, card.Texts().First());
    }

    [Theory]
    [InlineData(Verbs.Standing)]
    [InlineData("training.open")]
    [InlineData("training.refresh")]
    public async Task Office_members_are_refused_unit_cards(string verb)
    {
        var result = await Service.OnCardActionAsync(World.OfficeCaller, verb, NoData, default);

        Assert.Equal([Texts.Vietnamese.UnitHeadsOnly], result.Card.Texts());
        Assert.Empty(result.Replies);
    }

    [Fact]
    public async Task Models_go_to_the_model_register_when_there_is_one()
    {
        var models = new FakeModels();
        var world = new World(models);

        var said = await world.Service.OnMessageAsync(World.HeadCaller(), "Mô hình \"Dân vận khéo\"", default);
        var clicked = await world.Service.OnCardActionAsync(World.HeadCaller(), Cards.ModelCards.ListVerb, NoData, default);
        var office = await world.Service.OnCardActionAsync(World.OfficeCaller, Cards.ModelCards.ListVerb, NoData, default);

        Assert.Equal(["models of CCKL"], Assert.IsType<CardReply>(Assert.Single(said.Replies)).Card.Texts());
        Assert.Equal(["models of CCKL"], clicked.Card.Texts());
        Assert.Equal([Texts.Vietnamese.UnitHeadsOnly], office.Card.Texts());
        Assert.Equal(2, models.Calls);
    }

    private sealed class FakeModels : IModelList
    {
        public int Calls { get; private set; }

        public Task<Card> ListAsync(Actor a, CancellationToken ct)
        {
            Calls++;
            return Task.FromResult(new Card([new TextBlock("models of " + a.Unit.Id)], []));
        }
    }
}
