using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;

namespace DanVan.Domain.Reviews;

/// <summary>One submission waiting for Văn phòng Sở.</summary>
public sealed record QueuedReview(Unit Unit, ReviewStanding Standing);

/// <summary>"Cần tiếp nhận": every active unit's submissions waiting for review, the oldest submission first.</summary>
public static class AwaitingReview
{
    public static IReadOnlyList<QueuedReview> Of(IEnumerable<Unit> units, IEnumerable<UnitSubmissions> stored)
    {
        var byId = stored.ToDictionary(u => u.UnitId, StringComparer.Ordinal);
        return [.. units.Where(u => u.Active).DistinctBy(u => u.Id)
            .SelectMany(u => ReviewItems.All.Select(item => new QueuedReview(u, ReviewStanding.Of(byId.GetValueOrDefault(u.Id) ?? UnitSubmissions.Empty(u.Id), item))))
            .Where(q => q.Standing.State == ReviewState.Pending)
            .OrderBy(q => q.Standing.Submitted!.At).ThenBy(q => q.Unit.Id, StringComparer.Ordinal).ThenBy(q => q.Standing.Item, StringComparer.Ordinal)];
    }
}
