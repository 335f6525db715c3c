using DanVan.Domain.Validation;

namespace DanVan.Domain.Reviews;

/// <summary>Why a review cannot be stored as sent.</summary>
public enum ReviewProblem { None, CommentRequired, CommentTooLong, CommentInvalid }

/// <summary>
/// The office's review as typed on the card (untrusted): the comment normalised like any form text and capped at
/// <see cref="ReviewItems.MaxComment"/>, required to return; the fields kept only if they are the item's own, in the
/// form's order.
/// </summary>
public sealed record ReviewInput(string? Comment, IReadOnlyList<string> Fields, ReviewProblem Problem)
{
    public static ReviewInput Read(ReviewDecision decision, string item, string? rawComment, string? rawFields)
    {
        var named = (rawFields ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<string> fields = [.. ReviewItems.FieldsOf(item).Where(named.Contains)];
        var read = UntrustedText.Read(rawComment, multiline: true);
        var problem = read.Problem != TextProblem.None ? ReviewProblem.CommentInvalid
            : read.Value is { Length: > ReviewItems.MaxComment } ? ReviewProblem.CommentTooLong
            : decision == ReviewDecision.Returned && read.Value is null ? ReviewProblem.CommentRequired
            : ReviewProblem.None;
        return new(problem == ReviewProblem.None ? read.Value : null, fields, problem);
    }
}
