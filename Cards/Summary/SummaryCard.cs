using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Department;
using DanVan.Domain.Plans;

namespace DanVan.Cards.Summary;

/// <summary>
/// "Tổng hợp": the department's figures per target, then the units still lacking each item (most overdue first),
/// a page at a time, with buttons to page and to export. Every page repeats the figures, so any page read alone
/// (forwarded, or opened later) still says where the department stands.
/// </summary>
public static class SummaryCard
{
    public const string ShowVerb = "summary.show";
    public const string ExportVerb = "export.create";
    /// <summary>Card data naming the page to show (1-based); untrusted, validated by the caller.</summary>
    public const string PageKey = "page";

    /// <summary>Units per missing list per page: four lists of ten keep a page well under Teams' card size limit.</summary>
    public const int PageSize = 10;

    /// <summary>Pages needed for the longest missing list (at least one).</summary>
    public static int PageCount(DepartmentSummary s) =>
        Math.Max(1, (s.Missing.Select(m => m.Units.Count).DefaultIfEmpty(0).Max() + PageSize - 1) / PageSize);

    /// <param name="page">1-based and already within <see cref="PageCount"/>.</param>
    public static Card Build(Texts t, Plan plan, DepartmentSummary s, int page, string asOf)
    {
        var pages = PageCount(s);
        var units = s.Units.Count;
        var body = new List<Element>
        {
            new TextBlock(t.SummaryTitle(plan.Year), TextStyle.Heading),
            new TextBlock(t.SummarySubtitle(asOf, units), TextStyle.Subtle),
            Target(t, plan, 1,
            [
                (t.UnitsReportedFact, t.OfUnits(s.Training.UnitsReported, units)),
                (t.UnitsMetTrainingFact(t.Percent(plan.Target(1).RequiredPercent)), t.OfUnits(s.Training.UnitsMet, units)),
                (t.StaffTrainedFact, t.StaffTrainedValue(s.Training.Trained, s.Training.TotalStaff, t.Percent(s.Training.Percent))),
            ]),
            Target(t, plan, 2,
            [
                (t.PlansOnTimeFact, t.OfUnits(s.UnitPlan.OnTime, units)),
                (t.PlansLateFact, t.OfUnits(s.UnitPlan.Late, units)),
                (t.PlansMissingFact, t.PlansMissingValue(s.UnitPlan.Missing, s.UnitPlan.IssuedNotSent)),
            ]),
            Target(t, plan, 3,
            [
                (t.DemocracyCompliantFact, t.DemocracyCompliantValue(s.Democracy.UnitsCompliant, s.Democracy.UnitsReported, t.Percent(s.Democracy.Percent))),
            ]),
            new Container(
            [
                TextBlock.Md(Markdown.Bold(t.ItemName(SummaryItem.Models))),
                new FactSet(
                [
                    (t.ModelsRegisteredFact, t.Number(s.Models.Registered)),
                    (t.ModelsRecognisedFact, t.Number(s.Models.Recognised)),
                    (t.ModelsAwardedFact, t.Number(s.Models.Awarded)),
                    (t.UnitsBelowModelsFact(plan.Models.MinPerUnit), t.OfUnits(s.Models.UnitsBelow, units)),
                ]),
            ], Emphasis: true),
            new Container(
            [
                TextBlock.Md(Markdown.Bold(t.ItemName(SummaryItem.Report))),
                new FactSet(
                [
                    (t.ReportsReceivedFact, t.ReportsReceivedValue(s.Reports.Received, units, s.Reports.OnTime, s.Reports.Late)),
                    (t.RatingsFact, string.Join(", ", s.Reports.Ratings.Where(r => r.Units > 0).Select(r => $"{t.RatingName(r.Rating)} {t.Number(r.Units)}")) is { Length: > 0 } ratings ? ratings : "—"),
                ]),
            ], Emphasis: true),
            // The documents units sent (issue 12): how many, and a button to the office's download links.
            new FactSet([(t.FilesSummaryFact, t.FilesSummary(s.Units.Count(u => u.UnitPlanFile is not null), s.Units.Count(u => u.ReportFile is not null),
                s.Units.Sum(u => u.ModelFiles.Count(f => f is not null)), units))]),
            ReviewSection(t, s),
            TextBlock.Md(t.MissingHeading(page, pages)),
        };
        foreach (var list in s.Missing) body.Add(Missing(t, s, list, page));

        var actions = new List<ExecuteAction>();
        if (page > 1) actions.Add(new ExecuteAction(t.PreviousPage, ShowVerb, Page(page - 1)));
        if (page < pages) actions.Add(new ExecuteAction(t.NextPage, ShowVerb, Page(page + 1)));
        actions.Add(new ExecuteAction(t.ExportButton, ExportVerb, Primary: true));
        actions.Add(new ExecuteAction(t.FilesButton, FileCards.LinksVerb));
        return new Card(body, actions);
    }

