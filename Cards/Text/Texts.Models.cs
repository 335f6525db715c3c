using DanVan.Domain.Models;

namespace DanVan.Cards.Text;

/// <summary>"Dân vận khéo" models: register, edit and list them.</summary>
public abstract partial class Texts
{
    public abstract string ModelsTitle { get; }
    public abstract string ModelsListTitle(string unitName);
    public abstract string ModelFormNewTitle(string unitName);
    public abstract string ModelFormEditTitle(string unitName);
    public abstract string ModelFormIntro(int minPerUnit);

    public abstract string ModelNameLabel { get; }
    public abstract string ModelNamePlaceholder { get; }
    public abstract string ModelFieldLabel { get; }
    public abstract string ModelNewRuralAreaLabel { get; }
    public abstract string ModelStartDateLabel { get; }
    public abstract string ModelPickStartDate(int earliestYear);
    public abstract string ModelDescriptionLabel { get; }
    public abstract string ModelResultsLabel { get; }
    public abstract string ModelBeneficiariesLabel { get; }
    public abstract string ModelStatusLabel { get; }

    public abstract string FieldEconomy { get; }
    public abstract string FieldCultureSociety { get; }
    public abstract string FieldDefenceSecurity { get; }
    public abstract string FieldPoliticalSystem { get; }
    public abstract string StatusRegistered { get; }
    public abstract string StatusInProgress { get; }
    public abstract string StatusRecognised { get; }
    public abstract string StatusAwarded { get; }

    public abstract string ModelSubmitButton { get; }
    public abstract string ModelEditButton { get; }
    public abstract string ModelNewButton { get; }
    public abstract string ModelListButton { get; }

    public abstract string ModelReceiptTitle { get; }
    public abstract string ModelYes { get; }
    public abstract string ModelNo { get; }
    public abstract string ModelPeople(int people);
    public abstract string ModelSaved(string name, string status);
    public abstract string ModelSummary(string name, string status);

    public abstract string ModelsEmpty(int minPerUnit);
    public abstract string ModelsCount(int count, int minPerUnit);
    public abstract string ModelRowDetails(string field, string status, string startDate, int beneficiaries, bool newRuralArea);
    public abstract string ModelsNotShown(int hidden, int shown);

    /// <summary>The standing row: what the unit has, and what it still needs.</summary>
    public abstract string ModelsDetail(int count, int recognised, int awarded, int newRuralArea);
    public abstract string ModelsMissing(int minPerUnit, int stillNeeded);

    public string FieldName(ModelField field) => field switch
    {
        ModelField.Economy => FieldEconomy,
        ModelField.CultureSociety => FieldCultureSociety,
        ModelField.DefenceSecurity => FieldDefenceSecurity,
        _ => FieldPoliticalSystem,
    };

    public string StatusName(ModelStatus status) => status switch
    {
        ModelStatus.Registered => StatusRegistered,
        ModelStatus.InProgress => StatusInProgress,
        ModelStatus.Recognised => StatusRecognised,
        _ => StatusAwarded,
    };
}
