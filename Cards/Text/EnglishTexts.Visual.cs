using DanVan.Cards.Json;

namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts
{
    public override string StandingRankShared(string completion, int position, int of, int sharing) =>
        $"Overall completion: {completion} · tied {position} of {of} (with {Number(sharing)} units).";
    public override string StandingUnranked(string completion) =>
        $"Overall completion: {completion} · not ranked yet (nothing counted yet).";
    public override string StandingCompactHint => "Type \"status\" for the details and deadlines.";

    public override string TargetsChartTitle => "Units per target";
    public override string LegendMet => "Met";
    public override string LegendOverdue => "Overdue";
    public override string LegendNotYet => "Not yet";
    public override string TallyLine(string target, int met, int overdue, int notYet) =>
        $"{target}: met {Number(met)} · overdue {Number(overdue)} · not yet {Number(notYet)}";

    public override string ReformUnitsMetFact => "Units with every CCHC task done";
    public override string ReformTasksFactTotal => "CCHC tasks done";

    public override string RankingHeading(int page, int pages) =>
        $"**Units by overall completion** — page {Number(page)}/{Number(pages)}";
    public override string RankingLine(int position, bool shared, bool ranked, string unitName, string percent) =>
        ranked
            ? $"- {(shared ? "Tied " : "")}{Number(position)}: {Markdown.Escape(unitName, inline: true)} — {percent}"
            : $"- Not ranked: {Markdown.Escape(unitName, inline: true)} — {percent}";
    public override string NotRankedCell => "Not ranked";
    public override string UnknownUserAccount(string account) => $"The account to give the office so they can add you: {account}";
    public override string DeadlineName(Domain.Plans.Deadline deadline) => deadline.Id switch
    {
        Domain.Plans.DeadlineIds.UnitPlan => "Send the unit's plan",
        Domain.Plans.DeadlineIds.ResultsReport => "Send the results report",
        _ => deadline.ShortTitle,
    };
}
