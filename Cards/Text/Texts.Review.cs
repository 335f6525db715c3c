using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Domain.Reviews;
using DanVan.Domain.UnitPlans;

namespace DanVan.Cards.Text;

// Văn phòng Sở's review of the unit plans and results reports ("tiếp nhận", "trả lại").
public abstract partial class Texts
{
    public abstract string ReviewStateName(ReviewState state);
    /// <summary>The state with its date and, for a return, the comment: for the standing, the summary and the export.</summary>
    public abstract string ReviewStateLine(ReviewState state, DateOnly? on, string? comment);
    public abstract string ReviewItemName(string item);
    public abstract string ReviewFileLabel { get; }

    public abstract string ReviewQueueTitle { get; }
    public abstract string ReviewQueueEmpty { get; }
    public abstract string ReviewQueueSubtitle(int count, string asOf);
    public abstract string ReviewQueueMore(int more);
    public abstract string ReviewQueueEntry(string unitName, string item, string sentAt, string by);
    public abstract string ReviewViewButton { get; }
    public abstract string ReviewAcceptButton { get; }
    public abstract string ReviewReturnButton { get; }
    public abstract string ReviewQueueButton { get; }

    public abstract string ReviewTitle(string item, string unitName);
    public abstract string ReviewUnitFact { get; }
    public abstract string ReviewContentFact { get; }
    public abstract string ReviewSentFact { get; }
    public abstract string ReviewStateFact { get; }
    public abstract string ReviewFieldsLabel { get; }
    public abstract string ReviewCommentLabel { get; }
    public abstract string ReviewCommentPlaceholder { get; }
    public abstract string ReviewCommentRequired { get; }
    public abstract string ReviewCommentTooLong(int max);
    public abstract string ReviewCommentInvalid { get; }
    public abstract string ReviewNothingSubmitted(string unitName, string item);
    public abstract string ReviewUnknown { get; }
    public abstract string ReviewResent(string when);
    public abstract string ReviewAlreadyReviewed(string who, string when);
    public abstract string ReviewHistoryHeading { get; }

    public abstract string ReviewAcceptedTitle(string item, string unitName);
    public abstract string ReviewReturnedTitle(string item, string unitName);
    public abstract string ReviewAcceptedReply(string item, string unitName);
    public abstract string ReviewReturnedReply(string item, string unitName, int recipients);

    public abstract string ReviewNoticeTitle(string item);
    public abstract string ReviewNoticeSummary(string item);
    public abstract string ReviewNoticeBody(string reviewer, string when);
    public abstract string ReviewNoticeFields(string fields);
    public abstract string ReviewNoticeHint { get; }
    public abstract string ReviewOpenFormButton(string item);

    public abstract string ReviewSummaryHeading { get; }
    public abstract string ReviewSummaryCounts(int pending, int accepted, int returned);

    /// <summary>"Tiếp nhận: kế hoạch" for the history's item column.</summary>
    public abstract string ReviewHistoryItem(string item);
    public abstract string ReviewHistoryChange(ReviewDecision decision, string? comment);

    /// <summary>The label of a field a return may name, as the unit's form shows it.</summary>
    public string ReviewFieldLabel(string item, string field) => (item, field) switch
    {
        (_, ReviewItems.FileField) => ReviewFileLabel,
        (SubmissionItems.UnitPlan, UnitPlanFields.Issued) => UnitPlanIssuedToggle,
        (SubmissionItems.UnitPlan, UnitPlanFields.Number) => UnitPlanNumberLabel,
        (SubmissionItems.UnitPlan, UnitPlanFields.IssuedOn) => UnitPlanIssuedOnLabel,
        (SubmissionItems.UnitPlan, UnitPlanFields.SentOn) => UnitPlanSentOnLabel,
        (SubmissionItems.UnitPlan, UnitPlanFields.Link) => UnitPlanLinkLabel,
        (SubmissionItems.UnitPlan, UnitPlanFields.Note) => UnitPlanNoteLabel,
        (_, ReportFields.DemocracyRegulation) => DemocracyShort(DemocracyItem.Regulation),
        (_, ReportFields.StaffConference) => DemocracyShort(DemocracyItem.StaffConference),
        (_, ReportFields.InformationPublic) => DemocracyShort(DemocracyItem.InformationPublic),
        (_, ReportFields.StaffConsulted) => DemocracyShort(DemocracyItem.StaffConsulted),
        (_, ReportFields.HeadDialogue) => DemocracyShort(DemocracyItem.HeadDialogue),
        (_, ReportFields.FeedbackChannel) => DemocracyShort(DemocracyItem.FeedbackChannel),
        (_, ReportFields.ReformTasksDone) => ReformTasksDoneLabel,
        (_, ReportFields.ReformTasksTotal) => ReformTasksTotalLabel,
        (_, ReportFields.Satisfaction) => SatisfactionLabel,
        (_, ReportFields.CitizenDialogues) => CitizenDialoguesLabel,
        (_, ReportFields.PetitionsReceived) => PetitionsReceivedLabel,
        (_, ReportFields.PetitionsResolved) => PetitionsResolvedLabel,
        (_, ReportFields.Rating) => RatingLabel,
        (_, ReportFields.ReportNumber) => ReportNumberLabel,
        (_, ReportFields.ReportDate) => ReportDateLabel,
        (_, ReportFields.Link) => ReportLinkLabel,
        _ => field,
    };
}
