using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.UnitPlans;
using D = DanVan.Cards.Tests.UnitPlanTestData;
using DanVan.Domain.Progress;

namespace DanVan.Cards.Tests;

public class UnitPlanReceiptCardTests
{
    private static readonly IReadOnlyDictionary<string, Json.Card> Cards = TestData.AllCards();

    [Fact]
    public void Lists_the_plan_with_dd_MM_yyyy_dates_and_the_note()
    {
        var card = Cards["vi/unit-plan/receipt-on-time"];

        Assert.Equal(
            [
                ("Tình trạng", "Đã ban hành"),
                ("Số kế hoạch", "12/KH-CCKL"),
                ("Ngày ban hành", "05/04/2024"),
                ("Ngày gửi Văn phòng Sở", "18/04/2024"),
                ("Đường dẫn đến văn bản (nếu có)", $"[{D.OnTime.Link}]({D.OnTime.Link})"), // the validated link, clickable as itself
            ],
            CardJson.Facts(card));
        Assert.Contains("Ghi chú: Kế hoạch đã được phổ biến đến các hạt kiểm lâm.", CardJson.TextBlocks(card));
    }

    [Fact]
    public void An_unsent_plan_reads_chua_gui_and_has_no_link_row()
    {
        var facts = CardJson.Facts(D.Receipt(TestData.Vi, D.NotSent with { Link = null })).ToList();

        Assert.Contains(("Ngày gửi Văn phòng Sở", "Chưa gửi"), facts);
        Assert.DoesNotContain(facts, f => f.Title.StartsWith("Đường dẫn"));
    }

    [Fact]
    public void A_plan_not_issued_shows_only_its_state_and_note()
    {
        var card = Cards["vi/unit-plan/receipt-not-issued"];

        Assert.Equal([("Tình trạng", "Chưa ban hành")], CardJson.Facts(card));
        Assert.Contains("Ghi chú: Đang xin ý kiến Chi ủy, dự kiến ban hành trong tháng 5.", CardJson.TextBlocks(card));
    }

    [Theory]
    [InlineData("receipt-on-time", "Kế hoạch số 12/KH-CCKL đã gửi Văn phòng Sở ngày 18/04/2024 — đúng hạn (hạn 20/04/2024).")]
    [InlineData("receipt-late", "Kế hoạch số 12/KH-CCKL đã gửi Văn phòng Sở ngày 25/04/2024 — trễ 5 ngày so với hạn 20/04/2024.")]
    [InlineData("receipt-not-sent", "Đã ban hành kế hoạch số 12/KH-CCKL ngày 05/04/2024, chưa gửi Văn phòng Sở; hạn 20/04/2024, đã quá hạn 20 ngày.")]
    [InlineData("receipt-not-issued", "Đơn vị chưa gửi kế hoạch về Văn phòng Sở; hạn 20/04/2024, đã quá hạn 20 ngày.")]
    public void States_the_standing_in_an_emphasised_container(string name, string expected)
    {
        var container = Assert.Single(CardJson.OfType(Cards["vi/unit-plan/" + name], "Container"));

        Assert.Equal("emphasis", (string?)container["style"]);
        Assert.Equal(expected, (string?)container["items"]![0]!["text"]);
    }

    [Theory]
    [InlineData("2024-04-10", "Đơn vị chưa gửi kế hoạch về Văn phòng Sở; hạn 20/04/2024, còn 10 ngày.")]
    [InlineData("2024-04-20", "Đơn vị chưa gửi kế hoạch về Văn phòng Sở; hôm nay (20/04/2024) là hạn chót.")]
    [InlineData("2024-04-21", "Đơn vị chưa gửi kế hoạch về Văn phòng Sở; hạn 20/04/2024, đã quá hạn 1 ngày.")]
    public void Counts_days_left_or_overdue_before_the_plan_is_sent(string today, string expected) =>
        Assert.Equal(expected, UnitPlanCards.StandingText(TestData.Vi, null, D.Standing(null, DateOnly.Parse(today))));

