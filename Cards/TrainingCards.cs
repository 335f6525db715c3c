using DanVan.Cards.Forms;
using DanVan.Cards.Json;
using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Training;
using DanVan.Domain.Progress;

namespace DanVan.Cards;

public static class TrainingCards
{
    public static Card Form(FormModel m, IReadOnlyDictionary<string, string>? recordData = null)
    {
        var t = m.T;
        var max = m.Plan.Limits.MaxUnitStaff;
        return new FormBuilder(m)
            .Heading(t.TrainingTitle(m.UnitName), t.TrainingTarget(m.Plan.Target(1).Text))
            .Number(TrainingFields.TotalStaff, t.TotalStaffLabel, 1, max, required: true)
            .Number(TrainingFields.Trained, t.TrainedLabel, 0, max, required: true)
            .Number(TrainingFields.Sessions, t.SessionsLabel, 0, m.Plan.Limits.MaxSessions, required: true)
            // Required once sessions > 0 (the validator's rule): said in the label, since "*" would block a form with none.
            .Date(TrainingFields.LastSessionDate, t.RequiredWhen(t.LastSessionLabel, t.WhenSessionsHeld), required: false)
            .Build(t.SubmitButton, Verbs.SubmitTraining, recordData);
    }

    /// <summary>The read-only receipt the form turns into once stored, with an edit button.</summary>
    public static Card Receipt(ReceiptModel<TrainingReport> m, TrainingStanding standing)
    {
        var (t, r) = (m.T, m.Value);
        return new Card(
            [
                new TextBlock(t.TrainingReceiptTitle, TextStyle.Good),
                new TextBlock(m.UnitName, TextStyle.Subtle),
                new FactSet(
                [
                    (t.TotalStaffLabel, t.Number(r.TotalStaff)),
                    (t.TrainedLabel, $"{t.Number(r.Trained)} ({t.Percent(standing.Percent)})"),
                    (t.SessionsLabel, t.Number(r.Sessions)),
                    (t.LastSessionLabel, r.LastSessionDate is { } d ? t.Date(d) : "—"),
                ]),
                new Container([new TextBlock(StandingText(t, standing))], Emphasis: true),
                new TextBlock(t.UpdatedBy(m.UpdatedWhen, m.UpdatedBy), TextStyle.Subtle),
            ],
            [new ExecuteAction(t.EditButton, Verbs.OpenTraining)]);
    }

    public static string StandingText(Texts t, TrainingStanding s) =>
        t.TrainingStanding(s.Trained, s.TotalStaff, t.Percent(s.Percent), t.Percent(s.RequiredPercent), s.StillToTrain);

    /// <summary>Target 1's row in the unit's standing.</summary>
    public static StandingLine Line(Texts t, int requiredPercent, TrainingStanding? s)
    {
        var p = TrainingStanding.ProgressOf(s);
        return s is null
            ? StandingLine.Of(p, t.TrainingButton, t.NotReportedYet, null, Verbs.OpenTraining)
            : StandingLine.Of(p, t.TrainingButton, t.TrainingLine(s.Trained, s.TotalStaff, t.Percent(s.Percent)),
                s.Met ? null : t.StillToTrainLine(s.StillToTrain, t.Percent(requiredPercent)), Verbs.OpenTraining);
    }
}
