using System.Text.Json.Nodes;
using DanVan.Domain.Repositories;
using DanVan.Domain.UnitPlans;
using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Bot.Tests;

public sealed class UnitPlanSubmissionTests : BotTest
{
    private static readonly SubmissionKey AlexPlan = new("2024", "CCKL", SubmissionItems.UnitPlan);
    private const string Link = "https://snnptnt.tayninh.gov.vn/van-ban/12-kh-cckl.pdf";

    private static Dictionary<string, string?> Form(string? issued = "true", string? number = "12/KH-CCKL", string? issuedOn = "2024-04-05",
        string? sentOn = "2024-04-18", string? link = Link, string? note = "Đã phổ biến đến các hạt kiểm lâm.", string? baseVersion = "") => new()
    {
        ["issued"] = issued, ["planNumber"] = number, ["issuedOn"] = issuedOn, ["sentOn"] = sentOn, ["link"] = link, ["note"] = note,
        ["baseVersion"] = baseVersion,
    };

    private async Task<UnitPlanReport?> StoredAsync() => (await Bot.Storage.Submissions.GetAsync<UnitPlanReport>(AlexPlan, default))?.Value;

    private static string? InputValue(JsonObject card, string id) =>
        card["body"]!.AsArray().Where(e => (string?)e!["id"] == id).Select(e => e!["value"]?.ToString()).SingleOrDefault();

