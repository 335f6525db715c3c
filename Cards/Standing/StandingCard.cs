using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Standing;
using DanVan.Domain.Progress;

namespace DanVan.Cards.Standing;

/// <summary>
/// "Tình hình": every target as a bar with its percentage in its status colour, what it shows and, in one plain line,
/// what is missing; deadlines; rank; next steps. The compact form (after a save) keeps the bars, the missing lines
/// and the rank, shows the figures small and leaves out the deadlines, so a save adds one short message to the chat.
/// </summary>
public static class StandingCard
{
    /// <summary>Teams shows up to six buttons well on mobile; the rest of the next steps would be hidden.</summary>
    private const int MaxActions = 5;

    public static Card Build(Texts t, Plan plan, string unitName, IReadOnlyList<StandingLine> lines, Rank rank,
        DateOnly today, string asOf, bool compact = false)
    {
        var body = new List<Element>
        {
            new TextBlock(t.StandingTitle(unitName), TextStyle.Heading),
            new TextBlock(t.StandingSubtitle(plan.Year, asOf), TextStyle.Subtle),
            new Container([new TextBlock(RankText(t, rank), TextStyle.Strong)], Emphasis: true),
        };
        foreach (var line in lines) body.Add(Line(t, line, compact));
        if (compact)
            body.Add(new TextBlock(t.StandingCompactHint, TextStyle.Subtle));
        else
        {
            body.Add(TextBlock.Md(t.DeadlinesHeading, TextStyle.Normal));
            body.Add(new FactSet(plan.Deadlines
                .Select(d => (t.DeadlineName(d), $"{t.Date(d.Date)} — {t.Countdown(DeadlineStatus.Of(d.Date, DoneOn(lines, d.Id), today))}")).ToList()));
        }

        var actions = lines.Where(l => l.Status != ProgressStatus.Met).Select(l => new ExecuteAction(l.ButtonTitle ?? l.Title, l.OpenVerb))
            .DistinctBy(a => a.Verb).Take(MaxActions - 1).ToList();
        actions.Add(compact ? new ExecuteAction(t.StandingButton, Verbs.Standing) : new ExecuteAction(t.HistoryButton, Verbs.History));
        return new Card(body, actions);
    }

    /// <summary>The rank as the domain decided it: no place at 0%, and a shared place said as shared.</summary>
    public static string RankText(Texts t, Rank rank)
    {
        var completion = t.Percent(Percentages.FromShare(rank.Completion));
        if (!rank.IsRanked) return t.StandingUnranked(completion);
        return rank.IsShared ? t.StandingRankShared(completion, rank.Position, rank.Of, rank.Sharing) : t.StandingRank(completion, rank.Position, rank.Of);
    }

    /// <summary>One target: its name, status and percentage, the bar, the figures, and what is missing.</summary>
    private static Container Line(Texts t, StandingLine line, bool compact)
    {
        var percent = Percentages.FromShare(line.Completion);
        var items = new List<Element>
        {
            new ColumnSet(
            [
                new Column([new TextBlock($"{Icon(line.Status)} {(line.Target is { } n ? t.TargetLabel(n) + " — " : "")}{line.Title}: {t.Status(line.Status)}", TextStyle.Strong)]),
                new Column([new TextBlock(t.Percent(percent), StatusStyle(line.Status))], "auto"),
            ]),
            ProgressBar.Of(percent, line.Status),
        };
        // The figures behind the bar; small in the compact form, where the bar and the missing line lead.
        items.Add(new TextBlock(line.Detail, compact ? TextStyle.Subtle : TextStyle.Normal));
        // The line that matters most, in the default colour and weight: readable on any theme.
        if (line.Missing is not null) items.Add(new TextBlock(line.Missing, line.Status == ProgressStatus.Overdue ? TextStyle.AttentionPlain : TextStyle.Note));
        // Văn phòng Sở's review of the item (chờ tiếp nhận / đã tiếp nhận / bị trả lại, with the comment).
        if (line.Review is not null) items.Add(new TextBlock(line.Review, line.ReviewReturned ? TextStyle.AttentionPlain : TextStyle.Subtle));
        return new Container(items) { Separator = true };
    }

    private static TextStyle StatusStyle(ProgressStatus s) => s switch
    {
        ProgressStatus.Met => TextStyle.Good,
        ProgressStatus.Overdue or ProgressStatus.NotMet => TextStyle.Attention,
        _ => TextStyle.Strong,
    };

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
