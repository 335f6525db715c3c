using DanVan.Cards.Json;
using DanVan.Cards.Text;

namespace DanVan.Cards.Tests;

public class SuggestionCardTests
{
    [Fact]
    public void Says_what_was_not_understood_escaped_and_offers_one_button_per_suggestion()
    {
        var card = SuggestionCard.Build(Texts.Vietnamese, "báo cáo *quý*", [("Báo cáo", "report.open"), ("Trợ giúp", Verbs.Help)]);

        var json = card.ToString();
        Assert.Contains(@"báo cáo \\*quý\\*", json); // the user's words cannot make bold text
        Assert.Equal(["report.open", Verbs.Help], card.Actions.Select(a => a.Verb));
        Assert.Equal(["Báo cáo", "Trợ giúp"], card.Actions.Select(a => a.Title));
    }

    [Fact]
    public void The_deadlines_count_from_today()
    {
        var card = DeadlinesCard.Build(Texts.Vietnamese, TestData.Plan, new DateOnly(2024, 6, 15));

        var facts = card.Body.OfType<FactSet>().Single().Facts.Select(f => f.Value).ToList();
        Assert.Equal(["20/04/2024 — đã quá hạn 56 ngày", "15/10/2024 — còn 122 ngày"], facts);
    }

    [Fact]
    public void A_closed_year_shows_its_dates_without_counting_days()
    {
        var card = DeadlinesCard.Build(Texts.Vietnamese, TestData.Plan, new DateOnly(2026, 12, 4));

        var facts = card.Body.OfType<FactSet>().Single().Facts.Select(f => f.Value).ToList();
        Assert.Equal(["20/04/2024", "15/10/2024"], facts);
        Assert.Contains(CardJson.TextBlocks(card), b => b.StartsWith("Kế hoạch năm 2024 đã khép lại ngày 15/11/2024", StringComparison.Ordinal));
    }
}
