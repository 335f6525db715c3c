using System.Globalization;
using DanVan.Domain.Models;
using DanVan.Domain.Plans;
using DanVan.Domain.Progress;
using DanVan.Domain.Standing;
using DanVan.Domain.Reminders;
using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Domain.Reviews;
using DanVan.Domain.Roster;
using DanVan.Domain.Training;
using DanVan.Domain.UnitPlans;

namespace DanVan.Domain.Department;

/// <summary>
/// The department picture the office reports upwards ("tổng hợp"): every active unit's standing on each item, the
/// department-wide figures, and who still lacks what. Built from one plan-wide read of the submissions and the
/// roster; every rule comes from the item's own standing (training, unit plan, models, results report), so the
/// summary can never disagree with what a unit head sees in "tình hình".
/// </summary>
public sealed record DepartmentSummary(
    DateOnly Today,
    IReadOnlyList<UnitSummary> Units,
    TrainingFigures Training,
    UnitPlanFigures UnitPlan,
    ModelFigures Models,
    DemocracyFigures Democracy,
    ReportFigures Reports,
    IReadOnlyList<MissingList> Missing)
{
    /// <summary>Unit names sort as Vietnamese readers expect ("Chi cục" before "Phòng", "Đ" after "D").</summary>
    public static readonly StringComparer NameOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    /// <param name="units">The roster's units; inactive ones are left out, whatever they stored.</param>
    /// <param name="stored">What the plan-wide read returned: units with nothing stored are simply absent.</param>
    public static DepartmentSummary Of(Plan plan, IEnumerable<Unit> units, IEnumerable<UnitSubmissions> stored, DateOnly today) =>
        Of(ProgressItems.Standard, plan, units, stored, today);

    /// <param name="items">The registered forms' progress items: each unit's rows, and a missing list for every item
    /// beyond the plan's own four (those have their own figures and lists above).</param>
    public static DepartmentSummary Of(ProgressItems items, Plan plan, IEnumerable<Unit> units, IEnumerable<UnitSubmissions> stored, DateOnly today)
    {
        var byId = stored.ToDictionary(u => u.UnitId, StringComparer.Ordinal);
        var rows = units.Where(u => u.Active).DistinctBy(u => u.Id)
            .Select(u => UnitSummary.Of(items, plan, u, byId.GetValueOrDefault(u.Id) ?? UnitSubmissions.Empty(u.Id), today))
            .OrderBy(r => r.Unit.Name, NameOrder).ThenBy(r => r.Unit.Id, StringComparer.Ordinal)
            .ToList();

        // Every unit's place among the active units, by the same overall completion the unit head's standing shows.
        var ranks = Ranking.All(rows.ToDictionary(r => r.Unit.Id, r => r.Overall, StringComparer.Ordinal), [.. rows.Select(r => r.Unit.Id)]);
        rows = [.. rows.Select(r => r with { Rank = ranks[r.Unit.Id] })];

        return new DepartmentSummary(today, rows,
            TrainingFigures.Of(rows), UnitPlanFigures.Of(rows), ModelFigures.Of(rows), DemocracyFigures.Of(rows), ReportFigures.Of(rows),
            [.. Enum.GetValues<SummaryItem>().Select(item => MissingList.Of(item, plan, rows))])
        {
            Reform = ReformFigures.Of(rows),
            Targets = [.. plan.Targets.Select(t => TargetTally.Of(t.Number, rows))],
            Others = [.. items.All.Where(i => !ProgressItems.Standard.All.Contains(i)).Select(i => ItemMissing.Of(i, plan, rows, today))],
        };
    }

    /// <summary>Văn phòng Sở's review of the unit plans and results reports: how many wait, were accepted, were returned.</summary>
    public IReadOnlyList<ReviewFigures> Reviews => [.. ReviewItems.All.Select(item => ReviewFigures.Of(item, Units))];

    /// <summary>Target 4 (CCHC) across the department, from the results reports received.</summary>
    public ReformFigures Reform { get; init; } = new(0, 0, 0, 0);

    /// <summary>Per numbered target, how many units have met it, are overdue, or have not yet: the chart's bars.</summary>
    public IReadOnlyList<TargetTally> Targets { get; init; } = [];

    /// <summary>The units lacking each item beyond the plan's own four (the forms added since), in report order.</summary>
    public IReadOnlyList<ItemMissing> Others { get; init; } = [];

    /// <summary>Units by rank (best first, ties by name): the office's league table.</summary>
    public IReadOnlyList<UnitSummary> Ranked => [.. Units.OrderBy(u => u.Rank.Position)];
}

