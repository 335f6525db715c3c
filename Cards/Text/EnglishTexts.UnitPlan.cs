using DanVan.Domain.Plans;

namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts
{
    public override string UnitPlanButton => "Unit plan";
    public override string UnitPlanTitle(string unitName) => $"Unit plan for dân vận chính quyền — {unitName}";
    public override string UnitPlanTarget(string targetText) => $"Target 2: {targetText}";
    public override string UnitPlanDeadline(DateOnly deadline) => $"Send the plan to the department office by {Date(deadline)}.";
    public override string UnitPlanIssuedToggle => "The unit has issued its plan";
    public override string UnitPlanHint => "Once issued, enter the plan's number and date; enter the date sent only once it has been sent.";
    public override string UnitPlanNumberLabel => "Plan number";
    public override string UnitPlanNumberPlaceholder => "e.g. 12/KH-CCKL";
    public override string UnitPlanIssuedOnLabel => "Date issued";
    public override string WhenPlanIssued => "once issued";
    public override string UnitPlanSentOnLabel => "Date sent to the department office";
    public override string UnitPlanLinkLabel => "Link to the document (optional)";
    public override string UnitPlanLinkPlaceholder => "e.g. https://…";
    public override string UnitPlanNoteLabel => "Note (optional)";
    public override string UnitPlanSaveButton => "Save";
    public override string UnitPlanEditButton => "Edit plan details";
    public override string UnitPlanReceiptTitle => "Unit plan details received";
    public override string UnitPlanStateLabel => "Status";
    public override string UnitPlanState(bool issued) => issued ? "Issued" : "Not issued";
    public override string UnitPlanNotSentYet => "Not sent";
    public override string UnitPlanNote(string note) => $"Note: {note}";

    public override string UnitPlanSentOnTime(string number, DateOnly sentOn, DateOnly deadline) =>
        $"Plan {number} was sent to the department office on {Date(sentOn)} — on time (due {Date(deadline)}).";
    public override string UnitPlanSentLate(string number, DateOnly sentOn, int daysLate, DateOnly deadline) =>
        $"Plan {number} was sent to the department office on {Date(sentOn)} — {Number(daysLate)} day(s) after the {Date(deadline)} deadline.";
    public override string UnitPlanIssuedNotSent(string number, DateOnly issuedOn, DateOnly deadline, DeadlineStatus status) =>
        $"Plan {number} was issued on {Date(issuedOn)} but not yet sent to the department office; {UnitPlanDue(deadline, status)}.";
    public override string UnitPlanNotSent(DateOnly deadline, DeadlineStatus status) =>
        $"The unit has not sent its plan to the department office; {UnitPlanDue(deadline, status)}.";

    public override string UnitPlanNotIssuedLine => "The unit has not issued its plan.";
    public override string UnitPlanIssuedNotSentLine(string number, DateOnly issuedOn) =>
        $"Plan {number} issued on {Date(issuedOn)}, not yet sent to the department office.";
    public override string UnitPlanToSend(DateOnly deadline, DeadlineStatus status) =>
        $"Send the plan to the department office; {UnitPlanDue(deadline, status)}.";

    public override string UnitPlanSummary(string number, DateOnly issuedOn, string? sentOn) =>
        $"No. {number} of {Date(issuedOn)}, " + (sentOn is null ? "not sent" : $"sent on {sentOn}");
    public override string UnitPlanSummaryNotIssued => "Plan not issued";

    private string UnitPlanDue(DateOnly deadline, DeadlineStatus s) => s.State switch
    {
        DeadlineState.Overdue => $"due {Date(deadline)}, {Number(s.Days)} day(s) overdue",
        DeadlineState.DueToday => $"due today ({Date(deadline)})",
        _ => $"due {Date(deadline)}, {Number(s.Days)} day(s) left",
    };
}
