using DanVan.Domain.Plans;
using DanVan.Domain.Progress;

namespace DanVan.Domain.Reports;

/// <summary>
/// Where a unit stands on targets 3–5 from its results report (null: not sent yet), and whether the report came
/// by the deadline. The report's own date is what the department checks against 15/10.
/// </summary>
public sealed record ReportStanding(DateOnly Due, DeadlineStatus Deadline, ResultsReport? Report)
{
    public static ReportStanding Of(ResultsReport? report, Plan plan, DateOnly today)
    {
        var due = plan.Deadline(DeadlineIds.ResultsReport).Date;
        return new(due, DeadlineStatus.Of(due, report?.ReportDate, today), report);
    }

    /// <summary>
    /// Targets 3, 4 and 5. The results report is the year's final account: what it shows short of a target is not
    /// met, not "in progress". Not sent: missing, or overdue once its deadline has passed.
    /// </summary>
    public IReadOnlyList<TargetProgress> ToProgress()
    {
        if (Report is null)
        {
            var status = Deadline.State == DeadlineState.Overdue ? ProgressStatus.Overdue : ProgressStatus.Missing;
            return [Row(TargetNumbers.Democracy, status, 0m), Row(TargetNumbers.Reform, status, 0m), Row(TargetNumbers.Rating, status, 0m)];
        }
        return
        [
            Row(TargetNumbers.Democracy, Final(DemocracyMet), DemocracyCompletion),
            Row(TargetNumbers.Reform, Final(ReformMet), ReformCompletion),
            Row(TargetNumbers.Rating, Final(RatingMet), RatingCompletion),
        ];
    }

    private TargetProgress Row(int target, ProgressStatus status, decimal completion) =>
        new(target, status, completion, DeadlineIds.ResultsReport, Report?.ReportDate);

    private static ProgressStatus Final(bool met) => met ? ProgressStatus.Met : ProgressStatus.NotMet;

    public int DemocracyDone => Report?.Democracy().Count(d => d.Done) ?? 0;
    public static int DemocracyTotal => Enum.GetValues<DemocracyItem>().Length;
    public IReadOnlyList<DemocracyItem> DemocracyNotDone =>
        Report?.Democracy().Where(d => !d.Done).Select(d => d.Item).ToList() ?? [.. Enum.GetValues<DemocracyItem>()];
    public decimal DemocracyCompletion => (decimal)DemocracyDone / DemocracyTotal;
    public bool DemocracyMet => Report is not null && DemocracyDone == DemocracyTotal;

    public int ReformTasksLeft => Report is { } r ? r.ReformTasksTotal - r.ReformTasksDone : 0;
    public decimal ReformCompletion => Report is { ReformTasksTotal: > 0 } r ? (decimal)r.ReformTasksDone / r.ReformTasksTotal : 0m;
    /// <summary>Rounded to one decimal; one task short never reads "100%" (Percentages).</summary>
    public decimal ReformPercent => Percentages.FromShare(ReformCompletion);
    public bool ReformMet => Report is not null && ReformTasksLeft == 0;

    /// <summary>The department aims for "Tốt" or better; "Khá" is half way.</summary>
    public bool RatingMet => Report?.Rating is SelfRating.Excellent or SelfRating.Good;
    public decimal RatingCompletion => Report?.Rating switch
    {
        SelfRating.Excellent or SelfRating.Good => 1m,
        SelfRating.Fair => 0.5m,
        _ => 0m,
    };
}