    [Theory]
    [InlineData("ke hoach")]
    [InlineData("Kế hoạch")]
    [InlineData("plan")]
    public async Task The_command_opens_the_plan_form_for_the_users_unit(string command)
    {
        var card = CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, command)))!;

        Assert.Contains("Kế hoạch công tác dân vận chính quyền — Chi cục Kiểm lâm", CardText(card));
        Assert.Contains("Hạn gửi kế hoạch về Văn phòng Sở: 20/04/2024.", CardText(card));
        var inputs = card["body"]!.AsArray().Where(e => ((string?)e!["type"])!.StartsWith("Input.")).Select(e => (string)e!["id"]!);
        Assert.Equal(["issued", "planNumber", "issuedOn", "sentOn", "link", "note"], inputs.ToArray());
        Assert.Equal("unit-plan.submit", (string?)card["actions"]![0]!["verb"]);
    }

    [Fact]
    public async Task A_plan_sent_on_time_is_stored_the_card_becomes_a_receipt_and_the_standing_says_met()
    {
        var (card, replies) = await ClickAsync(TeamsUser.Alex, "unit-plan.submit", Form());

        var receipt = CardText(card);
        Assert.Contains("Đã ghi nhận thông tin kế hoạch của đơn vị", receipt);
        Assert.Contains("18/04/2024", receipt);
        Assert.Contains("Alex Wilber cập nhật lúc 09:00 10/05/2024", receipt);
        Assert.Equal("unit-plan.open", (string?)card["actions"]![0]!["verb"]);
        Assert.Equal("unit-plan.refresh", (string?)card["refresh"]!["action"]!["verb"]);
        Assert.Single(replies); // the sentence and the standing card travel as one message
        Assert.Equal("Kế hoạch số 12/KH-CCKL đã gửi Văn phòng Sở ngày 18/04/2024 — đúng hạn (hạn 20/04/2024).", Text(replies[0]));
        var standing = CardText(CardOf(replies[0]));
        Assert.Contains("Chỉ tiêu 2 — Kế hoạch của đơn vị: đạt", standing);

        Assert.Equal(new UnitPlanReport(true, "12/KH-CCKL", new DateOnly(2024, 4, 5), new DateOnly(2024, 4, 18), Link,
            "Đã phổ biến đến các hạt kiểm lâm."), await StoredAsync());
        var audit = Assert.Single(await Bot.Storage.Submissions.HistoryAsync("2024", "CCKL", 10, default));
        Assert.Equal(SubmissionItems.UnitPlan, audit.Item);
    }

    [Fact]
    public async Task A_plan_sent_late_says_by_how_many_days()
    {
        var (_, replies) = await ClickAsync(TeamsUser.Alex, "unit-plan.submit", Form(sentOn: "25/04/2024"));

        Assert.Equal("Kế hoạch số 12/KH-CCKL đã gửi Văn phòng Sở ngày 25/04/2024 — trễ 5 ngày so với hạn 20/04/2024.", Text(replies[0]));
        Assert.Contains("Chỉ tiêu 2 — Kế hoạch của đơn vị: đang thực hiện", CardText(CardOf(replies[0])));
    }

    [Fact]
    public async Task Issued_but_not_sent_counts_as_not_sent_and_is_overdue_after_the_deadline()
    {
        var (card, replies) = await ClickAsync(TeamsUser.Alex, "unit-plan.submit", Form(sentOn: ""));

        Assert.Contains("Chưa gửi", CardText(card));
        Assert.Equal("Đã ban hành kế hoạch số 12/KH-CCKL ngày 05/04/2024, chưa gửi Văn phòng Sở; hạn 20/04/2024, đã quá hạn 20 ngày.", Text(replies[0]));
        var standing = CardText(CardOf(replies[0]));
        Assert.Contains("Chỉ tiêu 2 — Kế hoạch của đơn vị: quá hạn", standing);
        Assert.Contains("Đã ban hành kế hoạch số 12/KH-CCKL ngày 05/04/2024, chưa gửi Văn phòng Sở.", standing);
        Assert.Contains("Cần gửi kế hoạch về Văn phòng Sở; hạn 20/04/2024, đã quá hạn 20 ngày.", standing);
    }

    [Fact]
    public async Task Before_the_deadline_the_standing_counts_the_days_left()
    {
        // The test clock only moves forward, so this runs on a second host started on 10/04/2024 09:00.
        var april10 = new FakeTimeProvider(new DateTimeOffset(2024, 4, 10, 2, 0, 0, TimeSpan.Zero));
        await using var early = await BotServer.StartAsync(replaceServices: s => s.AddSingleton<TimeProvider>(april10));
        try
        {
            var teams = new TeamsChannel(early, Connector);
            var (status, body) = await teams.SendAsync(teams.CardAction(
                TeamsUser.Alex, "unit-plan.submit", Form(issued: "false", number: "", issuedOn: "", sentOn: "", link: "")));
            var replies = Connector.TakeAll();

            Assert.Equal((200, 200), (status, (int)body!["statusCode"]!));
            Assert.Equal("Đơn vị chưa gửi kế hoạch về Văn phòng Sở; hạn 20/04/2024, còn 10 ngày.", Text(replies[0]));
            var standing = CardText(CardOf(replies[0]));
            Assert.Contains("Chỉ tiêu 2 — Kế hoạch của đơn vị: chưa báo cáo", standing);
            Assert.Contains("Cần gửi kế hoạch về Văn phòng Sở; hạn 20/04/2024, còn 10 ngày.", standing);
        }
        finally
        {
            foreach (var table in early.Storage.Tables.All) await table.DeleteAsync();
        }
    }

    [Fact]
    public async Task Not_issued_stores_the_note_only_even_if_old_plan_details_are_still_on_the_form()
    {
        var (card, _) = await ClickAsync(TeamsUser.Alex, "unit-plan.submit", Form(issued: "false", sentOn: "", note: "Đang trình ký."));

        Assert.Equal(UnitPlanReport.NotIssued("Đang trình ký."), await StoredAsync());
        Assert.Contains("Chưa ban hành", CardText(card));
        Assert.DoesNotContain("12/KH-CCKL", CardText(card));
    }

    public static TheoryData<string, Dictionary<string, string?>, string> BadInputs => new()
    {
        { "number missing", Form(number: ""), "Vui lòng nhập mục này." },
        { "number without digits", Form(number: "KH-CCKL"), "Số văn bản phải có chữ số" },
        { "number with markup", Form(number: "[12](https://evil.example)"), "Số văn bản phải có chữ số" },
        { "number too long", Form(number: "12/" + new string('K', 48)), "Quá dài (tối đa 50 ký tự)." },
        { "issue date missing", Form(issuedOn: "", sentOn: ""), "Vui lòng nhập mục này." },
        { "issue date malformed", Form(issuedOn: "5/4"), "Ngày không hợp lệ" },
        { "issue date outside the year", Form(issuedOn: "2023-12-28", sentOn: ""), "Ngày phải thuộc năm 2024 của kế hoạch." },
        { "issue date in the future", Form(issuedOn: "2024-05-11", sentOn: ""), "Ngày không được sau hôm nay." },
        { "sent before issued", Form(issuedOn: "2024-04-05", sentOn: "2024-04-01"), "ngày gửi không được trước ngày ban hành" },
        { "sent in the future", Form(sentOn: "2024-06-01"), "Ngày không được sau hôm nay." },
        { "sent outside the year", Form(sentOn: "2025-01-01"), "Ngày phải thuộc năm 2024 của kế hoạch." },
        { "sent but not issued", Form(issued: "false", sentOn: "2024-04-18"), "Kế hoạch chưa ban hành thì chưa thể gửi" },
        { "javascript link", Form(link: "javascript:alert(1)"), "Đường dẫn phải bắt đầu bằng http:// hoặc https://" },
        { "relative link", Form(link: "van-ban/12.pdf"), "Đường dẫn phải bắt đầu bằng http:// hoặc https://" },
        { "link too long", Form(link: "https://snnptnt.tayninh.gov.vn/" + new string('a', 470)), "Quá dài (tối đa 500 ký tự)." },
        { "note too long", Form(note: new string('ư', 2001)), "Quá dài (tối đa 2.000 ký tự)." },
        { "toggle value no card sends", Form(issued: "có"), "Vui lòng chọn một giá trị trong danh sách." },
        { "Word's Shift+Enter in the note", Form(note: "x\u000By"), "Có ký tự điều khiển không hiển thị" },
        { "C1 control in the number", Form(number: "12/KH\u0085CCKL"), "Có ký tự điều khiển không hiển thị" },
        { "replacement character in the note", Form(note: "Ghi chú \uFFFD"), "Có ký tự bị lỗi" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_explained_on_the_card_in_vietnamese_and_nothing_is_stored(
        string why, Dictionary<string, string?> form, string message) => await AssertRefusedAsync("unit-plan.submit", form, message, why);

    [Fact]
    public async Task A_rejected_form_keeps_what_the_user_typed()
    {
        var (card, _) = await ClickAsync(TeamsUser.Alex, "unit-plan.submit", Form(sentOn: "2024-04-01", link: "www.snnptnt.vn"));

        Assert.Equal("true", InputValue(card, "issued"));
        Assert.Equal("12/KH-CCKL", InputValue(card, "planNumber"));
        Assert.Equal("2024-04-01", InputValue(card, "sentOn"));
        Assert.Equal("www.snnptnt.vn", InputValue(card, "link"));
    }

    [Fact]
    public async Task Reopening_shows_the_stored_plan_and_an_edit_replaces_it()
    {
        await ClickAsync(TeamsUser.Alex, "unit-plan.submit", Form(sentOn: ""));
        var (form, _) = await ClickAsync(TeamsUser.Alex, "unit-plan.open", new Dictionary<string, string?>());
        Assert.Equal("2024-04-05", InputValue(form, "issuedOn"));
        Assert.Null(InputValue(form, "sentOn"));
        var version = (string?)form["actions"]![0]!["data"]!["baseVersion"];

        var (_, replies) = await ClickAsync(TeamsUser.Alex, "unit-plan.submit", Form(sentOn: "2024-04-19", baseVersion: version));

        Assert.Equal("Kế hoạch số 12/KH-CCKL đã gửi Văn phòng Sở ngày 19/04/2024 — đúng hạn (hạn 20/04/2024).", Text(replies[0]));
        Assert.Equal(new DateOnly(2024, 4, 19), (await StoredAsync())!.SentOn);
        var history = CardText(CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "lich su"))));
        Assert.Contains("Số 12/KH-CCKL ngày 05/04/2024, chưa gửi Văn phòng Sở → Số 12/KH-CCKL ngày 05/04/2024, gửi Văn phòng Sở ngày 19/04/2024", history);
        Assert.Contains("Kế hoạch của đơn vị", history);
    }

    [Fact]
    public async Task A_second_click_on_the_same_form_stores_one_record()
    {
        await ClickAsync(TeamsUser.Alex, "unit-plan.submit", Form());
        var (card, replies) = await ClickAsync(TeamsUser.Alex, "unit-plan.submit", Form());

        Assert.Contains("Đã ghi nhận thông tin kế hoạch", CardText(card));
        Assert.Empty(replies);
        Assert.Single(await Bot.Storage.Submissions.HistoryAsync("2024", "CCKL", 10, default));
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_shows_the_current_plan_beside_what_was_typed()
    {
        await ClickAsync(TeamsUser.Alex, "unit-plan.submit", Form());                                       // someone else saved first
        var (card, replies) = await ClickAsync(TeamsUser.Alex, "unit-plan.submit", Form(number: "15/KH-CCKL")); // form opened before that

        Assert.Contains("vừa được Alex Wilber cập nhật", CardText(card));
        Assert.Contains("Đang lưu:", CardText(card));
        Assert.Contains("12/KH-CCKL", CardText(card));
        Assert.Equal("15/KH-CCKL", InputValue(card, "planNumber"));
        Assert.Empty(replies);
        Assert.Equal("12/KH-CCKL", (await StoredAsync())!.Number);
    }

    [Fact]
    public async Task The_unit_comes_from_the_users_identity_never_from_card_data()
    {
        var tampered = Form();
        // Naming another unit is refused outright (AccessTests); other keys the card never sends are ignored.
        tampered["item"] = "training";
        tampered["planId"] = "2023";

        await ClickAsync(TeamsUser.Alex, "unit-plan.submit", tampered);

        Assert.Equal(2, await UnitRowsAsync("CCKL"));
        Assert.Equal(0, await UnitRowsAsync("VP"));
        Assert.NotNull(await StoredAsync());
    }

    [Fact]
    public async Task An_unknown_verb_is_refused_and_nothing_is_stored()
    {
        var (card, _) = await ClickAsync(TeamsUser.Alex, "unit-plan.delete", Form());

        Assert.Contains("không hợp lệ", CardText(card));
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
    }
}
