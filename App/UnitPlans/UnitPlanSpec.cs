using DanVan.App.Forms;
using DanVan.Cards;
using DanVan.Cards.Forms;
using DanVan.Cards.Json;
using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.UnitPlans;
using DanVan.Domain.Validation;
using F = DanVan.Domain.UnitPlans.UnitPlanFields;

namespace DanVan.App.UnitPlans;

/// <summary>Target 2: the unit's own plan, issued and sent to Văn phòng Sở by the plan's deadline.</summary>
public sealed class UnitPlanSpec : ItemSpec<UnitPlanReport>
{
    public override string Name => SubmissionItems.UnitPlan;

    public override Domain.Progress.ProgressItem Progress => Domain.Progress.ProgressItems.UnitPlan;

    public override Cards.Export.ExportPart Export => Cards.Export.DepartmentSheets.UnitPlan;

    public override IReadOnlyList<string> Words => ["kế hoạch", "kế hoạch đơn vị", "plan", "unit plan"];

    public override Validated<UnitPlanReport> Validate(IReadOnlyDictionary<string, string?> fields, Plan plan, DateOnly today) =>
        UnitPlanValidator.Validate(fields, plan, today);

    public override IReadOnlyDictionary<string, string?> ToFields(UnitPlanReport r) => new Dictionary<string, string?>
    {
        [F.Issued] = r.Issued ? "true" : "false",
        [F.Number] = r.Number,
        [F.IssuedOn] = r.IssuedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        [F.SentOn] = r.SentOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        [F.Link] = r.Link,
        [F.Note] = r.Note,
    };

    public override Card Form(FormModel model, IReadOnlyDictionary<string, string> recordData) => UnitPlanCards.Form(model, recordData);

    public override Card Receipt(ReceiptModel<UnitPlanReport> m, IReadOnlyDictionary<string, string> recordData) =>
        UnitPlanCards.Receipt(m, UnitPlanStanding.Of(m.Value, m.Plan, m.Today));

    public override string Title(Texts t) => t.UnitPlanButton;

    public override string Describe(Texts t, UnitPlanReport r) =>
        r is { Issued: true, Number: { } number, IssuedOn: { } issuedOn }
            ? t.UnitPlanSummary(number, issuedOn, r.SentOn is { } sent ? t.Date(sent) : null)
            : t.UnitPlanSummaryNotIssued;

    public override string SavedText(Texts t, Plan plan, UnitPlanReport value, DateOnly today) =>
        UnitPlanCards.StandingText(t, value, UnitPlanStanding.Of(value, plan, today));

    protected override IReadOnlyList<StandingLine> StandingOf(Texts t, Plan plan, UnitPlanReport? value, DateOnly today) =>
        [UnitPlanCards.Line(t, value, UnitPlanStanding.Of(value, plan, today))];
}
