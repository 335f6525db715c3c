using System.Globalization;
using DanVan.Cards.Forms;
using DanVan.Cards.Json;
using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using F = DanVan.Domain.Reports.ReportFields;
using DanVan.Domain.Progress;

namespace DanVan.Cards;

/// <summary>The results report (targets 3–5): form, receipt, the sentence after saving and the standing rows.</summary>
public static class ReportCards
{
    public static readonly string OpenVerb = Verbs.Open(SubmissionItems.Report);
    public static readonly string SubmitVerb = Verbs.Submit(SubmissionItems.Report);

    /// <summary>A stored report as raw form fields (what the client would send), to prefill the form.</summary>
    public static IReadOnlyDictionary<string, string?> Fields(ResultsReport r, Texts? t = null)
    {
        var fields = r.Democracy().ToDictionary(d => F.Of(d.Item), d => (string?)(d.Done ? "true" : "false"));
        fields[F.ReformTasksTotal] = r.ReformTasksTotal.ToString(CultureInfo.InvariantCulture);
        fields[F.ReformTasksDone] = r.ReformTasksDone.ToString(CultureInfo.InvariantCulture);
        // Shown the way the reader writes decimals ("92,5" in Vietnamese); the server reads either separator.
        fields[F.Satisfaction] = r.Satisfaction.ToString("0.#", t?.Culture ?? CultureInfo.InvariantCulture);
        fields[F.CitizenDialogues] = r.CitizenDialogues.ToString(CultureInfo.InvariantCulture);
        fields[F.PetitionsReceived] = r.PetitionsReceived.ToString(CultureInfo.InvariantCulture);
        fields[F.PetitionsResolved] = r.PetitionsResolved.ToString(CultureInfo.InvariantCulture);
        fields[F.Rating] = F.ValueOf(r.Rating);
        fields[F.ReportNumber] = r.ReportNumber;
        fields[F.ReportDate] = r.ReportDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        fields[F.Link] = r.Link;
        return fields;
    }

    /// <summary>The form's steps, one screen each: its title and the fields it asks for, in form order.</summary>
    public static readonly IReadOnlyList<IReadOnlyList<string>> Steps =
    [
        [.. Enum.GetValues<DemocracyItem>().Select(F.Of)],
        [F.ReformTasksTotal, F.ReformTasksDone, F.Satisfaction],
        [F.CitizenDialogues, F.PetitionsReceived, F.PetitionsResolved],
        [F.Rating, F.ReportNumber, F.ReportDate, F.Link],
    ];

