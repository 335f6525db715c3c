namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts
{
    public override string ModelsTitle => "“Dân vận khéo” models";
    public override string ModelsListTitle(string unitName) => $"“Dân vận khéo” models — {unitName}";
    public override string ModelFormNewTitle(string unitName) => $"Register a “Dân vận khéo” model — {unitName}";
    public override string ModelFormEditTitle(string unitName) => $"Update a “Dân vận khéo” model — {unitName}";
    public override string ModelFormIntro(int minPerUnit) =>
        $"Every unit builds at least {Number(minPerUnit)} “Dân vận khéo” model(s); models tied to new rural development are encouraged.";

    public override string ModelNameLabel => "Name of the model";
    public override string ModelNamePlaceholder => "e.g. Mobilising people to protect the forest";
    public override string ModelFieldLabel => "Field";
    public override string ModelNewRuralAreaLabel => "Tied to new rural development (nông thôn mới)";
    public override string ModelStartDateLabel => "Start date";
    public override string ModelPickStartDate(int earliestYear) => $"Please pick a start date from {earliestYear} up to today.";
    public override string ModelDescriptionLabel => "What the model does and how";
    public override string ModelResultsLabel => "Results so far (optional)";
    public override string ModelBeneficiariesLabel => "People benefiting";
    public override string ModelStatusLabel => "Status";

    public override string FieldEconomy => "Economy";
    public override string FieldCultureSociety => "Culture and society";
    public override string FieldDefenceSecurity => "Defence and security";
    public override string FieldPoliticalSystem => "Building the political system";
    public override string StatusRegistered => "Registered";
    public override string StatusInProgress => "In progress";
    public override string StatusRecognised => "Recognised";
    public override string StatusAwarded => "Awarded";

    public override string ModelSubmitButton => "Save model";
    public override string ModelEditButton => "Edit";
    public override string ModelNewButton => "Register a new model";
    public override string ModelListButton => "List of models";

    public override string ModelReceiptTitle => "“Dân vận khéo” model received";
    public override string ModelYes => "Yes";
    public override string ModelNo => "No";
    public override string ModelPeople(int people) => $"{Number(people)} people";
    public override string ModelSaved(string name, string status) =>
        $"Model “{name}” received (status: {status.ToLowerInvariant()}).";
    public override string ModelSummary(string name, string status) => $"{name} (status: {status.ToLowerInvariant()})";

    public override string ModelsEmpty(int minPerUnit) =>
        $"The unit has not registered any “Dân vận khéo” model yet. The plan asks every unit for at least {Number(minPerUnit)} — press “Register a new model” to start.";
    public override string ModelsCount(int count, int minPerUnit) =>
        $"The unit has {Number(count)} “Dân vận khéo” model(s) (target: at least {Number(minPerUnit)}).";
    public override string ModelRowDetails(string field, string status, string startDate, int beneficiaries, bool newRuralArea) =>
        $"{field} · {status} · started {startDate} · {Number(beneficiaries)} people benefiting" +
        (newRuralArea ? " · tied to new rural development" : "");
    public override string ModelsNotShown(int hidden, int shown) =>
        $"{Number(hidden)} more model(s) not shown (the list shows the {Number(shown)} most recently started).";

    public override string ModelsDetail(int count, int recognised, int awarded, int newRuralArea)
    {
        if (count == 0) return "No model registered yet.";
        var parts = new List<string>();
        if (recognised > 0) parts.Add($"{Number(recognised)} recognised");
        if (awarded > 0) parts.Add($"{Number(awarded)} awarded");
        if (newRuralArea > 0) parts.Add($"{Number(newRuralArea)} tied to new rural development");
        return $"{Number(count)} model(s) registered" + (parts.Count > 0 ? $" ({string.Join(", ", parts)})." : ".");
    }

    public override string ModelsMissing(int minPerUnit, int stillNeeded) => stillNeeded >= minPerUnit
        ? $"At least {Number(minPerUnit)} model(s) needed."
        : $"At least {Number(minPerUnit)} model(s) needed — {Number(stillNeeded)} more to go.";
}
