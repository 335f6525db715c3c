namespace DanVan.Domain.OfficialReports;

/// <summary>
/// What the department's annual report needs in words that no figure gives, written by Văn phòng Sở before the report
/// is generated: I. leadership and direction, III. overall assessment, IV. next steps, V. recommendations. Each is
/// optional; one left empty stays a marked gap in the document for the office to complete in Word.
/// </summary>
public sealed record DepartmentReportTexts(string? Leadership, string? Assessment, string? Directions, string? Recommendations)
{
    public static readonly DepartmentReportTexts Empty = new(null, null, null, null);

    /// <summary>Stored as an item of a partition of its own ("{plan}|~so"): not a unit id (units are [A-Z0-9_-]),
    /// so it never shows in a unit's data, and its change and audit entry are still one transaction.</summary>
    public const string StorageUnit = "~so";

    public const string Item = "department-report";
}
