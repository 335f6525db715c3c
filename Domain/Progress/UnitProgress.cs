using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Standing;

namespace DanVan.Domain.Progress;

/// <summary>
/// A unit's progress on every target of the plan, from everything it has submitted: the one place the standing,
/// the rank, the summary and the reminders take their statuses and completion figures from. Each row is its item's
/// own (<see cref="ProgressItem"/>); the host counts the registered forms' items, this shorthand the plan's four.
/// </summary>
public static class UnitProgress
{
    /// <summary>Every row of the plan's own four items, numbered targets first (1–5), then the models.</summary>
    public static IReadOnlyList<TargetProgress> Of(Plan plan, UnitSubmissions unit, DateOnly today) => ProgressItems.Standard.Of(plan, unit, today);

    /// <summary>The unit's overall completion: the mean of the numbered targets (units with nothing count 0).</summary>
    public static decimal Overall(Plan plan, IEnumerable<TargetProgress> rows) =>
        Ranking.Overall(rows.Where(r => r.Target is not null).Select(r => (r.Target!.Value, r.Completion)), plan.Targets.Count);
}
