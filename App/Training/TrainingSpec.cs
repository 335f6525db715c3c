using DanVan.App.Forms;
using DanVan.Cards;
using DanVan.Cards.Forms;
using DanVan.Cards.Json;
using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Training;
using DanVan.Domain.Validation;

namespace DanVan.App.Training;

/// <summary>Target 1: the unit's figures for học tập, quán triệt.</summary>
public sealed class TrainingSpec : ItemSpec<TrainingReport>
{
    public override string Name => SubmissionItems.Training;

    public override Domain.Progress.ProgressItem Progress => Domain.Progress.ProgressItems.Training;

    public override Cards.Export.ExportPart Export => Cards.Export.DepartmentSheets.Training;

    public override IReadOnlyList<string> Words => ["tập huấn", "học tập, quán triệt", "học tập", "quán triệt", "training"];

    public override Validated<TrainingReport> Validate(IReadOnlyDictionary<string, string?> fields, Plan plan, DateOnly today) =>
        TrainingValidator.Validate(fields, plan, today);

    public override IReadOnlyDictionary<string, string?> ToFields(TrainingReport r) => new Dictionary<string, string?>
    {
        [TrainingFields.TotalStaff] = r.TotalStaff.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [TrainingFields.Trained] = r.Trained.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [TrainingFields.Sessions] = r.Sessions.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [TrainingFields.LastSessionDate] = r.LastSessionDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    public override Card Form(FormModel model, IReadOnlyDictionary<string, string> recordData) => TrainingCards.Form(model, recordData);

    public override Card Receipt(ReceiptModel<TrainingReport> m, IReadOnlyDictionary<string, string> recordData) =>
        TrainingCards.Receipt(m, TrainingStanding.Of(m.Value, m.Plan.Target(1)));

    public override string Title(Texts t) => t.TrainingButton;

    public override string Describe(Texts t, TrainingReport r) =>
        t.TrainingSummary(r.Trained, r.TotalStaff, r.Sessions, r.LastSessionDate is { } d ? t.Date(d) : null);

    public override string SavedText(Texts t, Plan plan, TrainingReport value, DateOnly today) =>
        TrainingCards.StandingText(t, TrainingStanding.Of(value, plan.Target(1)));

    protected override IReadOnlyList<StandingLine> StandingOf(Texts t, Plan plan, TrainingReport? value, DateOnly today) =>
        [TrainingCards.Line(t, plan.Target(1).RequiredPercent, value is null ? null : TrainingStanding.Of(value, plan.Target(1)))];
}
