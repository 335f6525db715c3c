using DanVan.Cards.Forms;
using DanVan.Cards.Json;
using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.UnitPlans;
using F = DanVan.Domain.UnitPlans.UnitPlanFields;
using DanVan.Domain.Progress;

namespace DanVan.Cards;

/// <summary>Target 2: the unit's own plan — form, receipt, standing sentence and standing row.</summary>
public static class UnitPlanCards
{
    public static readonly string OpenVerb = Verbs.Open(SubmissionItems.UnitPlan);
    public static readonly string SubmitVerb = Verbs.Submit(SubmissionItems.UnitPlan);

    public static Card Form(FormModel m, IReadOnlyDictionary<string, string>? recordData = null)
    {
        var t = m.T;
        // The inputs below the toggle are not marked required: a unit that has not issued a plan leaves them
        // empty. The server requires the number and date once "issued" is on.
        return new FormBuilder(m)
            .Heading(t.UnitPlanTitle(m.UnitName), t.UnitPlanTarget(m.Plan.Target(2).Text))
            .Note(t.UnitPlanDeadline(m.Plan.Deadline(DeadlineIds.UnitPlan).Date), TextStyle.Normal)
            .Toggle(F.Issued, t.UnitPlanIssuedToggle)
            .Note(t.UnitPlanHint)
            // Both required once the plan is issued (the validator's rule), which a client "*" cannot express.
            .Text(F.Number, t.RequiredWhen(t.UnitPlanNumberLabel, t.WhenPlanIssued), F.MaxNumberLength, required: false, placeholder: t.UnitPlanNumberPlaceholder)
            .Date(F.IssuedOn, t.RequiredWhen(t.UnitPlanIssuedOnLabel, t.WhenPlanIssued), required: false)
            .Date(F.SentOn, t.UnitPlanSentOnLabel, required: false)
            .Text(F.Link, t.UnitPlanLinkLabel, F.MaxLinkLength, required: false, placeholder: t.UnitPlanLinkPlaceholder)
            .Text(F.Note, t.UnitPlanNoteLabel, m.Plan.Limits.MaxTextLength, required: false, multiline: true)
            .Build(t.UnitPlanSaveButton, SubmitVerb, recordData);
    }

    /// <summary>The read-only receipt the form turns into once stored, with an edit button.</summary>
    public static Card Receipt(ReceiptModel<UnitPlanReport> m, UnitPlanStanding standing)
    {
        var (t, r) = (m.T, m.Value);
        // Values written as Markdown: the validated link is shown as itself and clickable, every other value escaped.
        var facts = new List<(string, string)> { (t.UnitPlanStateLabel, Markdown.Escape(t.UnitPlanState(r.Issued))) };
        if (r.Issued)
        {
            facts.Add((t.UnitPlanNumberLabel, Markdown.Escape(r.Number ?? "—")));
            facts.Add((t.UnitPlanIssuedOnLabel, Markdown.Escape(r.IssuedOn is { } issued ? t.Date(issued) : "—")));
            facts.Add((t.UnitPlanSentOnLabel, Markdown.Escape(r.SentOn is { } sent ? t.Date(sent) : t.UnitPlanNotSentYet)));
            if (r.Link is not null) facts.Add((t.UnitPlanLinkLabel, Markdown.Link(r.Link)));
        }
        var body = new List<Element>
        {
            new TextBlock(t.UnitPlanReceiptTitle, TextStyle.Good),
            new TextBlock(m.UnitName, TextStyle.Subtle),
            new FactSet(facts) { ValuesAreMarkdown = true },
        };
        if (r.Note is not null) body.Add(new TextBlock(t.UnitPlanNote(r.Note)));
        body.Add(new Container([new TextBlock(StandingText(t, r, standing))], Emphasis: true));
        body.Add(new TextBlock(t.UpdatedBy(m.UpdatedWhen, m.UpdatedBy), TextStyle.Subtle));
        return new Card(body, [new ExecuteAction(t.UnitPlanEditButton, OpenVerb)]);
    }

    /// <summary>The one-sentence standing: the chat reply after a save, and the receipt's summary.</summary>
    public static string StandingText(Texts t, UnitPlanReport? r, UnitPlanStanding s) => s.Progress switch
    {
        UnitPlanProgress.SentOnTime => t.UnitPlanSentOnTime(r!.Number!, r.SentOn!.Value, s.Deadline),
        UnitPlanProgress.SentLate => t.UnitPlanSentLate(r!.Number!, r.SentOn!.Value, s.Status.Days, s.Deadline),
        UnitPlanProgress.IssuedNotSent => t.UnitPlanIssuedNotSent(r!.Number!, r.IssuedOn!.Value, s.Deadline, s.Status),
        _ => t.UnitPlanNotSent(s.Deadline, s.Status),
    };

    /// <summary>
    /// Target 2's row in the unit's standing. Issued but not sent is in progress until the deadline passes, then
    /// overdue like a plan never issued: what the plan asks for is the plan at Văn phòng Sở by the deadline.
    /// </summary>
    public static StandingLine Line(Texts t, UnitPlanReport? r, UnitPlanStanding s)
    {
        var toSend = t.UnitPlanToSend(s.Deadline, s.Status);
        var (detail, missing) = s.Progress switch
        {
            UnitPlanProgress.SentOnTime or UnitPlanProgress.SentLate => (StandingText(t, r, s), null),
            UnitPlanProgress.IssuedNotSent => (t.UnitPlanIssuedNotSentLine(r!.Number!, r.IssuedOn!.Value), toSend),
            UnitPlanProgress.NotIssued => (t.UnitPlanNotIssuedLine, toSend),
            _ => (t.NotReportedYet, (string?)toSend),
        };
        return StandingLine.Of(s.ToProgress(), t.UnitPlanButton, detail, missing, OpenVerb);
    }
}
