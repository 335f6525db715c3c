using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;

namespace DanVan.Cards;

/// <summary>"Hạn nộp": the plan's deadlines and how far each is from today; the same for everyone (the plan is public).
/// A unit's own position against them is its standing.</summary>
public static class DeadlinesCard
{
    public const string ShowVerb = "deadlines.show";

    /// <remarks>Once the year is closed the dates are history: no "quá hạn 959 ngày", a line saying it closed instead.</remarks>
    public static Card Build(Texts t, Plan plan, DateOnly today)
    {
        var closed = plan.PhaseOn(today) == YearPhase.Closed;
        var body = new List<Element> { new TextBlock(t.DeadlinesTitle(plan.Year), TextStyle.Heading) };
        if (closed) body.Add(new TextBlock(t.YearClosed(plan.Year, plan.ClosesOn), TextStyle.Subtle));
        body.Add(new FactSet([.. plan.Deadlines.Select(d => (d.ShortTitle,
            closed ? t.Date(d.Date) : $"{t.Date(d.Date)} — {t.Countdown(DeadlineStatus.Of(d.Date, null, today))}"))]));
        return new Card(body, []);
    }
}
