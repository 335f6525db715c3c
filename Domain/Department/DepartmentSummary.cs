using System.Globalization;
using DanVan.Domain.Models;
using DanVan.Domain.Plans;
using DanVan.Domain.Reminders;
using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
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
    public static DepartmentSummary Of(Plan plan, IEnumerable<Unit> units, IEnumerable<UnitSubmissions> stored, DateOnly today)
    {
        var byId = stored.ToDictionary(u => u.UnitId, StringComparer.Ordinal);
        var rows = units.Where(u => u.Active).DistinctBy(u => u.Id)
            .Select(u => UnitSummary.Of(plan, u, byId.GetValueOrDefault(u.Id) ?? UnitSubmissions.Empty(u.Id), today))
            .OrderBy(r => r.Unit.Name, NameOrder).ThenBy(r => r.Unit.Id, StringComparer.Ordinal)
            .ToList();

        return new DepartmentSummary(today, rows,
            TrainingFigures.Of(rows), UnitPlanFigures.Of(rows), ModelFigures.Of(rows), DemocracyFigures.Of(rows), ReportFigures.Of(rows),
            [.. Enum.GetValues<SummaryItem>().Select(item => MissingList.Of(item, plan, rows))]);
    }
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
    public static UnitSummary Of(Plan plan, Unit unit, UnitSubmissions data, DateOnly today)
    {
        var training = data.Get<TrainingReport>(SubmissionItems.Training)?.Value;
        var unitPlan = data.Get<UnitPlanReport>(SubmissionItems.UnitPlan)?.Value;
        // Models in the order they were started, so the export lists a unit's models as it built them.
        var models = data.GetAll<DanVanKheoModel>(SubmissionItems.ModelPrefix).Select(m => m.Value.Value)
            .OrderBy(m => m.StartDate).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
        return new UnitSummary(unit,
            training, training is null ? null : TrainingStanding.Of(training, plan.Target(1)),
            unitPlan, UnitPlanStanding.Of(unitPlan, plan, today),
            models, ModelStanding.Of(models, plan.Models),
            ReportStanding.Of(data.Get<ResultsReport>(SubmissionItems.Report)?.Value, plan, today));
    }

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

/// <summary>Target 1 across the department: staff trained overall (not a mean of unit percentages, so a unit of 300
/// weighs more than one of 10), and how many units reported and reached the target.</summary>
public sealed record TrainingFigures(int UnitsReported, int UnitsMet, int TotalStaff, int Trained)
{
    /// <summary>Rounded down like a unit's own percentage, so a department one person short never reads "100%".</summary>
    public decimal Percent => TotalStaff == 0 ? 0m : Math.Floor(1000m * Trained / TotalStaff) / 10m;

    public static TrainingFigures Of(IReadOnlyList<UnitSummary> rows) => new(
        rows.Count(r => r.Training is not null), rows.Count(r => r.TrainingStanding is { Met: true }),
        rows.Sum(r => r.Training?.TotalStaff ?? 0), rows.Sum(r => r.Training?.Trained ?? 0));
}

/// <summary>Target 2: units whose plan reached Văn phòng Sở on time, late, or not (yet); of those not,
/// how many have issued one without sending it.</summary>
public sealed record UnitPlanFigures(int OnTime, int Late, int Missing, int IssuedNotSent)
{
    public static UnitPlanFigures Of(IReadOnlyList<UnitSummary> rows) => new(
        rows.Count(r => r.UnitPlanStanding.Status.State == DeadlineState.OnTime),
        rows.Count(r => r.UnitPlanStanding.Status.State == DeadlineState.Late),
        rows.Count(r => !r.UnitPlanStanding.Status.IsDone),
        rows.Count(r => r.UnitPlanStanding.Progress == UnitPlanProgress.IssuedNotSent));
}

/// <summary>"Dân vận khéo": models registered in all, those recognised (an award implies recognition), and units
/// at or below the plan's minimum per unit.</summary>
public sealed record ModelFigures(int Registered, int Recognised, int Awarded, int NewRuralArea, int UnitsMet, int UnitsBelow)
{
    public static ModelFigures Of(IReadOnlyList<UnitSummary> rows) => new(
        rows.Sum(r => r.ModelStanding.Count),
        rows.Sum(r => r.ModelStanding.Recognised + r.ModelStanding.Awarded),
        rows.Sum(r => r.ModelStanding.Awarded),
        rows.Sum(r => r.ModelStanding.NewRuralArea),
        rows.Count(r => r.ModelStanding.Met),
        rows.Count(r => !r.ModelStanding.Met));
}

