using System.Text.Json.Nodes;
using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Testing;

namespace DanVan.Bot.Tests;

public sealed class ReportSubmissionTests : BotTest
{
    private static readonly SubmissionKey AlexReport = new("2024", "CCKL", SubmissionItems.Report);

    private static readonly ResultsReport Expected = new(true, true, true, true, true, false, 18, 20, 92.5m, 4, 12, 10,
        SelfRating.Good, "25/BC-CCKL", new DateOnly(2024, 5, 8), "https://snnptnt.tayninh.gov.vn/van-ban/25-bc-cckl.pdf");

    /// <summary>What Teams sends for a filled form (the clock says 10/05/2024).</summary>
    private static Dictionary<string, string?> Form(params (string Field, string? Value)[] overrides)
    {
        var form = new Dictionary<string, string?>
        {
            ["democracyRegulation"] = "true", ["staffConference"] = "true", ["informationPublic"] = "true",
            ["staffConsulted"] = "true", ["headDialogue"] = "true", ["feedbackChannel"] = "false",
            ["reformTasksTotal"] = "20", ["reformTasksDone"] = "18", ["satisfaction"] = "92,5",
            ["citizenDialogues"] = "4", ["petitionsReceived"] = "12", ["petitionsResolved"] = "10",
            ["rating"] = "Good", ["reportNumber"] = "25/BC-CCKL", ["reportDate"] = "2024-05-08",
            ["link"] = "https://snnptnt.tayninh.gov.vn/van-ban/25-bc-cckl.pdf", ["baseVersion"] = "",
        };
        foreach (var (field, value) in overrides) form[field] = value;
        return form;
    }

    private static IEnumerable<string> InputIds(JsonObject card) =>
        card["body"]!.AsArray().Where(e => ((string?)e!["type"])!.StartsWith("Input.")).Select(e => (string)e!["id"]!);

    /// <summary>What the form holds for a field: the input's value on the step shown, or the value the buttons carry
    /// for the other steps (the report comes in steps).</summary>
    private static string? ValueOf(JsonObject card, string id) =>
        card["body"]!.AsArray().SingleOrDefault(e => (string?)e!["id"] == id) is { } input
            ? input["value"]?.ToString()
            : card["actions"]![0]!["data"]![id]?.ToString();

