using DanVan.Cards.Reviews;
using DanVan.Cards.Text;
using DanVan.Domain.Department;
using DanVan.Domain.Files;
using DanVan.Domain.Time;
using DanVan.Domain.Models;
using DanVan.Domain.Plans;
using DanVan.Domain.Progress;
using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Domain.UnitPlans;

namespace DanVan.Cards.Export;

/// <summary>
/// The department summary as the tables the office pastes into its report: the department figures, one row per
/// unit, then one sheet per item with every unit's values. Units are numbered (STT) in the summary's name order.
/// Each form's columns and sheet are its <see cref="ExportPart"/>; the plan's own four are declared here.
/// </summary>
public static class DepartmentSheets
{
    /// <param name="parts">The registered forms' parts, in report order: their columns in the units sheet, and their own sheets after it.</param>
    public static IReadOnlyList<Sheet> Build(Texts t, Plan plan, DepartmentSummary s, IReadOnlyList<ExportPart> parts) =>
    [
        Make(t, SheetKind.Summary, Summary(t, plan, s)),
        Units(t, s, parts),
        .. parts.Select(p => p.Sheet).OfType<Func<Texts, Plan, DepartmentSummary, Sheet>>().Select(sheet => sheet(t, plan, s)),
    ];

    /// <summary>One row per unit with each form's headline (its figures, then the overall completion and the rank, then
    /// the documents and the reviews): the sheet the CSV carries.</summary>
    public static Sheet Units(Texts t, DepartmentSummary s, IReadOnlyList<ExportPart> parts)
    {
        List<UnitColumn> columns =
        [
            new(ColumnPlace.Figures, t => t.UnitsHeader(UnitsHeader.No), (_, _) => Cell.Empty),
            new(ColumnPlace.Figures, t => t.UnitsHeader(UnitsHeader.Unit), (_, u) => Cell.Of(u.Unit.Name)),
            .. Place(parts, ColumnPlace.Figures),
            new(ColumnPlace.Figures, t => t.UnitsHeader(UnitsHeader.Overall), (_, u) => Cell.Of(u.OverallPercent)),
            // A unit with nothing done has no place (see Rank.IsRanked); the cell says so rather than a tied first.
            new(ColumnPlace.Figures, t => t.UnitsHeader(UnitsHeader.Rank), (t, u) => u.Rank.IsRanked ? Cell.Of(u.Rank.Position) : Cell.Of(t.NotRankedCell)),
            .. Place(parts, ColumnPlace.Document),
            .. Place(parts, ColumnPlace.Review),
        ];
        return new Sheet(SheetKind.Units, t.SheetName(SheetKind.Units), [.. columns.Select(c => c.Header(t))],
            [.. s.Units.Select((u, i) => (IReadOnlyList<Cell>)[Cell.Of(i + 1), .. columns.Skip(1).Select(c => c.Value(t, u))])]);
    }

    private static IEnumerable<UnitColumn> Place(IReadOnlyList<ExportPart> parts, ColumnPlace place) =>
        parts.SelectMany(p => p.Columns).Where(c => c.Place == place);

    /// <summary>The plan's own four forms' parts, in report order (the host takes each from its form's declaration).</summary>
    public static IReadOnlyList<ExportPart> Standard => [Training, UnitPlan, Models, Report];

    /// <summary>Target 1: staff, trained and the percentage; the training sheet.</summary>
    public static readonly ExportPart Training = new(
    [
        new(ColumnPlace.Figures, t => t.UnitsHeader(UnitsHeader.Staff), (_, u) => Cell.Of(u.Training?.TotalStaff)),
        new(ColumnPlace.Figures, t => t.UnitsHeader(UnitsHeader.Trained), (_, u) => Cell.Of(u.Training?.Trained)),
        new(ColumnPlace.Figures, t => t.UnitsHeader(UnitsHeader.TrainedPercent), (_, u) => u.TrainingStanding is { } ts ? Cell.Of(ts.Percent) : Cell.Empty),
    ], (t, _, s) => Make(t, SheetKind.Training, TrainingRows(t, s)));

