namespace DanVan.Cards.Tests;

public class WelcomeCardTests
{
    [Fact]
    public void Greets_by_name_and_unit_with_both_plan_deadlines()
    {
        var texts = CardJson.TextBlocks(TestData.AllCards()["vi/welcome"]).ToList();

        Assert.Equal("Chào mừng đến với DanVan", texts[0]);
        Assert.StartsWith("Xin chào Alex Wilber! DanVan giúp Chi cục Kiểm lâm báo cáo việc thực hiện Kế hoạch công tác dân vận chính quyền năm 2024", texts[1]);
        Assert.Equal("Hạn gửi kế hoạch của đơn vị: 20/04/2024. Hạn báo cáo kết quả: 15/10/2024.", texts[2]);
    }

    [Fact]
    public void Offers_the_standing_then_every_form_in_the_plans_order_and_points_to_help()
    {
        var actions = CardJson.OfType(TestData.AllCards()["vi/welcome"], "Action.").Select(a => ((string?)a["verb"], (string?)a["title"]));

        Assert.Equal(
        [
            ("standing.show", "Tình hình"), ("unit-plan.open", "Kế hoạch của đơn vị"), (Verbs.OpenTraining, "Học tập, quán triệt"),
            ("model.list", "Mô hình “Dân vận khéo”"), ("report.open", "Báo cáo kết quả"),
        ], actions);
        Assert.Equal("Gõ **trợ giúp** bất cứ lúc nào để xem các lệnh.", CardJson.TextBlocks(TestData.AllCards()["vi/welcome"]).Last());
    }

    [Fact]
    public void The_office_welcome_offers_the_summary_its_export_the_roster_and_help()
    {
        var actions = CardJson.OfType(TestData.AllCards()["vi/welcome-office"], "Action.").Select(a => ((string?)a["verb"], (string?)a["title"]));

        Assert.Equal(
        [
            (Summary.SummaryCard.ShowVerb, "Tổng hợp"), (Summary.SummaryCard.ExportVerb, "Xuất báo cáo"), (RosterCards.ShowVerb, "Danh bạ"), (Verbs.Help, "Trợ giúp"),
        ], actions);
    }

    [Fact]
    public void English_welcome_uses_the_same_dates() =>
        Assert.Equal("Unit plan due: 20/04/2024. Results report due: 15/10/2024.", CardJson.TextBlocks(TestData.AllCards()["en/welcome"]).ElementAt(2));
}
