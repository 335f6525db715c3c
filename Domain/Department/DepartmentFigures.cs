using DanVan.Domain.Plans;
using DanVan.Domain.Progress;
using DanVan.Domain.Reports;
using DanVan.Domain.UnitPlans;

namespace DanVan.Domain.Department;

/// <summary>Target 1 across the department: staff trained overall (not a mean of unit percentages, so a unit of 300
/// weighs more than one of 10), and how many units reported and reached the target.</summary>
public sealed record TrainingFigures(int UnitsReported, int UnitsMet, int TotalStaff, int Trained)
{
    /// <summary>Rounded like a unit's own percentage: a department one person short never reads "100%".</summary>
    public decimal Percent => Percentages.Of(Trained, TotalStaff);

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
    /// <summary>Compliant units among those that reported (Percentages' rounding).</summary>
    public decimal Percent => Percentages.Of(UnitsCompliant, UnitsReported);

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
