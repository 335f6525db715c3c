using DanVan.Cards.Forms;
using DanVan.Cards.Json;
using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Models;
using DanVan.Domain.Plans;
using DanVan.Domain.Progress;
using DanVan.Domain.Validation;

namespace DanVan.Cards;

/// <summary>"Dân vận khéo" models: the form to register or edit one, its receipt, and the unit's list.</summary>
public static class ModelCards
{
    public const string OpenVerb = "model.open";
    public const string SubmitVerb = "model.submit";
    public const string RefreshVerb = "model.refresh";
    public const string ListVerb = "model.list";

    /// <summary>
    /// Rows the list shows: a row is at most ~1 KB (a name clipped to <see cref="MaxNameShown"/>, its details and an
    /// edit button), so the card stays well under Teams' 28 KB however many models a unit registers.
    /// </summary>
    public const int MaxShown = 20;
    public const int MaxNameShown = 120;

    public static Card Form(FormModel m, IReadOnlyDictionary<string, string> recordData)
    {
        var t = m.T;
        var isNew = string.IsNullOrEmpty(m.BaseVersion);
        // A fresh registration starts as "đăng ký", the usual first status; the user can change it.
        if (isNew && m.Fields.Count == 0)
            m = m with { Fields = new Dictionary<string, string?> { [ModelFields.Status] = ModelValidator.ChoiceValue(ModelStatus.Registered) } };
        var earliest = ModelValidator.EarliestStart;
        return new FormBuilder(m)
            .Heading(isNew ? t.ModelFormNewTitle(m.UnitName) : t.ModelFormEditTitle(m.UnitName), t.ModelFormIntro(m.Plan.Models.MinPerUnit))
            .Text(ModelFields.Name, t.ModelNameLabel, ModelValidator.MaxNameLength, required: true, placeholder: t.ModelNamePlaceholder)
            .Choice(ModelFields.Field, t.ModelFieldLabel, Choices(ModelValidator.Fields, t.FieldName), required: true)
            .Toggle(ModelFields.NewRuralArea, t.ModelNewRuralAreaLabel)
            .Date(ModelFields.StartDate, t.ModelStartDateLabel, required: true, earliest, t.ModelPickStartDate(earliest.Year))
            .Text(ModelFields.Description, t.ModelDescriptionLabel, m.Plan.Limits.MaxTextLength, required: true, multiline: true)
            .Text(ModelFields.Results, t.ModelResultsLabel, m.Plan.Limits.MaxTextLength, required: false, multiline: true)
            .Number(ModelFields.Beneficiaries, t.ModelBeneficiariesLabel, 0, ModelValidator.MaxBeneficiaries, required: true)
            .Choice(ModelFields.Status, t.ModelStatusLabel, Choices(ModelValidator.Statuses, t.StatusName), required: true, expanded: true)
            .Build(t.ModelSubmitButton, SubmitVerb, recordData, new ExecuteAction(t.ModelListButton, ListVerb));
    }

    /// <summary>The read-only receipt the form turns into once stored: the model, with edit and list buttons.</summary>
    public static Card Receipt(ReceiptModel<DanVanKheoModel> m, IReadOnlyDictionary<string, string> recordData)
    {
        var (t, v) = (m.T, m.Value);
        var body = new List<Element>
        {
            new TextBlock(t.ModelReceiptTitle, TextStyle.Good),
            new TextBlock(m.UnitName, TextStyle.Subtle),
            new FactSet(
            [
                (t.ModelNameLabel, v.Name),
                (t.ModelFieldLabel, t.FieldName(v.Field)),
                (t.ModelNewRuralAreaLabel, v.NewRuralArea ? t.ModelYes : t.ModelNo),
                (t.ModelStartDateLabel, t.Date(v.StartDate)),
                (t.ModelBeneficiariesLabel, t.ModelPeople(v.Beneficiaries)),
                (t.ModelStatusLabel, t.StatusName(v.Status)),
            ]),
            // Long free text reads better as paragraphs than squeezed into a fact's value column on mobile.
            TextBlock.Md(Markdown.Bold(t.ModelDescriptionLabel)),
            new TextBlock(v.Description),
        };
        if (v.Results is not null) body.AddRange([TextBlock.Md(Markdown.Bold(t.ModelResultsLabel)), new TextBlock(v.Results)]);
        body.Add(new TextBlock(t.UpdatedBy(m.UpdatedWhen, m.UpdatedBy), TextStyle.Subtle));
        return new Card(body, [new ExecuteAction(t.ModelEditButton, OpenVerb, recordData), new ExecuteAction(t.ModelListButton, ListVerb)]);
    }

