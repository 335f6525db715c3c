using DanVan.Domain.Progress;

namespace DanVan.Domain.Department;

/// <summary>
/// One numbered target across the department: units that have met it, units overdue on it (a deadline passed
/// without it), and the rest (not yet: nothing reported, in progress, or short in the final report). The three add
/// up to the active units. Each unit's status is its own standing's (UnitProgress), so the chart never disagrees
/// with what a unit head reads.
/// </summary>
public sealed record TargetTally(int Target, int Met, int Overdue, int NotYet)
{
    public int Units => Met + Overdue + NotYet;

    public static TargetTally Of(int target, IReadOnlyList<UnitSummary> rows)
    {
        var statuses = rows.Select(r => r.Progress.FirstOrDefault(p => p.Target == target)?.Status ?? ProgressStatus.Missing).ToList();
        var met = statuses.Count(s => s == ProgressStatus.Met);
        var overdue = statuses.Count(s => s == ProgressStatus.Overdue);
        return new TargetTally(target, met, overdue, statuses.Count - met - overdue);
    }
}
