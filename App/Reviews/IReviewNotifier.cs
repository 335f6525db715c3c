using DanVan.Domain.Repositories;
using DanVan.Domain.Reviews;

namespace DanVan.App.Reviews;

/// <summary>A returned item, as its unit's heads are told about it.</summary>
public sealed record ReturnedItem(string PlanId, string UnitId, string UnitName, string Item, Versioned<ItemReview> Review);

/// <summary>
/// Tells a unit's heads, in their personal chats, that Văn phòng Sở returned an item. Sending is paced proactive
/// work, so it is started here and finishes in the background; the turn that stored the return does not wait.
/// </summary>
public interface IReviewNotifier
{
    /// <summary>Starts the notices; answers how many personal chats they go to (0: no head can be reached).</summary>
    Task<int> StartReturnedAsync(ReturnedItem returned, CancellationToken ct);
}
