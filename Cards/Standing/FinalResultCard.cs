using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Progress;

namespace DanVan.Cards.Standing;

/// <summary>
/// "Tình hình" of a closed year: each target's final result (đạt / chưa đạt) and its figures as they stood at the
/// close. No deadlines, no days overdue, no form buttons: the year can no longer change.
/// </summary>
public static class FinalResultCard
{
    /// <param name="lines">The standing lines as of the year's last open day, in the order of <paramref name="results"/>' targets.</param>
    public static Card Build(Texts t, Plan plan, string unitName, IReadOnlyList<StandingLine> lines, IReadOnlyList<FinalResult> results)
    {
        var body = new List<Element>
        {
            new TextBlock(t.FinalResultTitle(unitName, plan.Year), TextStyle.Heading),
            new TextBlock(t.FinalResultSubtitle(plan.Year, plan.ClosesOn, plan.LastOpenDay), TextStyle.Subtle),
        };
        foreach (var line in lines)
        {
            var achieved = results.FirstOrDefault(r => r.Progress.Target == line.Target)?.Achieved ?? line.Status == ProgressStatus.Met;
            var items = new List<Element>
            {
                new TextBlock($"{(achieved ? "✅" : "❌")} {(line.Target is { } n ? t.TargetLabel(n) + " — " : "")}{line.Title}: {t.FinalResult(achieved)}",
                    achieved ? TextStyle.Normal : TextStyle.Attention),
                new TextBlock(t.FinalCompletion(t.Percent(Math.Floor(line.Completion * 1000m) / 10m))),
            };
            // The figures; a row never reported (or overdue) has only its deadline words to show, which a closed year drops.
            if (line.Status is not (ProgressStatus.Overdue or ProgressStatus.Missing)) items.Add(new TextBlock(line.Detail));
            body.Add(new Container(items));
        }
        return new Card(body, [new ExecuteAction(t.HistoryButton, Verbs.History)]);
    }
}