/// <summary>One unit's line of the summary: its values (null: not submitted) and their standings.</summary>
public sealed record UnitSummary(
    Unit Unit,
    TrainingReport? Training,
    TrainingStanding? TrainingStanding,
    UnitPlanReport? UnitPlan,
    UnitPlanStanding UnitPlanStanding,
    IReadOnlyList<DanVanKheoModel> Models,
    ModelStanding ModelStanding,
    ReportStanding Report)
{
    /// <summary>The current document of the unit's plan, if one was sent.</summary>
    public Files.StoredFile? UnitPlanFile { get; init; }

    /// <summary>The current document of the results report, if one was sent.</summary>
    public Files.StoredFile? ReportFile { get; init; }

    /// <summary>Each model's current evidence (null: none), in the order of <see cref="Models"/>.</summary>
    public IReadOnlyList<Files.StoredFile?> ModelFiles { get; init; } = [];

    /// <summary>The unit's row per target, as its own standing shows them (UnitProgress).</summary>
    public IReadOnlyList<TargetProgress> Progress { get; init; } = [];

    /// <summary>The unit's overall completion (0–1), the mean the rank uses.</summary>
    public decimal Overall { get; init; }

    /// <summary>Overall completion in percent (Percentages' rounding).</summary>
    public decimal OverallPercent => Percentages.FromShare(Overall);

    /// <summary>The unit's place among the department's active units; set by <see cref="DepartmentSummary.Of"/>.</summary>
    public Rank Rank { get; init; } = new(1, 1, 0m);

    /// <summary>Everything the unit has submitted, for the columns of forms that have no field of their own here.</summary>
    public UnitSubmissions Data { get; init; } = UnitSubmissions.Empty(Unit.Id);

    /// <summary>The unit's rows per progress item (report order), as <see cref="Progress"/> has them by target.</summary>
    public IReadOnlyList<(ProgressItem Item, IReadOnlyList<TargetProgress> Rows)> Items { get; init; } = [];

    public static UnitSummary Of(Plan plan, Unit unit, UnitSubmissions data, DateOnly today) => Of(ProgressItems.Standard, plan, unit, data, today);

    public static UnitSummary Of(ProgressItems items, Plan plan, Unit unit, UnitSubmissions data, DateOnly today)
    {
        var byItem = items.ByItem(plan, data, today);
        var progress = byItem.SelectMany(x => x.Rows).OrderBy(r => r.Target ?? int.MaxValue).ToList();
        var training = data.Get<TrainingReport>(SubmissionItems.Training)?.Value;
        var unitPlan = data.Get<UnitPlanReport>(SubmissionItems.UnitPlan);
        // Models in the order they were started, so the export lists a unit's models as it built them.
        var stored = data.GetAll<DanVanKheoModel>(SubmissionItems.ModelPrefix).Select(m => m.Value)
            .OrderBy(m => m.Value.StartDate).ThenBy(m => m.Value.Name, StringComparer.Ordinal).ToList();
        var models = stored.Select(m => m.Value).ToList();
        var report = data.Get<ResultsReport>(SubmissionItems.Report);
        return new UnitSummary(unit,
            training, training is null ? null : TrainingStanding.Of(training, plan.Target(1)),
            // A submission the office returned counts as not sent; the values stay for the office to read.
            unitPlan?.Value, UnitPlanStanding.Of(Reviewed.Value<UnitPlanReport>(data, SubmissionItems.UnitPlan), plan, today),
            models, ModelStanding.Of(models, plan.Models),
            ReportStanding.Of(Reviewed.Value<ResultsReport>(data, SubmissionItems.Report), plan, today))
        {
            UnitPlanFile = unitPlan?.Files?.Current,
            ReportFile = report?.Files?.Current,
            ModelFiles = [.. stored.Select(m => m.Files?.Current)],
            UnitPlanReview = ReviewStanding.Of(data, SubmissionItems.UnitPlan),
            ReportReview = ReviewStanding.Of(data, SubmissionItems.Report),
            Progress = progress,
            Overall = UnitProgress.Overall(plan, progress),
            Data = data,
            Items = byItem,
        };
    }

    /// <summary>Văn phòng Sở's review of the unit's plan.</summary>
    public ReviewStanding UnitPlanReview { get; init; } = ReviewStanding.None(SubmissionItems.UnitPlan);

    /// <summary>Văn phòng Sở's review of the unit's results report.</summary>
    public ReviewStanding ReportReview { get; init; } = ReviewStanding.None(SubmissionItems.Report);

    public ReviewStanding ReviewOf(string item) => item == SubmissionItems.UnitPlan ? UnitPlanReview : ReportReview;

    /// <summary>Whether the unit still lacks <paramref name="item"/>: for the two deadlines exactly what the reminders
    /// chase (<see cref="ReminderItem"/>); for training and models, the target or minimum not reached yet.</summary>
    public bool Lacks(SummaryItem item) => item switch
    {
        SummaryItem.Training => TrainingStanding is not { Met: true },
        SummaryItem.UnitPlan => !UnitPlanStanding.Status.IsDone,
        SummaryItem.Models => !ModelStanding.Met,
        _ => Report.Report is null,
    };
}

/// <summary>The four things a unit submits, in the order the office reports them.</summary>
public enum SummaryItem { Training, UnitPlan, Models, Report }
