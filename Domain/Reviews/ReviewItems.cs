using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Domain.UnitPlans;

namespace DanVan.Domain.Reviews;

/// <summary>The items Văn phòng Sở reviews (the unit's plan and its results report) and where their reviews are kept.</summary>
public static class ReviewItems
{
    /// <summary>A review is stored as the item "review|{item}" beside the item itself.</summary>
    public const string Prefix = "review|";

    /// <summary>A comment may name the attached file as well as form fields.</summary>
    public const string FileField = "file";

    public const int MaxComment = 1000;

    public static readonly IReadOnlyList<string> All = [SubmissionItems.UnitPlan, SubmissionItems.Report];

    public static bool IsReviewed(string? item) => item is not null && All.Contains(item);

    public static string KeyOf(string item) => Prefix + item;

    public static bool IsReviewKey(string item) => item.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The fields a return may name: the form's fields, then the file.</summary>
    public static IReadOnlyList<string> FieldsOf(string item) =>
        [.. item == SubmissionItems.UnitPlan ? UnitPlanFields.All : ReportFields.All, FileField];

    /// <summary>The version and stamp of the item's stored row (null: nothing submitted). Each item is read as its own type.</summary>
    public static (string Version, Stamp Stamp)? Submission(UnitSubmissions unit, string item) => item switch
    {
        SubmissionItems.UnitPlan => unit.Get<UnitPlanReport>(item) is { } p ? (p.Version, p.Stamp) : null,
        SubmissionItems.Report => unit.Get<ResultsReport>(item) is { } r ? (r.Version, r.Stamp) : null,
        _ => null,
    };
}