    /// <summary>Target 2: the plan's state and the date it was sent, its document and its review; the unit plans sheet.</summary>
    public static readonly ExportPart UnitPlan = new(
    [
        new(ColumnPlace.Figures, t => t.UnitsHeader(UnitsHeader.UnitPlan), (t, u) => Cell.Of(UnitPlanState(t, u))),
        new(ColumnPlace.Figures, t => t.UnitsHeader(UnitsHeader.PlanSentOn), (_, u) => Cell.Of(u.UnitPlan is { Issued: true } p ? p.SentOn : null)),
        new(ColumnPlace.Document, t => t.UnitsHeader(UnitsHeader.PlanFile), (_, u) => Cell.Of(u.UnitPlanFile?.Name)),
        new(ColumnPlace.Review, t => t.UnitsHeader(UnitsHeader.PlanReview), (t, u) => Cell.Of(Review(t, u, SubmissionItems.UnitPlan))),
    ], (t, _, s) => Make(t, SheetKind.UnitPlan, s.Units.Select((u, i) => UnitPlanRow(t, i + 1, u)).ToList()));

    /// <summary>The models: how many, how many recognised; the models sheet.</summary>
    public static readonly ExportPart Models = new(
    [
        new(ColumnPlace.Figures, t => t.UnitsHeader(UnitsHeader.Models), (_, u) => Cell.Of(u.ModelStanding.Count)),
        new(ColumnPlace.Figures, t => t.UnitsHeader(UnitsHeader.ModelsRecognised), (_, u) => Cell.Of(u.ModelStanding.Recognised + u.ModelStanding.Awarded)),
    ], (t, _, s) => Make(t, SheetKind.Models, ModelRows(t, s)));

    /// <summary>Targets 3–5: the report's state, date, democracy items, self-rating and CCHC, its document and its review; the reports sheet.</summary>
    public static readonly ExportPart Report = new(
    [
        new(ColumnPlace.Figures, t => t.UnitsHeader(UnitsHeader.Report), (t, u) => Cell.Of(ReportState(t, u.Report))),
        new(ColumnPlace.Figures, t => t.UnitsHeader(UnitsHeader.ReportDate), (_, u) => Cell.Of(u.Report.Report?.ReportDate)),
        new(ColumnPlace.Figures, t => t.UnitsHeader(UnitsHeader.DemocracyDone), (_, u) => u.Report.Report is null ? Cell.Empty : Cell.Of(u.Report.DemocracyDone)),
        new(ColumnPlace.Figures, t => t.UnitsHeader(UnitsHeader.Rating), (t, u) => Cell.Of(u.Report.Report is { } r ? t.RatingName(r.Rating) : null)),
        new(ColumnPlace.Figures, t => t.UnitsHeader(UnitsHeader.ReformPercent), (_, u) => u.Report.Report is null ? Cell.Empty : Cell.Of(u.Report.ReformPercent)),
        new(ColumnPlace.Document, t => t.UnitsHeader(UnitsHeader.ReportFile), (_, u) => Cell.Of(u.ReportFile?.Name)),
        new(ColumnPlace.Review, t => t.UnitsHeader(UnitsHeader.ReportReview), (t, u) => Cell.Of(Review(t, u, SubmissionItems.Report))),
    ], (t, _, s) => Make(t, SheetKind.Report, s.Units.Select((u, i) => ReportRow(t, i + 1, u)).ToList()));

    /// <summary>A document's columns: name (the sender's text, sanitised by the writers), size, when, by whom, hash.</summary>
    private static IEnumerable<Cell> FileCells(Texts t, StoredFile? f) => f is null
        ? Enumerable.Repeat(Cell.Empty, 5)
        : [Cell.Of(f.Name), Cell.Of((decimal)f.Size), Cell.Of(t.DateTime(DepartmentClock.ToLocal(f.UploadedAt))), Cell.Of(f.ByUserName), Cell.Of(f.Sha256)];

    /// <summary>Văn phòng Sở's review of the unit's item: state, date and comment.</summary>
    private static string Review(Texts t, UnitSummary u, string item) => ReviewCards.StateText(t, u.ReviewOf(item));

    private static Sheet Make(Texts t, SheetKind kind, IReadOnlyList<IReadOnlyList<Cell>> rows) =>
        new(kind, t.SheetName(kind), t.SheetHeaders(kind), rows);