    /// <summary>
    /// About twenty fields are too many for one screen (a phone above all): the report comes in four steps, "Tiếp" and
    /// "Quay lại" between them. What was typed on the other steps travels in the buttons' data, so nothing is lost
    /// and nothing half-done is stored; "Gửi báo cáo" on the last step sends every field, which the server validates
    /// as one report. A form coming back with errors opens at the first step that has one.
    /// </summary>
    public static Card Form(FormModel m, IReadOnlyDictionary<string, string>? recordData = null)
    {
        var t = m.T;
        var step = StepToShow(m);
        var due = m.Plan.Deadline(DeadlineIds.ResultsReport).Date;
        var form = new FormBuilder(m).Heading(t.ReportTitle(m.UnitName), t.ReportIntro(m.Plan.Year, t.Date(due)));
        var elsewhere = Steps.Select((fields, i) => (fields, i)).Where(s => s.i != step && s.fields.Any(f => m.Errors.Any(e => e.Field == f)))
            .Select(s => s.i + 1).ToList();
        if (elsewhere.Count > 0) form.Note(t.ReportErrorsInSteps(elsewhere), TextStyle.Attention);
        form.Note(t.ReportStep(step + 1, Steps.Count), TextStyle.Subtle);
        switch (step)
        {
            case 0:
                form.Note(Section(t.ReportDemocracySection), TextStyle.Normal, markdown: true).Note(t.ReportDemocracyHint);
                foreach (var item in Enum.GetValues<DemocracyItem>()) form.Toggle(F.Of(item), t.DemocracyLabel(item, m.Plan.Year));
                break;
            case 1:
                form.Note(Section(t.ReportReformSection), TextStyle.Normal, markdown: true)
                    .Number(F.ReformTasksTotal, t.ReformTasksTotalLabel, 1, ReportValidator.MaxCount, required: true)
                    .Number(F.ReformTasksDone, t.ReformTasksDoneLabel, 0, ReportValidator.MaxCount, required: true)
                    .Text(F.Satisfaction, t.SatisfactionLabel, 10, required: true, placeholder: t.SatisfactionPlaceholder);
                break;
            case 2:
                form.Note(Section(t.ReportDialogueSection), TextStyle.Normal, markdown: true)
                    .Number(F.CitizenDialogues, t.CitizenDialoguesLabel, 0, ReportValidator.MaxCount, required: true)
                    .Number(F.PetitionsReceived, t.PetitionsReceivedLabel, 0, ReportValidator.MaxCount, required: true)
                    .Number(F.PetitionsResolved, t.PetitionsResolvedLabel, 0, ReportValidator.MaxCount, required: true);
                break;
            default:
                form.Note(Section(t.ReportRatingSection), TextStyle.Normal, markdown: true)
                    .Choice(F.Rating, t.RatingLabel,
                        [.. Enum.GetValues<SelfRating>().Select(r => (t.RatingName(r), F.ValueOf(r)))], required: true, expanded: true)
                    .Note(Section(t.ReportDocumentSection), TextStyle.Normal, markdown: true)
                    .Text(F.ReportNumber, t.ReportNumberLabel, ReportValidator.MaxNumberLength, required: true, placeholder: t.ReportNumberPlaceholder)
                    .Date(F.ReportDate, t.ReportDateLabel, required: true)
                    .Text(F.Link, t.ReportLinkLabel, ReportValidator.MaxLinkLength, required: false, placeholder: "https://");
                break;
        }

        // Every other step's values, as typed (only the report's own fields), ride along with each button.
        var carried = new Dictionary<string, string>(recordData ?? new Dictionary<string, string>());
        foreach (var field in Steps.Where((_, i) => i != step).SelectMany(f => f))
            if (m.Fields.GetValueOrDefault(field) is { } value) carried[field] = value;
        ExecuteAction Go(string title, int to, bool primary) =>
            new(title, StepVerb, new Dictionary<string, string>(carried) { [Verbs.BaseVersion] = m.BaseVersion ?? "", [Verbs.Step] = (to + 1).ToString(CultureInfo.InvariantCulture),
                [Verbs.StepFrom] = (step + 1).ToString(CultureInfo.InvariantCulture) }, primary);
        var actions = new List<ExecuteAction>();
        if (step > 0) actions.Add(Go(t.BackButton, step - 1, false));
        return step < Steps.Count - 1
            ? form.Build([Go(t.NextButton, step + 1, true), .. actions])
            : form.Build(t.ReportSubmitButton, SubmitVerb, carried, [.. actions]);
    }

    public static readonly string StepVerb = Verbs.StepOf(SubmissionItems.Report);

    /// <summary>The step with the first error; else the one asked for (1-based in the data); else the first.</summary>
    private static int StepToShow(FormModel m)
    {
        for (var i = 0; i < Steps.Count; i++)
            if (Steps[i].Any(f => m.Errors.Any(e => e.Field == f))) return i;
        return int.TryParse(m.Raw(Verbs.Step), NumberStyles.None, CultureInfo.InvariantCulture, out var asked) && asked >= 1 && asked <= Steps.Count
            ? asked - 1 : 0;
    }

