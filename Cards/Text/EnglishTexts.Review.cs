using DanVan.Domain.Repositories;
using DanVan.Domain.Reviews;

namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts
{
    public override string ReviewStateName(ReviewState state) => state switch
    {
        ReviewState.Pending => "Awaiting review",
        ReviewState.Accepted => "Accepted",
        ReviewState.Returned => "Returned",
        _ => "Not sent",
    };

    public override string ReviewStateLine(ReviewState state, DateOnly? on, string? comment) => state switch
    {
        ReviewState.Accepted when on is { } d => $"Accepted on {Date(d)}",
        ReviewState.Returned when on is { } d => $"Returned on {Date(d)}: {comment}",
        _ => ReviewStateName(state),
    };

    public override string ReviewItemName(string item) => item == SubmissionItems.UnitPlan ? "Unit plan" : "Results report";
    public override string ReviewFileLabel => "Attached file";

    public override string ReviewQueueTitle => "Awaiting review";
    public override string ReviewQueueEmpty => "Nothing is awaiting review.";
    public override string ReviewQueueSubtitle(int count, string asOf) => $"{count} submissions awaiting the office's review, oldest first — as of {asOf}";
    public override string ReviewQueueMore(int more) => $"… and {more} more: review the ones above, then type \"review queue\" again.";
    public override string ReviewQueueEntry(string unitName, string item, string sentAt, string by) => $"{unitName} — {item} (sent {sentAt}, {by})";
    public override string ReviewViewButton => "View";
    public override string ReviewAcceptButton => "Accept";
    public override string ReviewReturnButton => "Return for more";
    public override string ReviewQueueButton => "Awaiting review";

    public override string ReviewTitle(string item, string unitName) => $"Review: {item} — {unitName}";
    public override string ReviewUnitFact => "Unit";
    public override string ReviewContentFact => "Content";
    public override string ReviewSentFact => "Sent";
    public override string ReviewStateFact => "State";
    public override string ReviewFieldsLabel => "Fields to complete (when returning)";
    public override string ReviewCommentLabel => "Comment (required to return)";
    public override string ReviewCommentPlaceholder => "Say what the unit must add or correct";
    public override string ReviewCommentRequired => "Not saved: say what the unit must add before returning it.";
    public override string ReviewCommentTooLong(int max) => $"Not saved: the comment is longer than {max} characters.";
    public override string ReviewCommentInvalid => "Not saved: the comment holds a control or broken character; please type it again.";
    public override string ReviewNothingSubmitted(string unitName, string item) => $"{unitName} has not sent its {item.ToLower(Culture)}: nothing to review.";
    public override string ReviewUnknown => "This submission was not found. Type \"review queue\" for the current list.";
    public override string ReviewResent(string when) => $"Not saved: the unit sent it again at {when}, after you opened it. Here is the new version — please review it again.";
    public override string ReviewAlreadyReviewed(string who, string when) => $"Not saved: {who} reviewed this at {when}. Here is where it stands now.";
    public override string ReviewHistoryHeading => "Reviews";

    public override string ReviewAcceptedTitle(string item, string unitName) => $"Accepted: {item} — {unitName}";
    public override string ReviewReturnedTitle(string item, string unitName) => $"Returned for more: {item} — {unitName}";
    public override string ReviewAcceptedReply(string item, string unitName) => $"Saved: the office accepted the {item.ToLower(Culture)} of {unitName}.";
    public override string ReviewReturnedReply(string item, string unitName, int recipients) => recipients > 0
        ? $"Saved: the {item.ToLower(Culture)} of {unitName} was returned. DanVan is sending the comment to {recipients} unit head(s) in their personal chat."
        : $"Saved: the {item.ToLower(Culture)} of {unitName} was returned. No head of the unit has a chat with DanVan: tell the unit another way.";

    public override string ReviewNoticeTitle(string item) => $"{item} returned for more";
    public override string ReviewNoticeSummary(string item) => $"The office returned your {item.ToLower(Culture)} for more.";
    public override string ReviewNoticeBody(string reviewer, string when) => $"{reviewer} (office) returned it at {when} with this comment:";
    public override string ReviewNoticeFields(string fields) => $"To complete: {fields}";
    public override string ReviewNoticeHint => "It counts as not sent until the unit sends it again.";
    public override string ReviewOpenFormButton(string item) => $"Open the {item.ToLower(Culture)}";

    public override string ReviewSummaryHeading => "Review of submissions";
    public override string ReviewSummaryCounts(int pending, int accepted, int returned) =>
        $"awaiting {pending} · accepted {accepted} · returned {returned}";

    public override string ReviewHistoryItem(string item) => $"Review: {item.ToLower(Culture)}";
    public override string ReviewHistoryChange(ReviewDecision decision, string? comment) =>
        decision == ReviewDecision.Accepted ? "Accepted" : $"Returned for more: {comment}";
}
