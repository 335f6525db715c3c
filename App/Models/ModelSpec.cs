using DanVan.App.Forms;
using DanVan.Cards;
using DanVan.Cards.Forms;
using DanVan.Cards.Json;
using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Models;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Validation;

namespace DanVan.App.Models;

/// <summary>"Dân vận khéo" models, a list: each is its own record "model|{id}" with a server-minted id.</summary>
public sealed class ModelSpec : ItemSpec<DanVanKheoModel>
{
    public override string Name => "model";

    public override Domain.Progress.ProgressItem Progress => Domain.Progress.ProgressItems.Models;

    public override Cards.Export.ExportPart Export => Cards.Export.DepartmentSheets.Models;

    /// <summary>
    /// An action with no model id at all is "register a new model": a new id is minted here and the form carries it,
    /// so a double click or a retried request names the same record and stores one model, not two. A submit always
    /// carries the form's base version and must name its record; a malformed id is refused either way.
    /// </summary>
    public override string? ItemKey(IReadOnlyDictionary<string, string?> data)
    {
        if (data.TryGetValue(ModelFields.Id, out var id)) return ModelIds.IsValid(id) ? SubmissionItems.ModelPrefix + id : null;
        return data.ContainsKey(Verbs.BaseVersion) ? null : SubmissionItems.ModelPrefix + ModelIds.New();
    }

    public override IReadOnlyDictionary<string, string> RecordData(string itemKey) =>
        ModelCards.RecordData(itemKey[SubmissionItems.ModelPrefix.Length..]);

    public override Validated<DanVanKheoModel> Validate(IReadOnlyDictionary<string, string?> fields, Plan plan, DateOnly today) =>
        ModelValidator.Validate(fields, plan, today);

    public override IReadOnlyDictionary<string, string?> ToFields(DanVanKheoModel m) => new Dictionary<string, string?>
    {
        [ModelFields.Name] = m.Name,
        [ModelFields.Field] = ModelValidator.ChoiceValue(m.Field),
        [ModelFields.NewRuralArea] = m.NewRuralArea ? "true" : "false",
        [ModelFields.StartDate] = m.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        [ModelFields.Description] = m.Description,
        [ModelFields.Results] = m.Results,
        [ModelFields.Beneficiaries] = m.Beneficiaries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [ModelFields.Status] = ModelValidator.ChoiceValue(m.Status),
    };

    public override Card Form(FormModel model, IReadOnlyDictionary<string, string> recordData) => ModelCards.Form(model, recordData);

    public override Card Receipt(ReceiptModel<DanVanKheoModel> model, IReadOnlyDictionary<string, string> recordData) =>
        ModelCards.Receipt(model, recordData);

    public override string Title(Texts t) => t.ModelsTitle;

    /// <summary>Every field, so an edit of any of them (beneficiaries, results…) shows in the history's before → after;
    /// the free texts are clipped to keep a history line readable.</summary>
    public override string Describe(Texts t, DanVanKheoModel m) => string.Join("; ", new[]
    {
        t.ModelSummary(m.Name, t.StatusName(m.Status)),
        $"{t.ModelFieldLabel}: {t.FieldName(m.Field)}",
        $"{t.ModelNewRuralAreaLabel}: {(m.NewRuralArea ? t.Yes : t.No)}",
        $"{t.ModelStartDateLabel}: {t.Date(m.StartDate)}",
        $"{t.ModelBeneficiariesLabel}: {t.Number(m.Beneficiaries)}",
        $"{t.ModelDescriptionLabel}: {Domain.Validation.TextClip.Clip(m.Description, 80, "…")}",
        m.Results is { Length: > 0 } r ? $"{t.ModelResultsLabel}: {Domain.Validation.TextClip.Clip(r, 80, "…")}" : null,
    }.OfType<string>());

    public override string SavedText(Texts t, Plan plan, DanVanKheoModel value, DateOnly today) =>
        t.ModelSaved(value.Name, t.StatusName(value.Status));

    public override string SavedText(Texts t, Plan plan, DanVanKheoModel value, UnitSubmissions unitNow, DateOnly today) =>
        $"{SavedText(t, plan, value, today)} {t.ModelsCount(unitNow.GetAll<DanVanKheoModel>(SubmissionItems.ModelPrefix).Count, plan.Models.MinPerUnit)}";

    /// <summary>One row for all the unit's models; under it, one sentence per model that has a document, naming the
    /// model ("Đã gửi tệp minh chứng mô hình «…»: …"), models in name order.</summary>
    public override IReadOnlyList<StandingLine> Standing(Texts t, Plan plan, UnitSubmissions unit, DateOnly today)
    {
        var models = unit.GetAll<DanVanKheoModel>(SubmissionItems.ModelPrefix);
        var line = ModelCards.Line(t, ModelStanding.Of(models.Select(m => m.Value.Value), plan.Models));
        var evidence = models
            .Where(m => m.Value.Files is not null)
            .OrderBy(m => m.Value.Value.Name, StringComparer.Ordinal)
            .Select(m => FileLine(t, m.Value.Files!.Current, t.FileWhatModelEvidence(m.Value.Value.Name)))
            .ToList();
        return [evidence.Count == 0 ? line : line with { Detail = line.Detail + "\n\n" + string.Join("\n\n", evidence) }];
    }

    /// <summary>Only the base <see cref="Standing"/> calls this, and it is overridden to count all the unit's models.</summary>
    protected override IReadOnlyList<StandingLine> StandingOf(Texts t, Plan plan, DanVanKheoModel? value, DateOnly today) =>
        [ModelCards.Line(t, ModelStanding.Of(value is null ? [] : [value], plan.Models))];
}
