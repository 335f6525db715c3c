using DanVan.Cards.Text;
using DanVan.Domain.Repositories;
using DanVan.Domain.Training;
using F = DanVan.Domain.Training.TrainingFields;

namespace DanVan.App.Tests;

public class TrainingFlowTests
{
    private const string Standing45 = "Đã học tập, quán triệt 45/50 người (90%). Chỉ tiêu: 100% — còn 5 người.";
    private static readonly TrainingReport Report45 = new(50, 45, 2, new DateOnly(2024, 3, 15));

    private readonly World _world = new();

    private Task<ActionResult> Submit(Dictionary<string, string?> form) =>
        _world.Training.SubmitAsync(World.HeadActor(), form, default);

    private Task<ActionResult> Open() => _world.Training.OpenAsync(World.HeadActor(), new Dictionary<string, string?>(), default);

    /// <summary>A save answers with one message: the one-line standing on the item above the unit's standing card.</summary>
    private static Cards.Json.Card AssertSavedReplies(ActionResult result, string standingText)
    {
        var reply = Assert.IsType<CardReply>(Assert.Single(result.Replies));
        Assert.Equal(standingText, reply.Text);
        var standing = reply.Card;
        Assert.True(standing.IsStanding(), string.Join(" | ", standing.Texts()));
        return standing;
    }

    private async Task<Versioned<TrainingReport>?> Stored() =>
        await _world.Submissions.GetAsync<TrainingReport>(World.TrainingKey, default);

    [Fact]
    public async Task Invalid_data_stores_nothing_and_returns_the_form_with_errors()
    {
        var result = await Submit(World.Form(total: "abc", date: "2025-01-01"));

        Assert.Equal(0, _world.Submissions.Saves);
        Assert.Null(await Stored());
        Assert.Empty(result.Replies);
        Assert.True(result.Card.IsTrainingForm());
        Assert.Equal(
            ["Chưa lưu: vui lòng sửa 2 mục được đánh dấu bên dưới.", "Vui lòng nhập một số nguyên, ví dụ 45.", "Ngày phải thuộc năm 2024 của kế hoạch."],
            result.Card.Texts().Where(t => t.StartsWith("Chưa lưu") || t.StartsWith("Vui lòng nhập") || t.StartsWith("Ngày phải")));
        Assert.Equal(45, result.Card.NumberValue(F.Trained)); // what the user typed is kept
        Assert.Null(result.Card.NumberValue(F.TotalStaff));
    }

    [Fact]
    public async Task A_rejected_form_keeps_values_typed_the_way_people_type_them()
    {
        var result = await Submit(World.Form(total: "1.000", trained: "1.200", date: "15/03/2024"));

        Assert.Equal(0, _world.Submissions.Saves);
        Assert.Equal(1000, result.Card.NumberValue(F.TotalStaff));
        Assert.Equal(1200, result.Card.NumberValue(F.Trained));
        Assert.Contains("\"value\":\"2024-03-15\"", CardReading.Must(result.Card).ToString());
    }

    [Fact]
    public async Task Valid_data_is_stored_once_with_a_receipt_and_one_standing_message()
    {
        var result = await Submit(World.Form(total: " 50 ", date: "15/03/2024"));

        Assert.Equal(1, _world.Submissions.Saves);
        var stored = await Stored();
        Assert.Equal(Report45, stored?.Value);
        Assert.Equal(new Stamp("aad:" + World.HeadAad, "Alex Wilber", World.Start), stored?.Stamp);
        Assert.True(result.Card.IsReceipt());
        Assert.Contains("Alex Wilber cập nhật lúc 10:00 15/06/2024.", result.Card.Texts());
        var standing = AssertSavedReplies(result, Standing45);
        Assert.Contains("🟡 Chỉ tiêu 1 — Học tập, quán triệt: đang thực hiện", standing.Texts());
        Assert.Contains("Còn 5 người chưa học tập, quán triệt (chỉ tiêu 100%).", standing.Texts());
        // 90% of target 1 and nothing yet of the other four targets; nobody else has reported.
        Assert.Equal("Mức hoàn thành chung: 18% · xếp thứ 1/3 đơn vị của Sở.", standing.RankLine());
    }

