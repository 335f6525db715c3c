using DanVan.Domain.Repositories;

namespace DanVan.Domain.Reviews;

/// <summary>
/// One item's review state for a unit, derived from what is stored: the item's row (its version and stamp) and the
/// office's last review. A review counts only for the version it reviewed: once the unit changes the item, it is
/// waiting for review again.
/// </summary>
/// <param name="Review">The last review stored (of this or an earlier version), null if none.</param>
public sealed record ReviewStanding(string Item, ReviewState State, Stamp? Submitted, string? SubmittedVersion, Versioned<ItemReview>? Review)
{
    public static ReviewStanding Of(UnitSubmissions unit, string item)
    {
        var review = unit.Get<ItemReview>(ReviewItems.KeyOf(item));
        if (ReviewItems.Submission(unit, item) is not { } submitted) return new(item, ReviewState.NotSubmitted, null, null, review);
        var state = review is null || review.Value.ReviewedVersion != submitted.Version ? ReviewState.Pending
            : review.Value.Decision == ReviewDecision.Accepted ? ReviewState.Accepted
            : ReviewState.Returned;
        return new(item, state, submitted.Stamp, submitted.Version, review);
    }

    public static ReviewStanding None(string item) => new(item, ReviewState.NotSubmitted, null, null, null);

    /// <summary>The review that applies to the current submission (accepted or returned), null while pending.</summary>
    public Versioned<ItemReview>? Current => State is ReviewState.Accepted or ReviewState.Returned ? Review : null;
}