/// <summary>Target 3 (Decree 59/2023), from the results reports received: units doing every checklist item, and
/// how many units do each item.</summary>
public sealed record DemocracyFigures(int UnitsReported, int UnitsCompliant, IReadOnlyList<(DemocracyItem Item, int Units)> ByItem)
{
    /// <summary>Compliant units among those that reported, rounded down.</summary>
    public decimal Percent => UnitsReported == 0 ? 0m : Math.Floor(1000m * UnitsCompliant / UnitsReported) / 10m;

    public static DemocracyFigures Of(IReadOnlyList<UnitSummary> rows)
    {
        var reported = rows.Where(r => r.Report.Report is not null).ToList();
        return new DemocracyFigures(reported.Count, reported.Count(r => r.Report.DemocracyMet),
            [.. Enum.GetValues<DemocracyItem>().Select(i => (i, reported.Count(r => r.Report.Report!.Democracy().Any(d => d.Item == i && d.Done))))]);
    }
}

/// <summary>Results reports (due 15/10): received on time, late, not yet; and the self-ratings of those received.</summary>
public sealed record ReportFigures(int Received, int OnTime, int Late, int Missing, IReadOnlyList<(SelfRating Rating, int Units)> Ratings)
{
    public static ReportFigures Of(IReadOnlyList<UnitSummary> rows)
    {
        var received = rows.Where(r => r.Report.Report is not null).ToList();
        return new ReportFigures(received.Count,
            received.Count(r => r.Report.Deadline.State == DeadlineState.OnTime),
            received.Count(r => r.Report.Deadline.State == DeadlineState.Late),
            rows.Count - received.Count,
            [.. Enum.GetValues<SelfRating>().Select(s => (s, received.Count(r => r.Report.Report!.Rating == s)))]);
    }
}

/// <summary>Why a unit is on a missing list: nothing submitted, figures short of the target, or (unit plan) a plan
/// not issued, or issued but not sent to Văn phòng Sở.</summary>
public enum MissingReason { NotReported, Short, NotIssued, IssuedNotSent }

/// <summary>A unit lacking an item. <paramref name="Deadline"/> is the item's deadline status (null: the plan gives the
/// item no date); <paramref name="Shortfall"/> is what is still needed (staff to train, models to start) when the
/// reason is <see cref="MissingReason.Short"/>.</summary>
public sealed record MissingUnit(Unit Unit, MissingReason Reason, DeadlineStatus? Deadline, int? Shortfall = null)
{
    public int DaysOverdue => Deadline is { State: DeadlineState.Overdue, Days: var d } ? d : 0;
}

/// <summary>The units lacking one item, most overdue first (then by name): the order the office chases them in.</summary>
public sealed record MissingList(SummaryItem Item, DateOnly? Due, IReadOnlyList<MissingUnit> Units)
{
    public static MissingList Of(SummaryItem item, Plan plan, IReadOnlyList<UnitSummary> rows)
    {
        var units = rows.Where(r => r.Lacks(item)).Select(r => item switch
        {
            SummaryItem.Training => r.TrainingStanding is { } s
                ? new MissingUnit(r.Unit, MissingReason.Short, null, s.StillToTrain)
                : new MissingUnit(r.Unit, MissingReason.NotReported, null),
            SummaryItem.UnitPlan => new MissingUnit(r.Unit, r.UnitPlanStanding.Progress switch
            {
                UnitPlanProgress.NotIssued => MissingReason.NotIssued,
                UnitPlanProgress.IssuedNotSent => MissingReason.IssuedNotSent,
                _ => MissingReason.NotReported,
            }, r.UnitPlanStanding.Status),
            SummaryItem.Models => r.ModelStanding.Count > 0
                ? new MissingUnit(r.Unit, MissingReason.Short, null, r.ModelStanding.StillNeeded)
                : new MissingUnit(r.Unit, MissingReason.NotReported, null, r.ModelStanding.StillNeeded),
            _ => new MissingUnit(r.Unit, MissingReason.NotReported, r.Report.Deadline),
        });
        // Rows are already in name order and OrderByDescending is stable.
        return new MissingList(item, DueOf(item, plan), [.. units.OrderByDescending(u => u.DaysOverdue)]);
    }

    private static DateOnly? DueOf(SummaryItem item, Plan plan) => item switch
    {
        SummaryItem.UnitPlan => plan.Deadline(DeadlineIds.UnitPlan).Date,
        SummaryItem.Report => plan.Deadline(DeadlineIds.ResultsReport).Date,
        _ => null,
    };
}
