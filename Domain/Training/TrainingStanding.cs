using DanVan.Domain.Plans;
using DanVan.Domain.Progress;

namespace DanVan.Domain.Training;

/// <summary>Where a unit stands on target 1 (the required share of staff trained).</summary>
public sealed record TrainingStanding(int Trained, int TotalStaff, decimal Percent, int RequiredPercent, int StillToTrain)
{
    public bool Met => StillToTrain == 0;

    /// <summary>Target 1: met once no one is still to train; completion is the share trained, as shown (rounded, never 100 while short).
    /// Not reported yet (null): missing.</summary>
    public static TargetProgress ProgressOf(TrainingStanding? s) => s is null
        ? new TargetProgress(TargetNumbers.Training, ProgressStatus.Missing, 0m)
        : new TargetProgress(TargetNumbers.Training, s.Met ? ProgressStatus.Met : ProgressStatus.InProgress, s.Percent / 100m);

    public static TrainingStanding Of(TrainingReport report, Target target)
    {
        // Rounded (15/16 reads 93,8), yet a unit one person short never reads "100%" (Percentages).
        var percent = Percentages.Of(report.Trained, report.TotalStaff);
        // People still needed to reach the required share, rounded up: 100% of 50 with 45 trained leaves 5.
        var needed = (int)Math.Ceiling(report.TotalStaff * target.RequiredPercent / 100m);
        return new TrainingStanding(report.Trained, report.TotalStaff, percent, target.RequiredPercent,
            Math.Max(0, needed - report.Trained));
    }
}
