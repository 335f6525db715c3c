using System.Text.Json.Nodes;
using DanVan.Domain.Repositories;
using DanVan.Domain.Training;
using DanVan.Testing;

namespace DanVan.Bot.Tests;

public sealed class TrainingSubmissionTests : BotTest
{
    private static readonly SubmissionKey AlexTraining = new("2024", "CCKL", SubmissionItems.Training);

    private static Dictionary<string, string?> Form(string? total = "50", string? trained = "45", string? sessions = "2",
        string? date = "2024-03-15", string? baseVersion = "") => new()
    {
        ["totalStaff"] = total, ["trained"] = trained, ["sessions"] = sessions, ["lastSessionDate"] = date, ["baseVersion"] = baseVersion,
    };

    [Fact]
    public async Task Tap_huan_opens_the_training_form_for_the_users_unit()
    {
        var card = CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "tap huan")))!;

        Assert.Contains("Học tập, quán triệt — Chi cục Kiểm lâm", CardText(card));
        var inputs = card["body"]!.AsArray().Where(e => ((string?)e!["type"])!.StartsWith("Input.")).Select(e => (string)e!["id"]!);
        Assert.Equal(["totalStaff", "trained", "sessions", "lastSessionDate"], inputs.ToArray());
        var submit = card["actions"]![0]!;
        Assert.Equal("Action.Execute", (string?)submit["type"]);
        Assert.Equal("training.submit", (string?)submit["verb"]);
    }

    [Fact]
    public async Task A_valid_submission_is_stored_the_card_becomes_a_receipt_and_the_bot_replies_with_the_standing()
    {
        var (card, replies) = await ClickAsync(TeamsUser.Alex, "training.submit", Form());

        Assert.Contains("Đã ghi nhận số liệu học tập, quán triệt", CardText(card));
        Assert.Contains("15/03/2024", CardText(card));
        Assert.Contains("Alex Wilber cập nhật lúc 09:00 10/05/2024", CardText(card));
        Assert.Equal("training.open", (string?)card["actions"]![0]!["verb"]);
        Assert.Single(replies); // the sentence and the standing card travel as one message
        Assert.Equal("Đã học tập, quán triệt 45/50 người (90%). Chỉ tiêu: 100% — còn 5 người.", Text(replies[0]));
        Assert.Contains("Tình hình thực hiện — Chi cục Kiểm lâm", CardText(CardOf(replies[0])));

        var stored = await Bot.Storage.Submissions.GetAsync<TrainingReport>(AlexTraining, default);
        Assert.Equal(new TrainingReport(50, 45, 2, new DateOnly(2024, 3, 15)), stored!.Value);
        Assert.Equal("aad:00000000-0000-0000-0000-000000000020", stored.Stamp.UserKey);
        var audit = Assert.Single(await Bot.Storage.Submissions.HistoryAsync("2024", "CCKL", 10, default));
        Assert.Null(audit.Before);
    }

    [Fact]
    public async Task The_unit_comes_from_the_users_identity_never_from_card_data()
    {
        var tampered = Form();
        tampered["unitId"] = "VP";
        tampered["unit"] = "VP";

        var (card, replies) = await ClickAsync(TeamsUser.Alex, "training.submit", tampered);

        // Refused outright: a card naming another unit was tampered with, so nothing of it is stored anywhere.
        Assert.Contains("chỉ được xem và cập nhật số liệu của đơn vị mình", CardText(card));
        Assert.Empty(replies);
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
        Assert.Equal(0, await UnitRowsAsync("VP"));
    }

    public static TheoryData<string, Dictionary<string, string?>, string> BadInputs => new()
    {
        { "empty total", Form(total: ""), "Vui lòng nhập mục này." },
        { "empty everything", Form("", "", "", ""), "Vui lòng nhập mục này." },
        { "non-numeric", Form(trained: "bốn lăm"), "Vui lòng nhập một số nguyên, ví dụ 45." },
        { "decimal", Form(trained: "4.5"), "Vui lòng nhập một số nguyên, ví dụ 45." },
        { "negative", Form(sessions: "-1"), "Không được là số âm." },
        { "trained above total", Form(total: "50", trained: "51"), "Không được lớn hơn tổng số CCVCNLĐ (50 người)." },
        { "absurd size", Form(total: "999999999999", trained: "10"), "Số quá lớn (tối đa 2.000)." },
        { "zero staff", Form(total: "0", trained: "0", sessions: "0", date: ""), "Phải lớn hơn 0." },
        { "trained without sessions", Form(sessions: "0"), "phải có ít nhất 1 buổi" },
        { "date missing", Form(date: ""), "Vui lòng chọn ngày tổ chức buổi gần nhất." },
        { "date malformed", Form(date: "32/13/2024"), "Ngày không hợp lệ" },
        { "date before plan year", Form(date: "2023-12-31"), "Ngày phải thuộc năm 2024 của kế hoạch." },
        { "date after plan year", Form(date: "2025-01-02"), "Ngày phải thuộc năm 2024 của kế hoạch." },
        { "date in the future", Form(date: "2024-06-01"), "Ngày không được sau hôm nay." },
        { "control character in a number", Form(trained: "4\u00015"), "Có ký tự điều khiển không hiển thị" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_explained_on_the_card_in_vietnamese_and_nothing_is_stored(
        string why, Dictionary<string, string?> form, string message) => await AssertRefusedAsync("training.submit", form, message, why);

    [Fact]
    public async Task A_rejected_form_keeps_what_the_user_typed()
    {
        var (card, _) = await ClickAsync(TeamsUser.Alex, "training.submit", Form(total: "50", trained: "60"));

        var values = card["body"]!.AsArray().Where(e => e!["id"] is not null).ToDictionary(e => (string)e!["id"]!, e => e!["value"]?.ToString());
        Assert.Equal("50", values["totalStaff"]);
        Assert.Equal("60", values["trained"]);
        Assert.Equal("2024-03-15", values["lastSessionDate"]);
    }

    [Fact]
    public async Task Reopening_the_form_shows_the_stored_figures_and_an_edit_replaces_them()
    {
        await ClickAsync(TeamsUser.Alex, "training.submit", Form());
        var (form, _) = await ClickAsync(TeamsUser.Alex, "training.open", new Dictionary<string, string?>());
        var version = (string?)form["actions"]![0]!["data"]!["baseVersion"];
        Assert.Contains("45", form["body"]!.AsArray().Where(e => (string?)e!["id"] == "trained").Select(e => e!["value"]!.ToString()));

        var (_, replies) = await ClickAsync(TeamsUser.Alex, "training.submit", Form(trained: "50", sessions: "3", baseVersion: version));

        Assert.Equal("Đã học tập, quán triệt 50/50 người (100%). Đã đạt chỉ tiêu 100%.", Text(replies[0]));
        Assert.Equal(50, (await Bot.Storage.Submissions.GetAsync<TrainingReport>(AlexTraining, default))!.Value.Trained);
    }

    [Fact]
    public async Task A_second_click_on_the_same_form_stores_one_record()
    {
        await ClickAsync(TeamsUser.Alex, "training.submit", Form());
        var (card, replies) = await ClickAsync(TeamsUser.Alex, "training.submit", Form());

        Assert.Contains("Đã ghi nhận", CardText(card));
        Assert.Empty(replies);
        Assert.Single(await Bot.Storage.Submissions.HistoryAsync("2024", "CCKL", 10, default));
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_shows_the_current_figures_beside_what_was_typed()
    {
        await ClickAsync(TeamsUser.Alex, "training.submit", Form());          // someone else saved first
        var (card, replies) = await ClickAsync(TeamsUser.Alex, "training.submit", Form(trained: "30"));  // form opened before that

        Assert.Contains("vừa được Alex Wilber cập nhật", CardText(card));
        Assert.Contains("Đang lưu: 45/50", CardText(card));
        Assert.Contains("30", card["body"]!.AsArray().Where(e => (string?)e!["id"] == "trained").Select(e => e!["value"]!.ToString()));
        Assert.Empty(replies);
        Assert.Equal(45, (await Bot.Storage.Submissions.GetAsync<TrainingReport>(AlexTraining, default))!.Value.Trained);
    }

    [Fact]
    public async Task An_unknown_verb_is_refused_and_nothing_is_stored()
    {
        var (card, _) = await ClickAsync(TeamsUser.Alex, "training.delete", Form());

        Assert.Contains("không hợp lệ", CardText(card));
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
    }
}

public sealed class UnchangedResubmissionTests : BotTest
{
    [Fact]
    public async Task Resending_the_stored_figures_unchanged_stores_nothing_and_adds_nothing_to_the_history()
    {
        var form = new Dictionary<string, string?>
        {
            ["totalStaff"] = "50", ["trained"] = "45", ["sessions"] = "2", ["lastSessionDate"] = "2024-03-15", ["baseVersion"] = "",
        };
        await ClickAsync(TeamsUser.Alex, "training.submit", form);
        var (opened, _) = await ClickAsync(TeamsUser.Alex, "training.open", new Dictionary<string, string?>());
        form["baseVersion"] = (string?)opened["actions"]![0]!["data"]!["baseVersion"];

        var (card, replies) = await ClickAsync(TeamsUser.Alex, "training.submit", form);

        Assert.Contains("Đã ghi nhận số liệu học tập, quán triệt", CardText(card));
        Assert.Empty(replies);
        Assert.Single(await Bot.Storage.Submissions.HistoryAsync("2024", "CCKL", 10, default));
    }
}

public sealed class CancelEditTests : BotTest
{
    [Fact]
    public async Task Editing_a_stored_item_can_be_cancelled_back_to_its_receipt_without_saving()
    {
        // A first form has "Hủy" too: nothing is stored, and the card says so.
        var (fresh, _) = await ClickAsync(TeamsUser.Alex, "training.open", new Dictionary<string, string?>());
        var first = fresh["actions"]!.AsArray().Single(a => (string?)a!["title"] == "Hủy")!;
        var (cancelled, none) = await ClickAsync(TeamsUser.Alex, (string)first["verb"]!,
            first["data"]!.AsObject().ToDictionary(p => p.Key, p => (string?)p.Value?.ToString()));
        Assert.Contains("Đã hủy. Chưa có gì được lưu.", CardText(cancelled));
        Assert.Empty(none);
        Assert.Equal(0, await UnitRowsAsync("CCKL"));

        await ClickAsync(TeamsUser.Alex, "training.submit", new Dictionary<string, string?>
        {
            ["totalStaff"] = "50", ["trained"] = "45", ["sessions"] = "2", ["lastSessionDate"] = "2024-03-15", ["baseVersion"] = "",
        });
        var (edit, _) = await ClickAsync(TeamsUser.Alex, "training.open", new Dictionary<string, string?>());
        var cancel = edit["actions"]!.AsArray().Single(a => (string?)a!["title"] == "Hủy")!;

        var (card, replies) = await ClickAsync(TeamsUser.Alex, (string)cancel["verb"]!, new Dictionary<string, string?>());

        Assert.Contains("Đã ghi nhận số liệu học tập, quán triệt", CardText(card));
        Assert.Empty(replies);
        Assert.Single(await Bot.Storage.Submissions.HistoryAsync("2024", "CCKL", 10, default));
    }
}
