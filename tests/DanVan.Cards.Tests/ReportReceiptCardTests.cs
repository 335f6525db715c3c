using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Reports;
using R = DanVan.Cards.Tests.ReportTestData;
using DanVan.Domain.Progress;

namespace DanVan.Cards.Tests;

public class ReportReceiptCardTests
{
    private static readonly Texts Vi = Texts.Vietnamese;

    [Fact]
    public void Lists_the_report_grouped_as_on_the_form()
    {
        var card = TestData.AllCards()["vi/report/receipt"];

        Assert.Equal(
            [
                ("Quy chế dân chủ", "Đã thực hiện"), ("Hội nghị CBCCVC", "Đã thực hiện"), ("Công khai thông tin", "Đã thực hiện"),
                ("Lấy ý kiến CBCCVC", "Đã thực hiện"), ("Đối thoại với CBCCVC", "Đã thực hiện"), ("Hòm thư góp ý", "Chưa thực hiện"),
                ("Nhiệm vụ CCHC hoàn thành", "18/20 (90%)"), ("Mức độ hài lòng", "92,5%"),
                ("Đối thoại với Nhân dân", "4"), ("Phản ánh, kiến nghị, khiếu nại", "đã giải quyết 10/12"),
                ("Đơn vị tự xếp loại", "Tốt"),
                ("Số, ngày báo cáo", "25/BC-CCKL ngày 10/10/2024"), ("Đường dẫn", $"[{R.OnTime.Link}]({R.OnTime.Link})"), // the validated link, clickable as itself
            ],
            CardJson.Facts(card));
        Assert.Equal(5, CardJson.OfType(card, "FactSet").Count());
    }

    [Fact]
    public void Shows_a_dash_without_a_link() =>
        Assert.Equal(("Đường dẫn", "—"), CardJson.Facts(TestData.AllCards()["vi/report/receipt-late"]).Last());

    [Fact]
    public void Says_who_sent_it_and_offers_an_edit()
    {
        var card = TestData.AllCards()["vi/report/receipt"];

        Assert.Equal("Đã nhận báo cáo kết quả", CardJson.TextBlocks(card).First());
        Assert.Contains("Alex Wilber cập nhật lúc 09:15 20/10/2024.", CardJson.TextBlocks(card));
        var edit = Assert.Single(CardJson.OfType(card, "Action."));
        Assert.Equal(("report.open", "Sửa báo cáo"), ((string?)edit["verb"], (string?)edit["title"]));
    }

    [Fact]
    public void Puts_the_status_sentence_in_an_emphasised_container()
    {
        var container = Assert.Single(CardJson.OfType(TestData.AllCards()["vi/report/receipt"], "Container"));

        Assert.Equal("emphasis", (string?)container["style"]);
        Assert.Equal(ReportCards.SavedText(Vi, R.Standing(R.OnTime)), (string?)container["items"]![0]!["text"]);
    }

    [Fact]
    public void The_saved_sentence_says_on_time_and_the_key_figures() =>
        Assert.Equal("Đã nhận báo cáo kết quả số 25/BC-CCKL ngày 10/10/2024 — đúng hạn (hạn 15/10/2024). " +
                     "Dân chủ: 5/6 nội dung; CCHC: 18/20 nhiệm vụ; tự đánh giá: Tốt.",
            ReportCards.SavedText(Vi, R.Standing(R.OnTime)));

    [Fact]
    public void The_saved_sentence_says_how_late() =>
        Assert.Equal("Đã nhận báo cáo kết quả số 31/BC-CCKL ngày 18/10/2024 — gửi trễ 3 ngày (hạn 15/10/2024). " +
                     "Dân chủ: 4/6 nội dung; CCHC: 7/10 nhiệm vụ; tự đánh giá: Khá.",
            ReportCards.SavedText(Vi, R.Standing(R.LateAndShort)));

    [Fact]
    public void The_saved_sentence_in_english() =>
        Assert.Equal("Results report 25/BC-CCKL of 10/10/2024 received — on time (due 15/10/2024). " +
                     "Democracy: 5/6 items; reform: 18/20 tasks; self-assessment: Good.",
            ReportCards.SavedText(Texts.English, R.Standing(R.OnTime)));

    [Fact]
    public void The_history_summary_is_short() =>
        Assert.Equal("Báo cáo 25/BC-CCKL ngày 10/10/2024: dân chủ 5/6, CCHC 18/20, hài lòng 92,5%, tự đánh giá Tốt",
            ReportCards.Describe(Vi, R.OnTime));

    [Fact]
    public void Large_figures_use_vietnamese_grouping() =>
        Assert.Contains(("Nhiệm vụ CCHC hoàn thành", "9.999/10.000 (99,9%)"), CardJson.Facts(TestData.AllCards()["vi/report/receipt-longest"]));
}