    [Fact]
    public void States_the_standing_in_english() =>
        Assert.Equal("Plan 12/KH-CCKL was sent to the department office on 25/04/2024 — 5 day(s) after the 20/04/2024 deadline.",
            UnitPlanCards.StandingText(Texts.English, D.Late, D.Standing(D.Late)));

    [Fact]
    public void Says_who_updated_it_and_offers_an_edit()
    {
        var card = Cards["vi/unit-plan/receipt-on-time"];

        Assert.Equal("Đã ghi nhận thông tin kế hoạch của đơn vị", CardJson.TextBlocks(card).First());
        Assert.Contains("Alex Wilber cập nhật lúc 09:15 10/05/2024.", CardJson.TextBlocks(card));
        var edit = Assert.Single(CardJson.OfType(card, "Action."));
        Assert.Equal(("unit-plan.open", "Sửa thông tin kế hoạch"), ((string?)edit["verb"], (string?)edit["title"]));
    }

    public static TheoryData<string, string, ProgressStatus, double, string, string?> Lines => new()
    {
        { "on time", "2024-05-10", ProgressStatus.Met, 1.0,
            "Kế hoạch số 12/KH-CCKL đã gửi Văn phòng Sở ngày 18/04/2024 — đúng hạn (hạn 20/04/2024).", null },
        { "late", "2024-05-10", ProgressStatus.InProgress, 0.75,
            "Kế hoạch số 12/KH-CCKL đã gửi Văn phòng Sở ngày 25/04/2024 — trễ 5 ngày so với hạn 20/04/2024.", null },
        { "not sent", "2024-04-15", ProgressStatus.InProgress, 0.5,
            "Đã ban hành kế hoạch số 12/KH-CCKL ngày 05/04/2024, chưa gửi Văn phòng Sở.", "Cần gửi kế hoạch về Văn phòng Sở; hạn 20/04/2024, còn 5 ngày." },
        { "not sent", "2024-05-10", ProgressStatus.Overdue, 0.5,
            "Đã ban hành kế hoạch số 12/KH-CCKL ngày 05/04/2024, chưa gửi Văn phòng Sở.", "Cần gửi kế hoạch về Văn phòng Sở; hạn 20/04/2024, đã quá hạn 20 ngày." },
        { "not issued", "2024-04-20", ProgressStatus.Missing, 0.0,
            "Đơn vị chưa ban hành kế hoạch.", "Cần gửi kế hoạch về Văn phòng Sở; hôm nay (20/04/2024) là hạn chót." },
        { "not issued", "2024-05-10", ProgressStatus.Overdue, 0.0,
            "Đơn vị chưa ban hành kế hoạch.", "Cần gửi kế hoạch về Văn phòng Sở; hạn 20/04/2024, đã quá hạn 20 ngày." },
        { "nothing", "2024-04-01", ProgressStatus.Missing, 0.0, "Chưa báo cáo.", "Cần gửi kế hoạch về Văn phòng Sở; hạn 20/04/2024, còn 19 ngày." },
        { "nothing", "2024-05-10", ProgressStatus.Overdue, 0.0, "Chưa báo cáo.", "Cần gửi kế hoạch về Văn phòng Sở; hạn 20/04/2024, đã quá hạn 20 ngày." },
    };

    [Theory, MemberData(nameof(Lines))]
    public void The_standing_row_for_target_2(string which, string today, ProgressStatus status, double completion, string detail, string? missing)
    {
        UnitPlanReport? r = which switch
        {
            "on time" => D.OnTime, "late" => D.Late, "not sent" => D.NotSent, "not issued" => D.NotIssued, _ => null,
        };

        var line = UnitPlanCards.Line(TestData.Vi, r, D.Standing(r, DateOnly.Parse(today)));

        Assert.Equal(new StandingLine(2, "Kế hoạch của đơn vị", status, (decimal)completion, detail, missing, "unit-plan.open",
            DeadlineId: "unit-plan", DoneOn: r is { Issued: true } ? r.SentOn : null), line);
    }
}
