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

    /// <summary>Pages needed for the longest missing list or the league table (at least one).</summary>
    public static int PageCount(DepartmentSummary s) =>
        Math.Max(1, (s.Missing.Select(m => m.Units.Count).Concat(s.Others.Select(m => m.Units.Count)).Append(s.Units.Count).Max() + PageSize - 1) / PageSize);

    /// <param name="page">1-based and already within <see cref="PageCount"/>.</param>
    public static Card Build(Texts t, Plan plan, DepartmentSummary s, int page, string asOf) => Build(t, plan, s, page, asOf, item => item);

    /// <param name="formTitle">The title of a form beyond the plan's own four (<see cref="DepartmentSummary.Others"/>), by its item.</param>
    public static Card Build(Texts t, Plan plan, DepartmentSummary s, int page, string asOf, Func<string, string> formTitle)
    {
        var pages = PageCount(s);
        var units = s.Units.Count;
        List<Element> body =
        [
            new TextBlock(t.SummaryTitle(plan.Year), TextStyle.Heading),
            new TextBlock(t.SummarySubtitle(asOf, units), TextStyle.Subtle),
            TargetsChart(t, s),
            .. Figures(t, plan, s),
            Ranking(t, s, page, pages),
            // The documents units sent (issue 12): how many, and a button to the office's download links.
            new FactSet([(t.FilesSummaryFact, t.FilesSummary(s.Units.Count(u => u.UnitPlanFile is not null), s.Units.Count(u => u.ReportFile is not null),
                s.Units.Sum(u => u.ModelFiles.Count(f => f is not null)), units))]),
            ReviewSection(t, s),
            TextBlock.Md(t.MissingHeading(page, pages)),
        ];
        foreach (var list in s.Missing) body.Add(Missing(t, s, list, page));
        foreach (var list in s.Others) body.Add(Missing(t, formTitle(list.Item), list, page));

        var actions = new List<ExecuteAction>();
        if (page > 1) actions.Add(new ExecuteAction(t.PreviousPage, ShowVerb, Page(page - 1)));
        if (page < pages) actions.Add(new ExecuteAction(t.NextPage, ShowVerb, Page(page + 1)));
        actions.Add(new ExecuteAction(t.ExportButton, ExportVerb, Primary: true));
        actions.Add(new ExecuteAction(t.FilesButton, FileCards.LinksVerb));
        return new Card(body, actions);
    }

    /// <summary>The department's figures per target, models and reports: no unit is named, so the department
    /// channel shows them as they are.</summary>
    public static IReadOnlyList<Element> Figures(Texts t, Plan plan, DepartmentSummary s)
    {
        var units = s.Units.Count;
        return
        [
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
                Target(t, plan, 4,
                [
                    (t.ReformUnitsMetFact, t.OfUnits(s.Reform.UnitsMet, s.Reform.UnitsReported)),
                    (t.ReformTasksFactTotal, t.ReformTasksValue(s.Reform.TasksDone, s.Reform.TasksTotal, t.Percent(s.Reform.Percent))),
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
        ];
    }

    public static IReadOnlyDictionary<string, string> Page(int page) =>
        new Dictionary<string, string> { [PageKey] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>
    /// Per target, how many units have met it, are overdue, or not yet: Teams' stacked bar chart, with the same
    /// figures as text lines for clients without charts. Also the department channel's picture.
    /// </summary>
    public static StackedBarChart TargetsChart(Texts t, DepartmentSummary s) => new(t.TargetsChartTitle,
        [.. s.Targets.Select(x => new StackedBar(t.TargetLabel(x.Target),
        [
            (t.LegendMet, x.Met, ChartColor.Good), (t.LegendOverdue, x.Overdue, ChartColor.Attention), (t.LegendNotYet, x.NotYet, ChartColor.Neutral),
        ]))],
        new Container(
        [
            new TextBlock(t.TargetsChartTitle, TextStyle.Strong),
            .. s.Targets.Select(x => (Element)new TextBlock(t.TallyLine(t.TargetLabel(x.Target), x.Met, x.Overdue, x.NotYet))),
        ]));

    /// <summary>The units by overall completion, a page at a time; units with nothing done are listed unranked.</summary>
    private static Container Ranking(Texts t, DepartmentSummary s, int page, int pages)
    {
        var lines = s.Ranked.Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => t.RankingLine(u.Rank.Position, u.Rank.IsShared, u.Rank.IsRanked, u.Unit.Name, t.Percent(u.OverallPercent)));
        var items = new List<Element> { TextBlock.Md(t.RankingHeading(page, pages)) };
        if (string.Join("\n", lines) is { Length: > 0 } text) items.Add(TextBlock.Md(text));
        return new Container(items);
    }

    private static Container Target(Texts t, Plan plan, int number, IReadOnlyList<(string, string)> facts) =>
        new([TextBlock.Md(Markdown.Bold($"{t.TargetLabel(number)} — {plan.Target(number).Title}")), new FactSet(facts)], Emphasis: true);

    private static Container Missing(Texts t, DepartmentSummary s, MissingList list, int page)
    {
        if (list.Units.Count == 0) return new Container([TextBlock.Md(t.MissingNone(list.Item), TextStyle.GoodPlain)]);
        var shown = list.Units.Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => t.MissingLine(list.Item, u.Unit.Name, u.Reason, u.Shortfall ?? 0, u.DaysOverdue, list.Item == SummaryItem.Training ? TrainedPercent(t, s, u) : null));
        var lines = string.Join("\n", shown);
        var items = new List<Element> { TextBlock.Md(t.MissingItem(list.Item, list.Units.Count, list.Due is { } due ? t.Date(due) : null), TextStyle.Normal) };
        // MissingLine writes a Markdown list item and escapes the unit name in it.
        // Plain, readable text; the overdue days in each line say how urgent it is (no bold yellow on white).
        if (lines.Length > 0) items.Add(TextBlock.Md(lines, TextStyle.Note));
        return new Container(items);
    }

    private static Container Missing(Texts t, string title, ItemMissing list, int page)
    {
        if (list.Units.Count == 0) return new Container([TextBlock.Md(t.MissingFormNone(title), TextStyle.GoodPlain)]);
        var lines = string.Join("\n", list.Units.Skip((page - 1) * PageSize).Take(PageSize).Select(u => t.MissingFormLine(u.Unit.Name, u.Reason, u.DaysOverdue)));
        var items = new List<Element> { TextBlock.Md(t.MissingFormItem(title, list.Units.Count, list.Due is { } due ? t.Date(due) : null), TextStyle.Normal) };
        if (lines.Length > 0) items.Add(TextBlock.Md(lines, TextStyle.Note));
        return new Container(items);
    }

    /// <summary>Units named per item and state in the summary's review section, and the length a returned unit's
    /// comment is shortened to there: the section must not push the card past Teams' size limit (the standing, the
    /// export and "cần tiếp nhận" show everything).</summary>
    // With the chart and the ranking on the same card, the review part names few units to stay under Teams' 28 KB;
    // "cần tiếp nhận" and the export list them all.
    private const int ReviewUnitsShown = 2, ReviewCommentShown = 60;

    /// <summary>Văn phòng Sở's review per item: the counts, the latest units returned (date, comment) and the units waiting longest.</summary>
    private static Container ReviewSection(Texts t, DepartmentSummary s)
    {
        var items = new List<Element> { TextBlock.Md(Markdown.Bold(t.ReviewSummaryHeading)) };
        foreach (var r in s.Reviews)
        {
            items.Add(new FactSet([(t.ReviewItemName(r.Item), t.ReviewSummaryCounts(r.Pending.Count, r.Accepted, r.Returned.Count))]));
            foreach (var u in r.Returned.Take(ReviewUnitsShown))
                items.Add(new TextBlock($"{u.Unit.Name}: {DanVan.Cards.Reviews.ReviewCards.StateText(t, u.ReviewOf(r.Item), ReviewCommentShown)}", TextStyle.Warning));
        }
        return new Container(items, Emphasis: true);
    }

    private static string? TrainedPercent(Texts t, DepartmentSummary s, MissingUnit u) =>
        u.Reason == MissingReason.Short && s.Units.FirstOrDefault(r => r.Unit.Id == u.Unit.Id)?.TrainingStanding is { } st ? t.Percent(st.Percent) : null;
}