    [Theory]
    [InlineData("bao cao")]
    [InlineData("báo cáo")]
    [InlineData("Báo cáo kết quả")]
    [InlineData("report")]
    public async Task The_command_opens_the_report_form_for_the_users_unit(string command)
    {
        var card = CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, command)))!;

        Assert.Contains("Báo cáo kết quả — Chi cục Kiểm lâm", CardText(card));
        Assert.Contains("Bước 1/4", CardText(card));
        Assert.Equal(ReportFields.All.Take(6), InputIds(card));
        Assert.Equal("report.step", (string?)card["actions"]![0]!["verb"]);
        Assert.Equal("Action.Execute", (string?)card["actions"]![0]!["type"]);
    }

    /// <summary>Clicks a button as Teams does: the button's own data, with the card's inputs as the user left them.</summary>
    private async Task<(JsonObject Card, IReadOnlyList<JsonObject> Replies)> ClickButtonAsync(JsonObject card, string title, Dictionary<string, string?> typed)
    {
        var action = card["actions"]!.AsArray().Single(a => (string?)a!["title"] == title)!;
        var data = action["data"]!.AsObject().ToDictionary(p => p.Key, p => (string?)p.Value?.ToString());
        foreach (var id in InputIds(card)) data[id] = typed.GetValueOrDefault(id);
        return await ClickAsync(TeamsUser.Alex, (string)action["verb"]!, data);
    }

    [Fact]
    public async Task The_report_is_filled_in_four_steps_and_nothing_is_stored_until_the_last_one_sends_it_all()
    {
        var typed = Form();
        var card = CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "báo cáo")))!;

        foreach (var step in new[] { "Bước 2/4", "Bước 3/4", "Bước 4/4" })
        {
            (card, var replies) = await ClickButtonAsync(card, "Tiếp", typed);
            Assert.Contains(step, CardText(card));
            Assert.Empty(replies);
            Assert.Equal(0, await UnitRowsAsync("CCKL"));
        }
        // Back and forth keeps what was typed on every step.
        (card, _) = await ClickButtonAsync(card, "Quay lại", typed);
        Assert.Equal("12", ValueOf(card, "petitionsReceived"));
        (card, _) = await ClickButtonAsync(card, "Tiếp", typed);

        (card, _) = await ClickButtonAsync(card, "Gửi báo cáo", typed);

        Assert.Contains("Đã nhận báo cáo kết quả", CardText(card));
        Assert.Equal(Expected, (await Bot.Storage.Submissions.GetAsync<ResultsReport>(AlexReport, default))!.Value);
    }

    [Fact]
    public async Task A_step_with_a_mistake_stays_put_with_the_error_and_going_back_never_blocks()
    {
        var typed = Form(("reformTasksDone", "25"));
        var card = CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "báo cáo")))!;
        (card, _) = await ClickButtonAsync(card, "Tiếp", typed);

        (card, _) = await ClickButtonAsync(card, "Tiếp", typed);

        Assert.Contains("Bước 2/4", CardText(card));
        Assert.Contains("Không được lớn hơn 20.", CardText(card));
        (card, _) = await ClickButtonAsync(card, "Quay lại", typed);
        Assert.Contains("Bước 1/4", CardText(card));
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
    }

    [Fact]
    public async Task A_valid_report_is_stored_the_card_becomes_a_receipt_and_the_bot_replies_with_the_standing()
    {
        var (card, replies) = await ClickAsync(TeamsUser.Alex, "report.submit", Form());

        Assert.Contains("Đã nhận báo cáo kết quả", CardText(card));
        Assert.Contains("25/BC-CCKL ngày 08/05/2024", CardText(card));
        Assert.Contains("Alex Wilber cập nhật lúc 09:00 10/05/2024", CardText(card));
        Assert.Equal("report.open", (string?)card["actions"]![0]!["verb"]);
        Assert.Equal("report.refresh", (string?)card["refresh"]!["action"]!["verb"]);
        Assert.Single(replies); // the sentence and the standing card travel as one message
        Assert.Equal("Đã nhận báo cáo kết quả số 25/BC-CCKL ngày 08/05/2024 — đúng hạn (hạn 15/10/2024). " +
                     "Dân chủ: 5/6 nội dung; CCHC: 18/20 nhiệm vụ; tự đánh giá: Tốt.", Text(replies[0]));
        var standing = CardText(CardOf(replies[0]));
        Assert.Contains("Chỉ tiêu 3 — Thực hiện dân chủ: chưa đạt", standing);
        Assert.Contains("Chưa thực hiện: hòm thư góp ý.", standing);
        Assert.Contains("Chỉ tiêu 4 — Cải cách hành chính: chưa đạt", standing);
        Assert.Contains("Đã hoàn thành 18/20 nhiệm vụ CCHC (90%); mức độ hài lòng 92,5%.", standing);
        Assert.Contains("Chỉ tiêu 5 — Tự đánh giá, xếp loại: đạt", standing);

        var stored = await Bot.Storage.Submissions.GetAsync<ResultsReport>(AlexReport, default);
        Assert.Equal(Expected, stored!.Value);
        Assert.Equal("aad:00000000-0000-0000-0000-000000000020", stored.Stamp.UserKey);
        Assert.Null(Assert.Single(await Bot.Storage.Submissions.HistoryAsync("2024", "CCKL", 10, default)).Before);
    }

    [Fact]
    public async Task Tinh_hinh_before_any_report_shows_targets_3_to_5_missing_with_days_left()
    {
        var text = CardText(CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "tinh hinh"))));

        Assert.Contains("Chỉ tiêu 3 — Thực hiện dân chủ: chưa báo cáo", text);
        Assert.Contains("Chỉ tiêu 5 — Tự đánh giá, xếp loại: chưa báo cáo", text);
        Assert.Contains("Chưa gửi báo cáo kết quả (hạn 15/10/2024, còn 158 ngày).", text);
    }

    [Fact]
    public async Task After_15_10_a_missing_report_is_overdue_and_a_late_one_says_how_late()
    {
        Bot.Clock.SetUtcNow(new DateTimeOffset(2024, 10, 20, 2, 0, 0, TimeSpan.Zero));

        var before = CardText(CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "tình hình"))));
        Assert.Contains("Chỉ tiêu 4 — Cải cách hành chính: quá hạn", before);
        Assert.Contains("đã quá hạn 5 ngày", before);

        var (_, replies) = await ClickAsync(TeamsUser.Alex, "report.submit", Form(("reportDate", "18/10/2024")));
        Assert.StartsWith("Đã nhận báo cáo kết quả số 25/BC-CCKL ngày 18/10/2024 — gửi trễ 3 ngày (hạn 15/10/2024).", Text(replies[0]));
        Assert.Contains("Báo cáo gửi trễ 3 ngày (hạn 15/10/2024).", CardText(CardOf(replies[0])));
    }

    [Fact]
    public async Task The_unit_comes_from_the_users_identity_never_from_card_data()
    {
        // Naming another unit is refused outright (AccessTests); other keys the card never sends are ignored.
        var tampered = Form(("planId", "2023"), ("unitName", "Văn phòng Sở"));

        await ClickAsync(TeamsUser.Alex, "report.submit", tampered);

        Assert.Equal(2, await UnitRowsAsync("CCKL"));
        Assert.Equal(0, await UnitRowsAsync("VP"));
    }

    public static TheoryData<string, Dictionary<string, string?>, string> BadInputs => new()
    {
        { "forged toggle", Form(("headDialogue", "có")), "Vui lòng chọn một giá trị trong danh sách." },
        { "tasks total missing", Form(("reformTasksTotal", "")), "Vui lòng nhập mục này." },
        { "tasks total zero", Form(("reformTasksTotal", "0"), ("reformTasksDone", "0")), "Phải lớn hơn 0." },
        { "tasks done above total", Form(("reformTasksDone", "21")), "Không được lớn hơn 20." },
        { "tasks not a number", Form(("reformTasksDone", "mười tám")), "Vui lòng nhập một số nguyên" },
        { "absurd count", Form(("petitionsReceived", "99999999")), "Số quá lớn (tối đa 10.000)." },
        { "negative dialogues", Form(("citizenDialogues", "-2")), "Không được là số âm." },
        { "resolved above received", Form(("petitionsResolved", "13")), "Không được lớn hơn 12." },
        { "percent above 100", Form(("satisfaction", "100,5")), "Tỷ lệ phải từ 0 đến 100." },
        { "percent two decimals", Form(("satisfaction", "92,55")), "Tỷ lệ phải từ 0 đến 100." },
        { "percent not a number", Form(("satisfaction", "cao")), "Tỷ lệ phải từ 0 đến 100." },
        { "rating missing", Form(("rating", "")), "Vui lòng nhập mục này." },
        { "rating not offered", Form(("rating", "Perfect")), "Vui lòng chọn một giá trị trong danh sách." },
        { "report number missing", Form(("reportNumber", " ")), "Vui lòng nhập mục này." },
        { "report number too long", Form(("reportNumber", "25/BC-" + new string('A', 45))), "Quá dài (tối đa 50 ký tự)." },
        { "report number with markup", Form(("reportNumber", "25/BC-<b>CCKL</b>")), "Số văn bản phải có chữ số" },
        { "report date missing", Form(("reportDate", "")), "Vui lòng nhập mục này." },
        { "report date malformed", Form(("reportDate", "31/02/2024")), "Ngày không hợp lệ" },
        { "report date before plan year", Form(("reportDate", "2023-12-31")), "Ngày phải thuộc năm 2024 của kế hoạch." },
        { "report date in the future", Form(("reportDate", "2024-05-11")), "Ngày không được sau hôm nay." },
        { "link not http", Form(("link", "javascript:alert(1)")), "Đường dẫn phải bắt đầu bằng http:// hoặc https://" },
        { "link too long", Form(("link", "https://a.vn/" + new string('x', 488))), "Quá dài (tối đa 500 ký tự)." },
        { "control character in the report number", Form(("reportNumber", "25/BC\u0001CCKL")), "Có ký tự điều khiển không hiển thị" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_explained_on_the_card_in_vietnamese_and_nothing_is_stored(
        string why, Dictionary<string, string?> form, string message)
    {
        var card = await AssertRefusedAsync("report.submit", form, message, why);

        Assert.Contains("Chưa lưu: vui lòng sửa 1 mục", CardText(card));
    }

    [Fact]
    public async Task A_rejected_form_keeps_what_the_user_typed()
    {
        var (card, _) = await ClickAsync(TeamsUser.Alex, "report.submit", Form(("reformTasksDone", "25"), ("satisfaction", "92,55")));

        Assert.Equal("25", ValueOf(card, "reformTasksDone"));
        Assert.Equal("92,55", ValueOf(card, "satisfaction"));
        Assert.Equal("true", ValueOf(card, "staffConference"));
        Assert.Equal("false", ValueOf(card, "feedbackChannel"));
        Assert.Equal("Good", ValueOf(card, "rating"));
        Assert.Equal("2024-05-08", ValueOf(card, "reportDate"));
    }

    [Fact]
    public async Task Reopening_shows_the_stored_report_and_an_edit_replaces_it()
    {
        await ClickAsync(TeamsUser.Alex, "report.submit", Form());
        var (form, _) = await ClickAsync(TeamsUser.Alex, "report.open", new Dictionary<string, string?>());
        Assert.Equal("92,5", ValueOf(form, "satisfaction"));   // as a Vietnamese reader writes it
        Assert.Equal("false", ValueOf(form, "feedbackChannel"));
        var version = (string?)form["actions"]![0]!["data"]!["baseVersion"];

        var (_, replies) = await ClickAsync(TeamsUser.Alex, "report.submit",
            Form(("feedbackChannel", "true"), ("reformTasksDone", "20"), ("baseVersion", version)));

        Assert.Contains("Dân chủ: 6/6 nội dung; CCHC: 20/20 nhiệm vụ", Text(replies[0]));
        var stored = (await Bot.Storage.Submissions.GetAsync<ResultsReport>(AlexReport, default))!.Value;
        Assert.Equal(Expected with { FeedbackChannel = true, ReformTasksDone = 20 }, stored);
        Assert.Contains("Chỉ tiêu 3 — Thực hiện dân chủ: đạt", CardText(CardOf(replies[0])));

        var history = CardText(CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "lịch sử"))));
        Assert.Contains("dân chủ 5/6, CCHC 18/20, hài lòng 92,5%, tự đánh giá Tốt → Báo cáo 25/BC-CCKL ngày 08/05/2024: dân chủ 6/6, CCHC 20/20", history);
    }

    [Fact]
    public async Task A_second_click_on_the_same_form_stores_one_record()
    {
        await ClickAsync(TeamsUser.Alex, "report.submit", Form());
        var (card, replies) = await ClickAsync(TeamsUser.Alex, "report.submit", Form(("satisfaction", "92.5")));

        Assert.Contains("Đã nhận báo cáo kết quả", CardText(card));
        Assert.Empty(replies);
        Assert.Single(await Bot.Storage.Submissions.HistoryAsync("2024", "CCKL", 10, default));
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_shows_the_current_report_beside_what_was_typed()
    {
        await ClickAsync(TeamsUser.Alex, "report.submit", Form());                                        // someone saved first
        var (card, replies) = await ClickAsync(TeamsUser.Alex, "report.submit", Form(("rating", "Fair"))); // opened before that

        Assert.Contains("vừa được Alex Wilber cập nhật", CardText(card));
        Assert.Contains("Đang lưu:", CardText(card));
        Assert.Equal("Fair", ValueOf(card, "rating"));
        Assert.Empty(replies);
        Assert.Equal(SelfRating.Good, (await Bot.Storage.Submissions.GetAsync<ResultsReport>(AlexReport, default))!.Value.Rating);
    }

    [Fact]
    public async Task The_receipt_refreshes_itself_for_the_sender()
    {
        await ClickAsync(TeamsUser.Alex, "report.submit", Form());

        var (refreshed, replies) = await ClickAsync(TeamsUser.Alex, "report.refresh", new Dictionary<string, string?>());

        Assert.Contains("Đã nhận báo cáo kết quả", CardText(refreshed));
        Assert.Empty(replies);
    }

    [Fact]
    public async Task An_unknown_report_verb_is_refused_and_nothing_is_stored()
    {
        var (card, _) = await ClickAsync(TeamsUser.Alex, "report.delete", Form());

        Assert.Contains("không hợp lệ", CardText(card));
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
    }
}
