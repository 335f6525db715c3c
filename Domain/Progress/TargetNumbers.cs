namespace DanVan.Domain.Progress;

/// <summary>The plan's five numbered targets, as the 2024 plan numbers them and the standing and summary show them.</summary>
public static class TargetNumbers
{
    public const int Training = 1;
    public const int UnitPlan = 2;
    public const int Democracy = 3;
    public const int Reform = 4;
    public const int Rating = 5;
}