    public static IReadOnlyDictionary<string, string> Page(int page) =>
        new Dictionary<string, string> { [PageKey] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static Container Target(Texts t, Plan plan, int number, IReadOnlyList<(string, string)> facts) =>
        new([TextBlock.Md(Markdown.Bold($"{t.TargetLabel(number)} — {plan.Target(number).Title}")), new FactSet(facts)], Emphasis: true);

    private static Container Missing(Texts t, DepartmentSummary s, MissingList list, int page)
    {
        if (list.Units.Count == 0) return new Container([TextBlock.Md(t.MissingNone(list.Item), TextStyle.Good)]);
        var shown = list.Units.Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => t.MissingLine(list.Item, u.Unit.Name, u.Reason, u.Shortfall ?? 0, u.DaysOverdue, list.Item == SummaryItem.Training ? TrainedPercent(t, s, u) : null));
        var lines = string.Join("\n", shown);
        var items = new List<Element> { TextBlock.Md(t.MissingItem(list.Item, list.Units.Count, list.Due is { } due ? t.Date(due) : null), TextStyle.Normal) };
        // MissingLine writes a Markdown list item and escapes the unit name in it.
        if (lines.Length > 0) items.Add(TextBlock.Md(lines, list.Units.Any(u => u.DaysOverdue > 0) ? TextStyle.Warning : TextStyle.Normal));
        return new Container(items);
    }

    /// <summary>Units named per item and state in the summary's review section, and the length a returned unit's
    /// comment is shortened to there: the section must not push the card past Teams' size limit (the standing, the
    /// export and "cần tiếp nhận" show everything).</summary>
    private const int ReviewUnitsShown = 3, ReviewCommentShown = 80;

    /// <summary>Văn phòng Sở's review per item: the counts, the latest units returned (date, comment) and the units waiting longest.</summary>
    private static Container ReviewSection(Texts t, DepartmentSummary s)
    {
        var items = new List<Element> { TextBlock.Md(Markdown.Bold(t.ReviewSummaryHeading)) };
        foreach (var r in s.Reviews)
        {
            items.Add(new FactSet([(t.ReviewItemName(r.Item), t.ReviewSummaryCounts(r.Pending.Count, r.Accepted, r.Returned.Count))]));
            foreach (var u in r.Returned.Take(ReviewUnitsShown))
                items.Add(new TextBlock($"{u.Unit.Name}: {DanVan.Cards.Reviews.ReviewCards.StateText(t, u.ReviewOf(r.Item), ReviewCommentShown)}", TextStyle.Warning));
            if (r.Pending.Count > 0)
                items.Add(new TextBlock($"{t.ReviewStateName(Domain.Reviews.ReviewState.Pending)}: {string.Join("; ", r.Pending.Take(ReviewUnitsShown).Select(u => u.Unit.Name))}"
                    + (r.Pending.Count > ReviewUnitsShown ? " …" : "")));
        }
        return new Container(items, Emphasis: true);
    }

    private static string? TrainedPercent(Texts t, DepartmentSummary s, MissingUnit u) =>
        u.Reason == MissingReason.Short && s.Units.FirstOrDefault(r => r.Unit.Id == u.Unit.Id)?.TrainingStanding is { } st ? t.Percent(st.Percent) : null;
}