public class ReportStandingLineTests
{
    private static readonly Texts Vi = Texts.Vietnamese;

    [Fact]
    public void Without_a_report_the_three_targets_are_missing_with_the_days_left()
    {
        var lines = ReportCards.Lines(Vi, R.Standing(null, new DateOnly(2024, 5, 10)));

        Assert.Equal([3, 4, 5], lines.Select(l => l.Target));
        Assert.All(lines, l => Assert.Equal((ProgressStatus.Missing, 0m, null, "report.open"), (l.Status, l.Completion, l.Missing, l.OpenVerb)));
        // The deadline sentence once, not three times over.
        Assert.Equal(["Chưa gửi báo cáo kết quả (hạn 15/10/2024, còn 158 ngày).", "Chưa báo cáo.", "Chưa báo cáo."], lines.Select(l => l.Detail));
    }

    [Fact]
    public void After_the_deadline_they_are_overdue()
    {
        var lines = ReportCards.Lines(Vi, R.Standing(null, new DateOnly(2024, 10, 20)));

        Assert.All(lines, l => Assert.Equal(ProgressStatus.Overdue, l.Status));
        Assert.Equal("Chưa gửi báo cáo kết quả (hạn 15/10/2024, đã quá hạn 5 ngày).", lines[0].Detail);
    }

    [Fact]
    public void On_the_deadline_day_it_is_still_missing_not_overdue() =>
        Assert.All(ReportCards.Lines(Vi, R.Standing(null, new DateOnly(2024, 10, 15))), l => Assert.Equal(ProgressStatus.Missing, l.Status));

    [Fact]
    public void A_report_on_time_gives_figures_and_what_is_missing()
    {
        var lines = ReportCards.Lines(Vi, R.Standing(R.OnTime));

        Assert.Equal(
            [
                (3, "Thực hiện dân chủ", ProgressStatus.NotMet, "Đã thực hiện 5/6 nội dung.", "Chưa thực hiện: hòm thư góp ý."),
                (4, "Cải cách hành chính", ProgressStatus.NotMet, "Đã hoàn thành 18/20 nhiệm vụ CCHC (90%); mức độ hài lòng 92,5%.",
                    "Còn 2 nhiệm vụ CCHC chưa hoàn thành."),
                (5, "Tự đánh giá, xếp loại", ProgressStatus.Met, "Đơn vị tự đánh giá: Tốt.", null),
            ],
            lines.Select(l => (l.Target!.Value, l.Title, l.Status, l.Detail, l.Missing)));
        Assert.Equal([5m / 6m, 0.9m, 1m], lines.Select(l => l.Completion));
    }

    [Fact]
    public void Everything_done_meets_all_three()
    {
        var lines = ReportCards.Lines(Vi, R.Standing(R.AllDone));

        Assert.All(lines, l => Assert.Equal((ProgressStatus.Met, 1m, null), (l.Status, l.Completion, l.Missing)));
    }

    [Fact]
    public void A_late_report_says_so_on_every_line()
    {
        var lines = ReportCards.Lines(Vi, R.Standing(R.LateAndShort));

        Assert.All(lines, l => Assert.EndsWith(" Báo cáo gửi trễ 3 ngày (hạn 15/10/2024).", l.Detail));
        Assert.Equal("Chưa thực hiện: hội nghị CBCCVC, đối thoại với CBCCVC.", lines[0].Missing);
        Assert.Equal((ProgressStatus.NotMet, 0.5m, "Mục tiêu của Sở: xếp loại Tốt trở lên."), (lines[2].Status, lines[2].Completion, lines[2].Missing));
    }

    [Fact]
    public void Status_depends_on_the_deadline_state_not_the_language() =>
        Assert.Equal(ReportCards.Lines(Vi, R.Standing(R.LateAndShort)).Select(l => (l.Status, l.Completion)),
            ReportCards.Lines(Texts.English, R.Standing(R.LateAndShort)).Select(l => (l.Status, l.Completion)));

    [Fact]
    public void Every_line_renders_on_the_standing_card()
    {
        var card = StandingCard.Build(Vi, TestData.Plan, TestData.Unit, ReportCards.Lines(Vi, R.Standing(R.LateAndShort)),
            new Domain.Standing.Rank(1, 15, 0.5m), R.Today, "09:00 20/10/2024");

        Assert.Contains("🟠 Chỉ tiêu 3 — Thực hiện dân chủ: chưa đạt", CardJson.TextBlocks(card));
        Assert.Contains("66,7%", CardJson.TextBlocks(card));
        Assert.Contains("report.open", CardJson.OfType(card, "Action.").Select(a => (string?)a["verb"]));
    }
}
