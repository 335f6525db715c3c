namespace DanVan.Domain.Training;

/// <summary>The training form's field ids, as the card and the validator know them.</summary>
public static class TrainingFields
{
    public const string TotalStaff = "totalStaff";
    public const string Trained = "trained";
    public const string Sessions = "sessions";
    public const string LastSessionDate = "lastSessionDate";

    public static readonly IReadOnlyList<string> All = [TotalStaff, Trained, Sessions, LastSessionDate];
}
