using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;

namespace DanVan.Cards.Tests;

/// <summary>Plan years side by side, for <see cref="TestData.AllCards"/>: one year's card, the list, the office's start and preview.</summary>
internal static class YearTestData
{
    public static readonly Plan Next = PlanFile.Load(Path.Combine(AppContext.BaseDirectory, "plans", "ke-hoach-2027-mau.json"));
    private static readonly DateOnly Today = new(2026, 12, 5);
    private static readonly Dictionary<string, string> Data2024 = new() { [YearCards.Years.DataKey] = "2024" };

    public static void AddCards(Dictionary<string, Card> cards, string lang, Texts t, string unit)
    {
        cards[$"{lang}/year/closed-head"] = YearCards.Year(t, TestData.Plan, Today, current: false, senior: false, Data2024);
        cards[$"{lang}/year/open-office"] = YearCards.Year(t, Next, Today, current: true, senior: true, new Dictionary<string, string> { [YearCards.Years.DataKey] = "2027" });
        cards[$"{lang}/year/list-office"] = YearCards.List(t, [TestData.Plan, Next], "2027", Today, office: true);
        cards[$"{lang}/year/list-head"] = YearCards.List(t, [TestData.Plan], "2024", Today, office: false);
        cards[$"{lang}/year/start"] = YearCards.Start(t, ["ke-hoach-2027-mau.json", "ke-hoach-2028.json"], "plans");
        cards[$"{lang}/year/start-none"] = YearCards.Start(t, [], "plans");
        cards[$"{lang}/year/preview"] = YearCards.Preview(t, Next, "ke-hoach-2027-mau.json", new string('a', 64), "2024");
        cards[$"{lang}/year/preview-uploaded"] = YearCards.Preview(t, Next, "Kế hoạch 2027.json", new string('a', 64), "2024",
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plans", "ke-hoach-2027-mau.json")));
        cards[$"{lang}/year/standing-of-2024"] = MessageCard.Build(t.YearClosed(2024, TestData.Plan.ClosesOn), TextStyle.Attention) with { ActionData = Data2024 };
    }
}
