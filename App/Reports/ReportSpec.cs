using DanVan.App.Forms;
using DanVan.Cards;
using DanVan.Cards.Forms;
using DanVan.Cards.Json;
using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Domain.Validation;

namespace DanVan.App.Reports;

/// <summary>Targets 3–5: the unit's results report, due 15/10.</summary>
public sealed class ReportSpec : ItemSpec<ResultsReport>
{
    public override string Name => SubmissionItems.Report;

    public override Domain.Progress.ProgressItem Progress => Domain.Progress.ProgressItems.Report;

    public override Cards.Export.ExportPart Export => Cards.Export.DepartmentSheets.Report;

    public override IReadOnlyList<IReadOnlyList<string>>? Steps => ReportCards.Steps;

    public override IReadOnlyList<string> Words => ["báo cáo", "báo cáo kết quả", "report"];

    public override Validated<ResultsReport> Validate(IReadOnlyDictionary<string, string?> fields, Plan plan, DateOnly today) =>
        ReportValidator.Validate(fields, plan, today);

    public override IReadOnlyDictionary<string, string?> ToFields(ResultsReport r) => ReportCards.Fields(r);

    public override IReadOnlyDictionary<string, string?> ToFields(ResultsReport r, Texts t) => ReportCards.Fields(r, t);

    public override Card Form(FormModel model, IReadOnlyDictionary<string, string> recordData) => ReportCards.Form(model, recordData);

    public override Card Receipt(ReceiptModel<ResultsReport> m, IReadOnlyDictionary<string, string> recordData) =>
        ReportCards.Receipt(m, ReportStanding.Of(m.Value, m.Plan, m.Today));

    public override string Title(Texts t) => t.ReportButton;

    public override string Describe(Texts t, ResultsReport r) => ReportCards.Describe(t, r);

    public override string SavedText(Texts t, Plan plan, ResultsReport value, DateOnly today) =>
        ReportCards.SavedText(t, ReportStanding.Of(value, plan, today));

    protected override IReadOnlyList<StandingLine> StandingOf(Texts t, Plan plan, ResultsReport? value, DateOnly today) =>
        ReportCards.Lines(t, ReportStanding.Of(value, plan, today));
}
