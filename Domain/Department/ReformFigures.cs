using DanVan.Domain.Progress;

namespace DanVan.Domain.Department;

/// <summary>Target 4 (CCHC, administrative reform) from the results reports received: units that finished every
/// task they planned, and the tasks done of all planned, department-wide (a unit with 40 tasks weighs more than one
/// with 4).</summary>
public sealed record ReformFigures(int UnitsReported, int UnitsMet, int TasksDone, int TasksTotal)
{
    public decimal Percent => Percentages.Of(TasksDone, TasksTotal);

    public static ReformFigures Of(IReadOnlyList<UnitSummary> rows)
    {
        var reported = rows.Where(r => r.Report.Report is not null).ToList();
        return new ReformFigures(reported.Count, reported.Count(r => r.Report.ReformMet),
            reported.Sum(r => r.Report.Report!.ReformTasksDone), reported.Sum(r => r.Report.Report!.ReformTasksTotal));
    }
}
