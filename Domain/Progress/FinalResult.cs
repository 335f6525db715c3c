using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;

namespace DanVan.Domain.Progress;

/// <summary>
/// A closed year's result on one row of the unit's progress: achieved (đạt) or not (chưa đạt), with the completion
/// as it stood on the year's last open day. No deadline counts: the year is over.
/// </summary>
public sealed record FinalResult(TargetProgress Progress, bool Achieved)
{
    /// <summary>Every row as <see cref="UnitProgress"/> judges it on <see cref="Plan.LastOpenDay"/>; only "met" is đạt.</summary>
    public static IReadOnlyList<FinalResult> Of(Plan plan, UnitSubmissions unit) => Of(ProgressItems.Standard, plan, unit);

    /// <summary>The same over <paramref name="items"/>, the registered forms' items.</summary>
    public static IReadOnlyList<FinalResult> Of(ProgressItems items, Plan plan, UnitSubmissions unit) =>
        [.. items.Of(plan, unit, plan.LastOpenDay).Select(p => new FinalResult(p, p.Status == ProgressStatus.Met))];
}