    private static List<IReadOnlyList<Cell>> Summary(Texts t, Plan plan, DepartmentSummary s)
    {
        var units = s.Units.Count;
        var rows = new List<IReadOnlyList<Cell>>();
        void Add(int? target, string title, int count, int of) =>
            rows.Add([Cell.Of(target is { } n ? $"{t.TargetLabel(n)} — {plan.Target(n).Title}" : t.ItemName(SummaryItem.Models)),
                Cell.Of(title), Cell.Of(count), Cell.Of(of), Cell.Of(Percent(count, of))]);

        Add(1, t.UnitsReportedFact, s.Training.UnitsReported, units);
        Add(1, t.UnitsMetTrainingFact(t.Percent(plan.Target(1).RequiredPercent)), s.Training.UnitsMet, units);
        rows.Add([Cell.Of($"{t.TargetLabel(1)} — {plan.Target(1).Title}"), Cell.Of(t.StaffTrainedFact),
            Cell.Of(s.Training.Trained), Cell.Of(s.Training.TotalStaff), Cell.Of(s.Training.Percent)]);
        Add(2, t.PlansOnTimeFact, s.UnitPlan.OnTime, units);
        Add(2, t.PlansLateFact, s.UnitPlan.Late, units);
        Add(2, t.PlansMissingFact, s.UnitPlan.Missing, units);
        Add(3, t.ReportsReceivedFact, s.Democracy.UnitsReported, units);
        Add(3, t.DemocracyCompliantFact, s.Democracy.UnitsCompliant, s.Democracy.UnitsReported);
        foreach (var (item, n) in s.Democracy.ByItem) Add(3, t.DemocracyShort(item), n, s.Democracy.UnitsReported);
        rows.Add([Cell.Of($"{t.TargetLabel(4)} — {plan.Target(4).Title}"), Cell.Of(t.ReformUnitsMetFact),
            Cell.Of(s.Reform.UnitsMet), Cell.Of(s.Reform.UnitsReported), Cell.Of(Percent(s.Reform.UnitsMet, s.Reform.UnitsReported))]);
        rows.Add([Cell.Of($"{t.TargetLabel(4)} — {plan.Target(4).Title}"), Cell.Of(t.ReformTasksFactTotal),
            Cell.Of(s.Reform.TasksDone), Cell.Of(s.Reform.TasksTotal), Cell.Of(s.Reform.Percent)]);
        Add(5, t.ReportsReceivedFact, s.Reports.Received, units);
        Add(5, t.PlansOnTimeFact, s.Reports.OnTime, units);
        Add(5, t.PlansLateFact, s.Reports.Late, units);
        Add(5, t.PlansMissingFact, s.Reports.Missing, units);
        foreach (var (rating, n) in s.Reports.Ratings) Add(5, $"{t.RatingsFact}: {t.RatingName(rating)}", n, s.Reports.Received);
        rows.Add([Cell.Of(t.ItemName(SummaryItem.Models)), Cell.Of(t.ModelsRegisteredFact), Cell.Of(s.Models.Registered), Cell.Empty, Cell.Empty]);
        Add(null, t.ModelsRecognisedFact, s.Models.Recognised, s.Models.Registered);
        Add(null, t.ModelsAwardedFact, s.Models.Awarded, s.Models.Registered);
        Add(null, t.UnitsBelowModelsFact(plan.Models.MinPerUnit), s.Models.UnitsBelow, units);
        return rows;
    }

    private static List<IReadOnlyList<Cell>> TrainingRows(Texts t, DepartmentSummary s)
    {
        var rows = s.Units.Select((u, i) => (IReadOnlyList<Cell>)(u.Training is { } r && u.TrainingStanding is { } st
            ? [Cell.Of(i + 1), Cell.Of(u.Unit.Name), Cell.Of(r.TotalStaff), Cell.Of(r.Trained), Cell.Of(st.Percent), Cell.Of(st.StillToTrain),
                Cell.Of(r.Sessions), Cell.Of(r.LastSessionDate), Cell.Of(st.Met ? t.Yes : t.No)]
            : [Cell.Of(i + 1), Cell.Of(u.Unit.Name), Cell.Empty, Cell.Empty, Cell.Empty, Cell.Empty, Cell.Empty, Cell.Empty, Cell.Of(NotReported(t))]))
            .ToList();
        rows.Add([Cell.Empty, Cell.Of(t.WholeDepartment), Cell.Of(s.Training.TotalStaff), Cell.Of(s.Training.Trained), Cell.Of(s.Training.Percent),
            Cell.Of(s.Units.Sum(u => u.TrainingStanding?.StillToTrain ?? 0)), Cell.Of(s.Units.Sum(u => u.Training?.Sessions ?? 0)), Cell.Empty,
            Cell.Of(t.OfUnits(s.Training.UnitsMet, s.Units.Count))]);
        return rows;
    }

