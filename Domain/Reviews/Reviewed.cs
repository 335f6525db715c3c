using DanVan.Domain.Repositories;

namespace DanVan.Domain.Reviews;

/// <summary>
/// An item's value as the targets count it: a submission Văn phòng Sở returned counts as not sent until the unit
/// sends it again. Progress, the summary and the reminders read reviewed items through this.
/// </summary>
public static class Reviewed
{
    public static T? Value<T>(UnitSubmissions unit, string item) where T : class =>
        ReviewItems.IsReviewed(item) && ReviewStanding.Of(unit, item).State == ReviewState.Returned ? null : unit.Get<T>(item)?.Value;
}
