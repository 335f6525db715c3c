using DanVan.Domain.Department;

namespace DanVan.Domain.OfficialReports;

/// <summary>Target 4 across the results reports received: CCHC tasks done of all, the mean satisfaction (of the
/// units that reported it), dialogues held, petitions received and resolved. For the department's report.</summary>
public sealed record ReformFigures(int Reports, int TasksDone, int TasksTotal, decimal? MeanSatisfaction, int Dialogues, int PetitionsReceived, int PetitionsResolved)
{
    /// <summary>Rounded down, like a unit's own percentage.</summary>
    public decimal TasksPercent => TasksTotal == 0 ? 0m : Math.Floor(1000m * TasksDone / TasksTotal) / 10m;

    public static ReformFigures Of(IReadOnlyList<UnitSummary> rows)
    {
        var reports = rows.Select(r => r.Report.Report).OfType<Reports.ResultsReport>().ToList();
        return new ReformFigures(reports.Count, reports.Sum(r => r.ReformTasksDone), reports.Sum(r => r.ReformTasksTotal),
            reports.Count == 0 ? null : Math.Round(reports.Average(r => r.Satisfaction), 1, MidpointRounding.ToZero),
            reports.Sum(r => r.CitizenDialogues), reports.Sum(r => r.PetitionsReceived), reports.Sum(r => r.PetitionsResolved));
    }
}
