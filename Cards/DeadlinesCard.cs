using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;

namespace DanVan.Cards;

/// <summary>"Hạn nộp": the plan's deadlines and how far each is from today; the same for everyone (the plan is public).
/// A unit's own position against them is its standing.</summary>
public static class DeadlinesCard
{
    public const string ShowVerb = "deadlines.show";

    public static Card Build(Texts t, Plan plan, DateOnly today) =>
        new([
            new TextBlock(t.DeadlinesTitle(plan.Year), TextStyle.Heading),
            new FactSet([.. plan.Deadlines.Select(d => (d.ShortTitle, $"{t.Date(d.Date)} — {t.Countdown(DeadlineStatus.Of(d.Date, null, today))}"))]),
        ], []);
}
