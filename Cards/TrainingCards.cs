using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Training;
using DanVan.Domain.Validation;

namespace DanVan.Cards;

/// <summary>What the training form shows: stored figures, or what the user typed when it is sent back with errors.</summary>
public sealed record TrainingFormValues(int? TotalStaff, int? Trained, int? Sessions, DateOnly? LastSessionDate)
{
    public static TrainingFormValues From(TrainingReport? r) =>
        r is null ? new(null, null, null, null) : new(r.TotalStaff, r.Trained, r.Sessions, r.LastSessionDate);
}

public static class TrainingCards
{
    /// <summary>The form. <paramref name="notice"/> is a card-level message (errors summary, conflict).</summary>
    public static Card Form(Texts t, Plan plan, string unitName, TrainingFormValues values, string? baseVersion,
        IReadOnlyList<FieldError>? errors = null, string? notice = null)
    {
        errors ??= [];
        var body = new List<Element>
        {
            new TextBlock(t.TrainingTitle(unitName), TextStyle.Heading),
            new TextBlock(t.TrainingTarget(plan.Target(1).Text), TextStyle.Subtle),
        };
        if (notice is not null) body.Add(new TextBlock(notice, TextStyle.Attention));
        else if (errors.Count > 0) body.Add(new TextBlock(t.FixErrors(errors.Count), TextStyle.Attention));

        var max = plan.Limits.MaxUnitStaff;
        AddWithError(body, t, errors, TrainingFields.TotalStaff,
            new NumberInput(TrainingFields.TotalStaff, t.TotalStaffLabel, values.TotalStaff, 1, max, true, t.EnterWholeNumber));
        AddWithError(body, t, errors, TrainingFields.Trained,
            new NumberInput(TrainingFields.Trained, t.TrainedLabel, values.Trained, 0, max, true, t.EnterWholeNumber));
        AddWithError(body, t, errors, TrainingFields.Sessions,
            new NumberInput(TrainingFields.Sessions, t.SessionsLabel, values.Sessions, 0, plan.Limits.MaxSessions, true, t.EnterWholeNumber));
        AddWithError(body, t, errors, TrainingFields.LastSessionDate,
            new DateInput(TrainingFields.LastSessionDate, t.LastSessionLabel, values.LastSessionDate?.ToString("yyyy-MM-dd"),
                $"{plan.Year}-01-01", $"{plan.Year}-12-31", false, t.PickDate(plan.Year)));

        var data = new Dictionary<string, string> { [Verbs.BaseVersion] = baseVersion ?? "" };
        return new Card(body, [new ExecuteAction(t.SubmitButton, Verbs.SubmitTraining, data, Primary: true)]);
    }

    /// <summary>The read-only receipt the form turns into once stored, with an edit button.</summary>
    public static Card Receipt(Texts t, string unitName, TrainingReport r, TrainingStanding standing, string updatedWhen, string updatedBy) => new(
        [
            new TextBlock(t.TrainingReceiptTitle, TextStyle.Good),
            new TextBlock(unitName, TextStyle.Subtle),
            new FactSet(
            [
                (t.TotalStaffLabel, t.Number(r.TotalStaff)),
                (t.TrainedLabel, $"{t.Number(r.Trained)} ({t.Percent(standing.Percent)})"),
                (t.SessionsLabel, t.Number(r.Sessions)),
                (t.LastSessionLabel, r.LastSessionDate is { } d ? t.Date(d) : "—"),
            ]),
            new Container([new TextBlock(StandingText(t, standing))], Emphasis: true),
            new TextBlock(t.UpdatedBy(updatedWhen, updatedBy), TextStyle.Subtle),
        ],
        [new ExecuteAction(t.EditButton, Verbs.OpenTraining)]);

    public static string StandingText(Texts t, TrainingStanding s) =>
        t.TrainingStanding(s.Trained, s.TotalStaff, t.Percent(s.Percent), t.Percent(s.RequiredPercent), s.StillToTrain);

    private static void AddWithError(List<Element> body, Texts t, IReadOnlyList<FieldError> errors, string field, Element input)
    {
        body.Add(input);
        var error = errors.FirstOrDefault(e => e.Field == field);
        if (error is not null) body.Add(new TextBlock(t.Error(error), TextStyle.Attention));
    }
}
