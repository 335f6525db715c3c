using DanVan.Domain.Reviews;

namespace DanVan.Domain.Department;

/// <summary>
/// One reviewed item across the department: the units whose submission waits for Văn phòng Sở (oldest first), and
/// how many were accepted or returned (the returned ones listed, latest return first).
/// </summary>
public sealed record ReviewFigures(string Item, IReadOnlyList<UnitSummary> Pending, int Accepted, IReadOnlyList<UnitSummary> Returned)
{
    public static ReviewFigures Of(string item, IReadOnlyList<UnitSummary> rows) => new(item,
        [.. rows.Where(r => r.ReviewOf(item).State == ReviewState.Pending).OrderBy(r => r.ReviewOf(item).Submitted!.At)],
        rows.Count(r => r.ReviewOf(item).State == ReviewState.Accepted),
        [.. rows.Where(r => r.ReviewOf(item).State == ReviewState.Returned).OrderByDescending(r => r.ReviewOf(item).Review!.Stamp.At)]);
}