    private static IReadOnlyList<Cell> UnitPlanRow(Texts t, int n, UnitSummary u)
    {
        var p = u.UnitPlan;
        var st = u.UnitPlanStanding.Status;
        return
        [
            Cell.Of(n), Cell.Of(u.Unit.Name), Cell.Of(UnitPlanState(t, u)), Cell.Of(p?.Number), Cell.Of(p?.IssuedOn), Cell.Of(p?.SentOn),
            Cell.Of(t.DeadlineText(st)), st.State is DeadlineState.Late or DeadlineState.Overdue ? Cell.Of(st.Days) : Cell.Empty,
            Cell.Of(p?.Link), Cell.Of(p?.Note), .. FileCells(t, u.UnitPlanFile), Cell.Of(Review(t, u, SubmissionItems.UnitPlan)),
        ];
    }

    private static List<IReadOnlyList<Cell>> ModelRows(Texts t, DepartmentSummary s)
    {
        var rows = new List<IReadOnlyList<Cell>>();
        foreach (var (u, i) in s.Units.Select((u, i) => (u, i + 1)))
        {
            if (u.Models.Count == 0)
                rows.Add([Cell.Of(i), Cell.Of(u.Unit.Name), Cell.Of(t.NoModelYet), Cell.Empty, Cell.Empty, Cell.Empty, Cell.Empty, Cell.Empty, Cell.Empty]);
            foreach (var (m, k) in u.Models.Select((m, k) => (m, k)))
                rows.Add([Cell.Of(i), Cell.Of(u.Unit.Name), Cell.Of(m.Name), Cell.Of(t.FieldName(m.Field)), Cell.Of(m.NewRuralArea ? t.Yes : t.No),
                    Cell.Of(m.StartDate), Cell.Of(t.StatusName(m.Status)), Cell.Of(m.Beneficiaries), Cell.Of(m.Results),
                    .. FileCells(t, k < u.ModelFiles.Count ? u.ModelFiles[k] : null)]);
        }
        return rows;
    }

    private static IReadOnlyList<Cell> ReportRow(Texts t, int n, UnitSummary u)
    {
        var st = u.Report.Deadline;
        var days = st.State is DeadlineState.Late or DeadlineState.Overdue ? Cell.Of(st.Days) : Cell.Empty;
        if (u.Report.Report is not { } r)
            return [Cell.Of(n), Cell.Of(u.Unit.Name), Cell.Of(ReportState(t, u.Report)), Cell.Empty, Cell.Empty, days,
                .. Enumerable.Repeat(Cell.Empty, 14), .. FileCells(t, u.ReportFile), Cell.Of(Review(t, u, SubmissionItems.Report))];
        return
        [
            Cell.Of(n), Cell.Of(u.Unit.Name), Cell.Of(ReportState(t, u.Report)), Cell.Of(r.ReportNumber), Cell.Of(r.ReportDate), days,
            .. r.Democracy().Select(d => Cell.Of(d.Done ? t.Yes : t.No)),
            Cell.Of(u.Report.DemocracyDone), Cell.Of(r.ReformTasksDone), Cell.Of(r.ReformTasksTotal), Cell.Of(r.Satisfaction),
            Cell.Of(r.CitizenDialogues), Cell.Of(r.PetitionsReceived), Cell.Of(r.PetitionsResolved), Cell.Of(t.RatingName(r.Rating)),
            .. FileCells(t, u.ReportFile),
            Cell.Of(Review(t, u, SubmissionItems.Report)),
        ];
    }

    private static string UnitPlanState(Texts t, UnitSummary u) => u.UnitPlanStanding.Progress switch
    {
        UnitPlanProgress.NotReported => NotReported(t),
        UnitPlanProgress.NotIssued => t.UnitPlanState(false),
        UnitPlanProgress.IssuedNotSent => $"{t.UnitPlanState(true)}, {t.UnitPlanNotSentYet.ToLowerInvariant()}",
        _ => $"{t.UnitPlanState(true)}, {t.DeadlineText(u.UnitPlanStanding.Status)}",
    };

    private static string ReportState(Texts t, ReportStanding r) =>
        r.Report is null ? $"{NotReported(t)}, {t.DeadlineText(r.Deadline)}" : t.DeadlineText(r.Deadline);

    // The standing's sentence ends with a full stop; a cell does not.
    private static string NotReported(Texts t) => t.NotReportedYet.TrimEnd('.');

    private static decimal Percent(int count, int of) => Percentages.Of(count, of);
}
