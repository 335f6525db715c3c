using DanVan.Domain.Plans;
using DanVan.Domain.Reports;

namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts
{
    public override string ReportButton => "Results report";
    public override string ReportTitle(string unitName) => $"Results report — {unitName}";
    public override string ReportIntro(int planYear, string due) =>
        $"Results of the unit's {planYear} government mass mobilisation work (targets 3, 4 and 5). Due at the department office by {due}.";

    public override string ReportDemocracySection => "1. Workplace democracy (Decree 59/2023/NĐ-CP)";
    public override string ReportDemocracyHint => "Switch on what the unit has done.";
    public override string DemocracyLabel(DemocracyItem item, int planYear) => item switch
    {
        DemocracyItem.Regulation => "Issued or updated the unit's rules on democracy at work",
        DemocracyItem.StaffConference => $"Held the {planYear} staff conference (hội nghị CBCCVC)",
        DemocracyItem.InformationPublic => "Made the required information public (finance, recruitment, awards, …)",
        DemocracyItem.StaffConsulted => "Consulted staff on the matters the law requires",
        DemocracyItem.HeadDialogue => "The head of the unit held a dialogue with staff",
        _ => "Kept a suggestion box or another channel for feedback",
    };
    public override string DemocracyShort(DemocracyItem item) => item switch
    {
        DemocracyItem.Regulation => "Democracy rules",
        DemocracyItem.StaffConference => "Staff conference",
        DemocracyItem.InformationPublic => "Public information",
        DemocracyItem.StaffConsulted => "Staff consulted",
        DemocracyItem.HeadDialogue => "Dialogue with staff",
        _ => "Suggestion box",
    };
    public override string DemocracyDone => "Done";
    public override string DemocracyNotDone => "Not done";

    public override string ReportReformSection => "2. Administrative reform";
    public override string ReformTasksTotalLabel => "Administrative reform tasks of the unit this year";
    public override string ReformTasksDoneLabel => "Administrative reform tasks completed";
    public override string SatisfactionLabel => "Satisfaction of citizens and organisations (%)";
    public override string SatisfactionPlaceholder => "E.g. 92.5";
    public override string ReformTasksFact => "Reform tasks completed";
    public override string SatisfactionFact => "Satisfaction";

    public override string ReportDialogueSection => "3. Dialogue, feedback and complaints";
    public override string CitizenDialoguesLabel => "Dialogues held with citizens";
    public override string PetitionsReceivedLabel => "Feedback, petitions and complaints received";
    public override string PetitionsResolvedLabel => "Feedback, petitions and complaints resolved";
    public override string CitizenDialoguesFact => "Dialogues with citizens";
    public override string PetitionsFact => "Feedback, petitions, complaints";
    public override string PetitionsValue(int resolved, int received) => $"{Number(resolved)}/{Number(received)} resolved";

    public override string ReportRatingSection => "4. Self-assessment";
    public override string RatingLabel => "The unit's own rating of its mass mobilisation work";
    public override string RatingFact => "The unit's rating";
    public override string RatingName(SelfRating rating) => rating switch
    {
        SelfRating.Excellent => "Excellent",
        SelfRating.Good => "Good",
        SelfRating.Fair => "Fair",
        SelfRating.Average => "Average",
        _ => "Poor",
    };

    public override string ReportDocumentSection => "5. The report document";
    public override string ReportNumberLabel => "Report number";
    public override string ReportNumberPlaceholder => "E.g. 25/BC-CCKL";
    public override string ReportDateLabel => "Report date";
    public override string ReportLinkLabel => "Link to the document (optional)";
    public override string ReportDocumentFact => "Number, date";
    public override string ReportDocument(string number, string date) => $"{number} of {date}";
    public override string ReportLinkFact => "Link";

    public override string ReportSubmitButton => "Send report";
    public override string ReportStep(int step, int of) => $"Step {step}/{of}";
    public override string ReportErrorsInSteps(IReadOnlyList<int> steps) => $"Step {string.Join(", ", steps)} still has errors: use \"Back\" or \"Next\" to fix them.";
    public override string NextButton => "Next";
    public override string BackButton => "Back";
    public override string ReportReceiptTitle => "Results report received";
    public override string ReportEditButton => "Edit report";

    public override string ReportTimeliness(DeadlineStatus status, string due) => status.State == DeadlineState.Late
        ? $"{Number(status.Days)} days late (due {due})"
        : $"on time (due {due})";
    public override string ReportSaved(string number, string date, string timeliness, int democracyDone, int democracyTotal,
        int tasksDone, int tasksTotal, string rating) =>
        $"Results report {number} of {date} received — {timeliness}. Democracy: {democracyDone}/{democracyTotal} items; " +
        $"reform: {Number(tasksDone)}/{Number(tasksTotal)} tasks; self-assessment: {rating}.";
    public override string ReportSummary(string number, string date, int democracyDone, int democracyTotal, int tasksDone,
        int tasksTotal, string satisfaction, string rating) =>
        $"Report {number} of {date}: democracy {democracyDone}/{democracyTotal}, reform {Number(tasksDone)}/{Number(tasksTotal)}, " +
        $"satisfaction {satisfaction}, self-assessment {rating}";

    public override string DemocracyTitle => "Workplace democracy";
    public override string ReformTitle => "Administrative reform";
    public override string RatingTitle => "Self-assessment";
    public override string ReportNotSent(string due, DeadlineStatus status) => $"Results report not sent yet (due {due}, {Countdown(status)}).";
    public override string ReportLate(int days, string due) => $"Report sent {Number(days)} days late (due {due}).";
    public override string DemocracyLine(int done, int total) => $"{done}/{total} items done.";
    public override string DemocracyMissing(string items) => $"Not done yet: {items}.";
    public override string ReformLine(int done, int total, string percent, string satisfaction) =>
        $"{Number(done)}/{Number(total)} reform tasks completed ({percent}); satisfaction {satisfaction}.";
    public override string ReformMissing(int left) => $"{Number(left)} reform tasks still open.";
    public override string RatingLine(string rating) => $"The unit rates itself: {rating}.";
    public override string RatingMissing => "The department aims for Good or better.";
}
