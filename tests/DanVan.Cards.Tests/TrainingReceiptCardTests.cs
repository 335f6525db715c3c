using DanVan.Domain.Training;

namespace DanVan.Cards.Tests;

public class TrainingReceiptCardTests
{
    [Fact]
    public void Lists_the_figures_with_a_dd_MM_yyyy_date()
    {
        Assert.Equal(
            [
                ("Tổng số CCVCNLĐ của đơn vị", "50"),
                ("Số người đã được học tập, quán triệt", "45 (90%)"),
                ("Số buổi (hội nghị) đã tổ chức", "2"),
                ("Ngày tổ chức buổi gần nhất", "05/03/2024"),
            ],
            CardJson.Facts(TestData.AllCards()["vi/receipt"]));
    }

    [Fact]
    public void Shows_a_dash_without_a_session_date() =>
        Assert.Equal("—", CardJson.Facts(TestData.AllCards()["vi/receipt-no-date"]).Last().Value);

    [Fact]
    public void Says_who_updated_it_and_offers_an_edit()
    {
        var card = TestData.AllCards()["vi/receipt"];

        Assert.Contains("Alex Wilber cập nhật lúc 09:15 20/04/2024.", CardJson.TextBlocks(card));
        Assert.Equal("Đã ghi nhận số liệu học tập, quán triệt", CardJson.TextBlocks(card).First());
        var edit = Assert.Single(CardJson.OfType(card, "Action."));
        Assert.Equal((Verbs.OpenTraining, "Sửa số liệu"), ((string?)edit["verb"], (string?)edit["title"]));
    }

    [Theory]
    [InlineData(45, 50, "Đã học tập, quán triệt 45/50 người (90%). Chỉ tiêu: 100% — còn 5 người.")]
    [InlineData(49, 50, "Đã học tập, quán triệt 49/50 người (98%). Chỉ tiêu: 100% — còn 1 người.")]
    [InlineData(50, 50, "Đã học tập, quán triệt 50/50 người (100%). Đã đạt chỉ tiêu 100%.")]
    [InlineData(1999, 2000, "Đã học tập, quán triệt 1.999/2.000 người (99,9%). Chỉ tiêu: 100% — còn 1 người.")]
    [InlineData(1850, 2000, "Đã học tập, quán triệt 1.850/2.000 người (92,5%). Chỉ tiêu: 100% — còn 150 người.")]
    public void States_the_standing_in_vietnamese(int trained, int total, string expected)
    {
        var report = new TrainingReport(total, trained, 3, new DateOnly(2024, 3, 5));

        Assert.Equal(expected, TrainingCards.StandingText(TestData.Vi, TestData.Standing(report)));
        Assert.Contains(expected, CardJson.TextBlocks(TestData.Receipt(TestData.Vi, report)));
    }

    [Theory]
    [InlineData(45, "Trained 45/50 staff (90%). Target: 100% — 5 still to train.")]
    [InlineData(50, "Trained 50/50 staff (100%). Target of 100% met.")]
    public void States_the_standing_in_english(int trained, string expected) =>
        Assert.Equal(expected, TrainingCards.StandingText(Text.Texts.English, TestData.Standing(new TrainingReport(50, trained, 1, null))));

    [Fact]
    public void Puts_the_standing_in_an_emphasised_container()
    {
        var container = Assert.Single(CardJson.OfType(TestData.AllCards()["vi/receipt"], "Container"));

        Assert.Equal("emphasis", (string?)container["style"]);
        Assert.Equal("Đã học tập, quán triệt 45/50 người (90%). Chỉ tiêu: 100% — còn 5 người.", (string?)container["items"]![0]!["text"]);
    }
}