    /// <summary>The unit's models, most recently started first, each with an edit button; and a register button.</summary>
    /// <param name="continuedFrom">Models carried over from an earlier plan year: their id and that year.</param>
    public static Card List(Texts t, string unitName, IReadOnlyList<(string Id, DanVanKheoModel Model)> models, ModelStanding standing,
        IReadOnlyDictionary<string, int>? continuedFrom = null)
    {
        var body = new List<Element> { new TextBlock(t.ModelsListTitle(unitName), TextStyle.Heading) };
        if (models.Count == 0) body.Add(new Container([new TextBlock(t.ModelsEmpty(standing.MinPerUnit))], Emphasis: true));
        else
        {
            var summary = new List<Element> { new TextBlock(t.ModelsCount(standing.Count, standing.MinPerUnit)) };
            if (!standing.Met) summary.Add(new TextBlock(t.ModelsMissing(standing.MinPerUnit, standing.StillNeeded), TextStyle.Warning));
            body.Add(new Container(summary, Emphasis: true));
        }
        var shown = models.OrderByDescending(m => m.Model.StartDate).ThenBy(m => m.Model.Name, StringComparer.Create(t.Culture, false))
            .Take(MaxShown).ToList();
        foreach (var (id, model) in shown)
            body.Add(new Container(
            [
                TextBlock.Md(Markdown.Bold(Clip(model.Name))),
                new TextBlock(t.ModelRowDetails(t.FieldName(model.Field), t.StatusName(model.Status), t.Date(model.StartDate),
                    model.Beneficiaries, model.NewRuralArea), TextStyle.Subtle),
                .. continuedFrom?.GetValueOrDefault(id) is int year and > 0 ? [new TextBlock(t.ModelContinuing(year), TextStyle.GoodPlain)] : Array.Empty<Element>(),
                new ActionSet([new ExecuteAction(t.ModelEditButton, OpenVerb, RecordData(id))]),
            ]));
        if (models.Count > shown.Count) body.Add(new TextBlock(t.ModelsNotShown(models.Count - shown.Count, shown.Count), TextStyle.Subtle));
        return new Card(body, [new ExecuteAction(t.ModelNewButton, OpenVerb, Primary: true), new ExecuteAction(t.StandingButton, Verbs.Standing)]);
    }

    /// <summary>The unit's row in the standing: not one of the five numbered targets, so no target number.</summary>
    public static StandingLine Line(Texts t, ModelStanding s) => StandingLine.Of(s.ToProgress(), t.ModelsTitle,
        t.ModelsDetail(s.Count, s.Recognised, s.Awarded, s.NewRuralArea), s.Met ? null : t.ModelsMissing(s.MinPerUnit, s.StillNeeded), ListVerb);

    /// <summary>The card data naming one model record.</summary>
    public static IReadOnlyDictionary<string, string> RecordData(string modelId) =>
        new Dictionary<string, string> { [ModelFields.Id] = modelId };

    private static IReadOnlyList<(string Title, string Value)> Choices<TEnum>(IReadOnlyDictionary<string, TEnum> values, Func<TEnum, string> title) =>
        values.Select(kv => (title(kv.Value), kv.Key)).ToList();

    private static string Clip(string s) => TextClip.Clip(s, MaxNameShown);
}
