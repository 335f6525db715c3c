using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Standing;
using DanVan.Domain.Progress;

namespace DanVan.Cards.Standing;

/// <summary>"Tình hình": every target with status, figures and what is missing; deadlines; rank; next steps.</summary>
public static class StandingCard
{
    /// <summary>Teams shows up to six buttons well on mobile; the rest of the next steps would be hidden.</summary>
    private const int MaxActions = 5;

    public static Card Build(Texts t, Plan plan, string unitName, IReadOnlyList<StandingLine> lines, Rank rank,
        DateOnly today, string asOf)
    {
        var body = new List<Element>
        {
            new TextBlock(t.StandingTitle(unitName), TextStyle.Heading),
            new TextBlock(t.StandingSubtitle(plan.Year, asOf), TextStyle.Subtle),
            new Container([new TextBlock(t.StandingRank(t.Percent(Math.Floor(rank.Completion * 1000m) / 10m), rank.Position, rank.Of))], Emphasis: true),
        };
        foreach (var line in lines)
        {
            var items = new List<Element>
            {
                new TextBlock($"{Icon(line.Status)} {(line.Target is { } n ? t.TargetLabel(n) + " — " : "")}{line.Title}: {t.Status(line.Status)}",
                    line.Status == ProgressStatus.Overdue ? TextStyle.Attention : TextStyle.Normal),
                new TextBlock(line.Detail),
            };
            if (line.Missing is not null) items.Add(new TextBlock(line.Missing, TextStyle.Warning));
            if (line.Review is not null) items.Add(new TextBlock(line.Review, line.ReviewReturned ? TextStyle.Attention : TextStyle.Subtle));
            body.Add(new Container(items));
        }
        body.Add(TextBlock.Md(t.DeadlinesHeading, TextStyle.Normal));
        body.Add(new FactSet(plan.Deadlines
            .Select(d => (d.ShortTitle, $"{t.Date(d.Date)} — {t.Countdown(DeadlineStatus.Of(d.Date, DoneOn(lines, d.Id), today))}")).ToList()));

        var actions = lines.Where(l => l.Status != ProgressStatus.Met).Select(l => new ExecuteAction(l.ButtonTitle ?? l.Title, l.OpenVerb))
            .DistinctBy(a => a.Verb).Take(MaxActions - 1).ToList();
        actions.Add(new ExecuteAction(t.HistoryButton, Verbs.History));
        return new Card(body, actions);
    }

    private static DateOnly? DoneOn(IReadOnlyList<StandingLine> lines, string deadlineId) =>
        lines.FirstOrDefault(l => l.DeadlineId == deadlineId)?.DoneOn;

    private static string Icon(ProgressStatus s) => s switch
    {
        ProgressStatus.Met => "✅",
        ProgressStatus.InProgress => "🟡",
        ProgressStatus.NotMet => "🟠",
        ProgressStatus.Overdue => "🔴",
        _ => "⚪",
    };
}