    [Fact]
    public async Task A_double_click_stores_once_and_sends_the_standing_once()
    {
        await Submit(World.Form());
        var again = await Submit(World.Form()); // same values, the same (now stale) empty base version

        Assert.Equal(1, _world.Submissions.Saves);
        Assert.True(again.Card.IsReceipt());
        Assert.Contains(Standing45, again.Card.Texts());
        Assert.Empty(again.Replies);
    }

    [Fact]
    public async Task An_edit_from_the_current_version_is_stored()
    {
        var first = _world.DeputySaves(Report45);

        var result = await Submit(World.Form(trained: "50", baseVersion: first.Version));

        Assert.Equal(50, (await Stored())?.Value.Trained);
        var standing = AssertSavedReplies(result, "Đã học tập, quán triệt 50/50 người (100%). Đã đạt chỉ tiêu 100%.");
        Assert.Contains("✅ Chỉ tiêu 1 — Học tập, quán triệt: đạt", standing.Texts());
        Assert.Equal("Mức hoàn thành chung: 20% · xếp thứ 1/3 đơn vị của Sở.", standing.RankLine());
    }

    [Fact]
    public async Task A_different_value_from_a_stale_form_is_refused_with_the_current_figures()
    {
        var current = _world.DeputySaves(Report45);

        var result = await Submit(World.Form(trained: "40", baseVersion: ""));

        Assert.Equal(0, _world.Submissions.Saves);
        Assert.Equal(current, await Stored());
        AssertConflictForm(result, current, typed: 40);
    }

    [Fact]
    public async Task A_conflict_at_save_time_shows_the_other_editors_figures()
    {
        _world.Submissions.BeforeNextSave = () => _world.DeputySaves(Report45 with { Trained = 48 });

        var result = await Submit(World.Form(baseVersion: ""));

        var current = await Stored();
        Assert.Equal(48, current?.Value.Trained);
        AssertConflictForm(result, current!, typed: 45);
    }

    [Fact]
    public async Task A_conflict_at_save_time_with_the_same_figures_is_just_a_receipt()
    {
        _world.Submissions.BeforeNextSave = () => _world.DeputySaves(Report45);

        var result = await Submit(World.Form(baseVersion: ""));

        Assert.True(result.Card.IsReceipt());
        Assert.Contains("Nguyễn Thị Bình cập nhật lúc 08:30 14/06/2024.", result.Card.Texts());
        Assert.Empty(result.Replies);
    }

