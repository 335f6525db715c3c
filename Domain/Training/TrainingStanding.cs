using DanVan.Domain.Plans;

namespace DanVan.Domain.Training;

/// <summary>Where a unit stands on target 1 (the required share of staff trained).</summary>
public sealed record TrainingStanding(int Trained, int TotalStaff, decimal Percent, int RequiredPercent, int StillToTrain)
{
    public bool Met => StillToTrain == 0;

    public static TrainingStanding Of(TrainingReport report, Target target)
    {
        // Rounded down so a unit one person short never reads "100%".
        var percent = report.TotalStaff == 0 ? 0m : Math.Floor(1000m * report.Trained / report.TotalStaff) / 10m;
        // People still needed to reach the required share, rounded up: 100% of 50 with 45 trained leaves 5.
        var needed = (int)Math.Ceiling(report.TotalStaff * target.RequiredPercent / 100m);
        return new TrainingStanding(report.Trained, report.TotalStaff, percent, target.RequiredPercent,
            Math.Max(0, needed - report.Trained));
    }
}
