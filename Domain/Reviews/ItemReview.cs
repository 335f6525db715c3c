namespace DanVan.Domain.Reviews;

/// <summary>What Văn phòng Sở decided about one submission: accepted ("Tiếp nhận") or returned for more ("Trả lại").</summary>
public enum ReviewDecision { Accepted, Returned }

/// <summary>
/// The office's review of a unit's item, stored in the unit's partition as the item <c>review|{item}</c> (so it is
/// written together with its audit row, conditional on its own version). <paramref name="ReviewedVersion"/> is the
/// version of the item's stored row that was reviewed: any later change to that row (a form save, a file attached)
/// makes the item wait for review again. Who reviewed and when is the stored row's stamp.
/// </summary>
/// <param name="Comment">Required for a return: what the unit must add or correct (normalised untrusted text).</param>
/// <param name="Fields">The item's form fields (or "file") the comment is about; may be empty.</param>
/// <param name="SubmittedAt">When the reviewed submission was stored, for the history and the unit's notice.</param>
public sealed record ItemReview(ReviewDecision Decision, string? Comment, IReadOnlyList<string> Fields, string ReviewedVersion, DateTimeOffset SubmittedAt);
