using DanVan.Domain.Department;

namespace DanVan.Domain.OfficialReports;

/// <summary>Target 4 across the results reports received: CCHC tasks done of all, the mean satisfaction (of the
/// units that reported it), dialogues held, petitions received and resolved: the figures the department's written
/// report quotes, beyond the summary's share of tasks done.</summary>
public sealed record ReformReportFigures(int Reports, int TasksDone, int TasksTotal, decimal? MeanSatisfaction, int Dialogues, int PetitionsReceived, int PetitionsResolved)
{
    /// <summary>Rounded as every percentage is (<see cref="Progress.Percentages"/>); the share itself is the
    /// department summary's <see cref="Department.ReformFigures"/>.</summary>
    public decimal TasksPercent => Progress.Percentages.Of(TasksDone, TasksTotal);

    public static ReformReportFigures Of(IReadOnlyList<UnitSummary> rows)
    {
        var reports = rows.Select(r => r.Report.Report).OfType<Reports.ResultsReport>().ToList();
        return new ReformReportFigures(reports.Count, reports.Sum(r => r.ReformTasksDone), reports.Sum(r => r.ReformTasksTotal),
            reports.Count == 0 ? null : Math.Round(reports.Average(r => r.Satisfaction), 1, MidpointRounding.ToZero),
            reports.Sum(r => r.CitizenDialogues), reports.Sum(r => r.PetitionsReceived), reports.Sum(r => r.PetitionsResolved));
    }
}