    /// <summary>The read-only receipt: the figures grouped as on the form, the standing sentence and an edit button.</summary>
    public static Card Receipt(ReceiptModel<ResultsReport> m, ReportStanding standing)
    {
        var (t, r) = (m.T, m.Value);
        return new Card(
            [
                new TextBlock(t.ReportReceiptTitle, TextStyle.Good),
                new TextBlock(m.UnitName, TextStyle.Subtle),
                TextBlock.Md(Section(t.ReportDemocracySection)),
                new FactSet([.. r.Democracy().Select(d => (t.DemocracyShort(d.Item), d.Done ? t.DemocracyDone : t.DemocracyNotDone))]),
                TextBlock.Md(Section(t.ReportReformSection)),
                new FactSet(
                [
                    (t.ReformTasksFact, $"{t.Number(r.ReformTasksDone)}/{t.Number(r.ReformTasksTotal)} ({t.Percent(standing.ReformPercent)})"),
                    (t.SatisfactionFact, t.Percent(r.Satisfaction)),
                ]),
                TextBlock.Md(Section(t.ReportDialogueSection)),
                new FactSet(
                [
                    (t.CitizenDialoguesFact, t.Number(r.CitizenDialogues)),
                    (t.PetitionsFact, t.PetitionsValue(r.PetitionsResolved, r.PetitionsReceived)),
                ]),
                TextBlock.Md(Section(t.ReportRatingSection)),
                new FactSet([(t.RatingFact, t.RatingName(r.Rating))]),
                TextBlock.Md(Section(t.ReportDocumentSection)),
                // Values written as Markdown: the validated link is shown as itself and clickable, the rest escaped.
                new FactSet(
                [
                    (t.ReportDocumentFact, Markdown.Escape(t.ReportDocument(r.ReportNumber, t.Date(r.ReportDate)))),
                    (t.ReportLinkFact, r.Link is { } link ? Markdown.Link(link) : "—"),
                ]) { ValuesAreMarkdown = true },
                new Container([new TextBlock(SavedText(t, standing))], Emphasis: true),
                new TextBlock(t.UpdatedBy(m.UpdatedWhen, m.UpdatedBy), TextStyle.Subtle),
            ],
            [new ExecuteAction(t.ReportEditButton, OpenVerb)]);
    }

    /// <summary>The one sentence posted after a save (the report is there: it was just stored).</summary>
    public static string SavedText(Texts t, ReportStanding s)
    {
        var r = s.Report ?? throw new ArgumentException("No report to describe.", nameof(s));
        return t.ReportSaved(r.ReportNumber, t.Date(r.ReportDate), t.ReportTimeliness(s.Deadline, t.Date(s.Due)),
            s.DemocracyDone, ReportStanding.DemocracyTotal, r.ReformTasksDone, r.ReformTasksTotal, t.RatingName(r.Rating));
    }

    /// <summary>The short summary the history ("lịch sử") shows.</summary>
    public static string Describe(Texts t, ResultsReport r) =>
        t.ReportSummary(r.ReportNumber, t.Date(r.ReportDate), r.Democracy().Count(d => d.Done), ReportStanding.DemocracyTotal,
            r.ReformTasksDone, r.ReformTasksTotal, t.Percent(r.Satisfaction), t.RatingName(r.Rating));

    /// <summary>Targets 3, 4 and 5 in the unit's standing; each opens the report form.</summary>
    public static IReadOnlyList<StandingLine> Lines(Texts t, ReportStanding s)
    {
        var due = t.Date(s.Due);
        var p = s.ToProgress();
        if (s.Report is not { } r)
            // The deadline sentence once, on the first of the three rows: repeating it three times only adds noise.
            return
            [
                StandingLine.Of(p[0], t.DemocracyTitle, t.ReportNotSent(due, s.Deadline), null, OpenVerb, t.ReportButton),
                StandingLine.Of(p[1], t.ReformTitle, t.NotReportedYet, null, OpenVerb, t.ReportButton),
                StandingLine.Of(p[2], t.RatingTitle, t.NotReportedYet, null, OpenVerb, t.ReportButton),
            ];
        var late = s.Deadline.State == DeadlineState.Late ? " " + t.ReportLate(s.Deadline.Days, due) : "";
        return
        [
            StandingLine.Of(p[0], t.DemocracyTitle, t.DemocracyLine(s.DemocracyDone, ReportStanding.DemocracyTotal) + late,
                s.DemocracyMet ? null : t.DemocracyMissing(t.DemocracyList(s.DemocracyNotDone)), OpenVerb, t.ReportButton),
            StandingLine.Of(p[1], t.ReformTitle, t.ReformLine(r.ReformTasksDone, r.ReformTasksTotal, t.Percent(s.ReformPercent), t.Percent(r.Satisfaction)) + late,
                s.ReformMet ? null : t.ReformMissing(s.ReformTasksLeft), OpenVerb, t.ReportButton),
            StandingLine.Of(p[2], t.RatingTitle, t.RatingLine(t.RatingName(r.Rating)) + late, s.RatingMet ? null : t.RatingMissing, OpenVerb, t.ReportButton),
        ];
    }

    // Markdown bold: a section heading that stays readable on Teams mobile, where a large heading wraps badly.
    private static string Section(string title) => Markdown.Bold(title);
}