    [Fact]
    public async Task A_conflict_with_nothing_stored_is_not_hidden() // e.g. a storage failure dressed as a conflict
    {
        _world.Submissions.BeforeNextSave = () => throw new ConcurrencyConflictException("412");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Submit(World.Form()));
    }

    [Fact]
    public async Task Opening_shows_the_stored_figures_and_their_version()
    {
        var current = _world.DeputySaves(Report45);

        var card = (await Open()).Card;

        Assert.Equal(50, card.NumberValue(F.TotalStaff));
        Assert.Equal(45, card.NumberValue(F.Trained));
        Assert.Equal(current.Version, card.BaseVersion());
    }

    [Fact]
    public async Task Opening_an_empty_form_has_an_empty_base_version() =>
        Assert.Equal("", (await Open()).Card.BaseVersion());

    [Fact]
    public async Task A_receipt_refreshes_itself_for_the_user_who_sent_it()
    {
        var result = await Submit(World.Form());

        var refresh = Assert.IsType<Cards.Json.ExecuteAction>(CardReading.Must(result.Card).Refresh);
        Assert.Equal(("Cập nhật", "training.refresh"), (refresh.Title, refresh.Verb));
        Assert.Empty(refresh.Data ?? new Dictionary<string, string>());
        Assert.Equal([World.HeadCaller().ChannelUserId], CardReading.Must(result.Card).RefreshUserIds);
    }

    [Fact]
    public async Task Refreshing_shows_the_figures_stored_now()
    {
        await Submit(World.Form());
        _world.DeputySaves(Report45 with { Trained = 48 });

        var result = await _world.Training.RefreshAsync(World.HeadActor(), new Dictionary<string, string?>(), default);

        Assert.True(result.Card.IsReceipt());
        Assert.Contains("Đã học tập, quán triệt 48/50 người (96%). Chỉ tiêu: 100% — còn 2 người.", result.Card.Texts());
        Assert.Contains("Nguyễn Thị Bình cập nhật lúc 08:30 14/06/2024.", result.Card.Texts());
        Assert.Empty(result.Replies);
        Assert.Equal(1, _world.Submissions.Saves);
    }

    [Fact]
    public async Task A_first_form_has_hủy_too_and_it_stores_nothing_and_says_so()
    {
        var form = await Open();
        var cancel = Assert.Single(form.Card!.Actions, a => a.Title == "Hủy");

        var result = await _world.Training.RefreshAsync(World.HeadActor(), cancel.Data!.ToDictionary(kv => kv.Key, kv => (string?)kv.Value), default);

        Assert.Equal("Đã hủy. Chưa có gì được lưu.", result.Card.Texts().First());
        Assert.Equal(["training.open"], result.Card!.Actions.Select(a => a.Verb));
        Assert.Equal(0, _world.Submissions.Saves);
        Assert.Null(await Stored());
    }

    [Fact]
    public async Task Refreshing_with_nothing_stored_shows_the_empty_form()
    {
        var result = await _world.Training.RefreshAsync(World.HeadActor(), new Dictionary<string, string?>(), default);

        Assert.True(result.Card.IsTrainingForm());
        Assert.Null(result.Card.NumberValue(F.TotalStaff));
        Assert.Equal("", result.Card.BaseVersion());
        Assert.Empty(result.Replies);
    }

    [Fact]
    public async Task English_callers_get_the_standing_in_english()
    {
        var result = await _world.Training.SubmitAsync(World.HeadActor(Texts.English), World.Form(), default);

        var reply = Assert.IsType<CardReply>(Assert.Single(result.Replies));
        Assert.Equal("Trained 45/50 staff (90%). Target: 100% — 5 still to train.", reply.Text);
        var standing = reply.Card;
        Assert.Equal("Standing — Chi cục Kiểm lâm", standing.Texts().First());
        Assert.Equal("Overall completion: 18% · ranked 1 of 3 units of the department.", standing.RankLine());
    }

    private void AssertConflictForm(ActionResult result, Versioned<TrainingReport> current, int typed)
    {
        Assert.True(result.Card.IsTrainingForm());
        Assert.Empty(result.Replies);
        // Both: what is stored now (and by whom), and the form still holding what the user typed.
        var stored = _world.TrainingSpec.Describe(Texts.Vietnamese, current.Value);
        Assert.Contains($"Chưa lưu: số liệu của đơn vị vừa được Nguyễn Thị Bình cập nhật lúc 08:30 14/06/2024. Đang lưu: {stored}. Biểu mẫu dưới đây vẫn giữ số liệu anh/chị vừa nhập — bấm Gửi để thay bằng số liệu này, hoặc Hủy để giữ bản đang lưu.",
            result.Card.Texts());
        Assert.Equal(typed, result.Card.NumberValue(F.Trained));
        Assert.NotEqual(current.Value.Trained, typed);
        Assert.Equal(current.Version, result.Card.BaseVersion()); // submitting again now overwrites knowingly
        Assert.Contains(result.Card!.Actions, x => x.Verb == "training.refresh"); // "Hủy" keeps the stored figures
    }
}
