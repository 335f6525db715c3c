namespace DanVan.Cards.Text;

// Target 2: the unit's own plan ("Kế hoạch của đơn vị").
public abstract partial class Texts
{
    public abstract string UnitPlanButton { get; }
    public abstract string UnitPlanTitle(string unitName);
    public abstract string UnitPlanTarget(string targetText);
    public abstract string UnitPlanDeadline(DateOnly deadline);
    public abstract string UnitPlanIssuedToggle { get; }
    public abstract string UnitPlanHint { get; }
    public abstract string UnitPlanNumberLabel { get; }
    public abstract string UnitPlanNumberPlaceholder { get; }
    public abstract string UnitPlanIssuedOnLabel { get; }
    public abstract string WhenPlanIssued { get; }
    public abstract string UnitPlanSentOnLabel { get; }
    public abstract string UnitPlanLinkLabel { get; }
    public abstract string UnitPlanLinkPlaceholder { get; }
    public abstract string UnitPlanNoteLabel { get; }
    public abstract string UnitPlanSaveButton { get; }
    public abstract string UnitPlanEditButton { get; }
    public abstract string UnitPlanReceiptTitle { get; }
    public abstract string UnitPlanStateLabel { get; }
    public abstract string UnitPlanState(bool issued);
    public abstract string UnitPlanNotSentYet { get; }
    public abstract string UnitPlanNote(string note);

    // The one-sentence standing (chat reply after a save, receipt, standing detail once sent).
    public abstract string UnitPlanSentOnTime(string number, DateOnly sentOn, DateOnly deadline);
    public abstract string UnitPlanSentLate(string number, DateOnly sentOn, int daysLate, DateOnly deadline);
    public abstract string UnitPlanIssuedNotSent(string number, DateOnly issuedOn, DateOnly deadline, Domain.Plans.DeadlineStatus status);
    public abstract string UnitPlanNotSent(DateOnly deadline, Domain.Plans.DeadlineStatus status);

    // Standing rows before the plan is sent: what the unit has, then what it still has to do.
    public abstract string UnitPlanNotIssuedLine { get; }
    public abstract string UnitPlanIssuedNotSentLine(string number, DateOnly issuedOn);
    public abstract string UnitPlanToSend(DateOnly deadline, Domain.Plans.DeadlineStatus status);

    // History ("lịch sử").
    public abstract string UnitPlanSummary(string number, DateOnly issuedOn, string? sentOn);
    public abstract string UnitPlanSummaryNotIssued { get; }
}
