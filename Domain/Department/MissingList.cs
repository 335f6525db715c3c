using DanVan.Domain.Plans;
using DanVan.Domain.Roster;
using DanVan.Domain.UnitPlans;

namespace DanVan.Domain.Department;

/// <summary>Why a unit is on a missing list: nothing submitted, figures short of the target, or (unit plan) a plan
/// not issued, or issued but not sent to Văn phòng Sở.</summary>
// "Short" is the domain's word (short of the target), not the integer type.
#pragma warning disable CA1720
public enum MissingReason { NotReported, Short, NotIssued, IssuedNotSent }
#pragma warning restore CA1720

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
