using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Validation;

namespace DanVan.Cards.Forms;

/// <summary>
/// Everything a form card needs: the raw field values to show (stored values, or what the user typed when the
/// form comes back with errors), the version it was filled from, and the errors or notice to show.
/// </summary>
public sealed record FormModel(
    Texts T,
    Plan Plan,
    string UnitName,
    IReadOnlyDictionary<string, string?> Fields,
    string? BaseVersion,
    IReadOnlyList<FieldError> Errors,
    string? Notice)
{
    public string? Raw(string id) => Fields.TryGetValue(id, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}

/// <summary>What a receipt card needs: the stored value and who stored it when (already as local-time text).</summary>
public sealed record ReceiptModel<TValue>(Texts T, Plan Plan, string UnitName, TValue Value, string UpdatedWhen, string UpdatedBy, DateOnly Today);

/// <summary>
/// Builds a form body: each input followed by its error (if any), a heading, and the card-level notice. Values
/// are re-shown the way the server understands them, so a rejected form never loses what was typed.
/// </summary>
public sealed class FormBuilder(FormModel m)
{
    private readonly List<Element> _body = [];

    public FormBuilder Heading(string title, string? subtitle = null)
    {
        _body.Add(new TextBlock(title, TextStyle.Heading));
        if (subtitle is not null) _body.Add(new TextBlock(subtitle, TextStyle.Subtle));
        if (m.Notice is not null) _body.Add(new TextBlock(m.Notice, TextStyle.Attention));
        else if (m.Errors.Count > 0) _body.Add(new TextBlock(m.T.FixErrors(m.Errors.Count), TextStyle.Attention));
        return this;
    }

    /// <summary>A line of text; <paramref name="markdown"/> when the builder wrote it as Markdown (e.g. a bold section title).</summary>
    public FormBuilder Note(string text, TextStyle style = TextStyle.Subtle, bool markdown = false)
    {
        _body.Add(markdown ? TextBlock.Md(text, style) : new TextBlock(text, style));
        return this;
    }

    public FormBuilder Number(string id, string label, int min, int max, bool required)
    {
        var raw = m.Raw(id);
        int? value = raw is not null && FieldReader.ParseWholeNumber(raw, out var n) == FieldReader.NumberShape.Number
                     && n is >= int.MinValue and <= int.MaxValue ? (int)n : null;
        return Add(id, new NumberInput(id, label, value, min, max, required, m.T.EnterWholeNumber));
    }

    public FormBuilder Text(string id, string label, int maxLength, bool required, bool multiline = false, string? placeholder = null) =>
        Add(id, new TextInput(id, label, Clip(m.Raw(id), maxLength), maxLength, required, m.T.FieldRequired, multiline, placeholder));

    /// <summary>A date picker limited to the plan's period, unless the item allows others (e.g. a model's start).</summary>
    public FormBuilder Date(string id, string label, bool required, DateOnly? min = null, string? errorMessage = null)
    {
        var value = m.Raw(id) is { } raw ? FieldReader.ParseDate(raw)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
        // From the plan's opening date (may be in the year before) to the end of its year, or of its open period if later.
        var from = (min ?? m.Plan.OpensOn).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var last = m.Plan.LastOpenDay > new DateOnly(m.Plan.Year, 12, 31) ? m.Plan.LastOpenDay : new DateOnly(m.Plan.Year, 12, 31);
        return Add(id, new DateInput(id, label, value, from, last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), required, errorMessage ?? m.T.PickDate(m.Plan.Year),
            m.T.DatePlaceholder));
    }

    public FormBuilder Toggle(string id, string title) =>
        Add(id, new ToggleInput(id, title, FieldReader.ParseBool(m.Raw(id)) == true));

    public FormBuilder Choice(string id, string label, IReadOnlyList<(string Title, string Value)> choices, bool required, bool expanded = false)
    {
        var raw = m.Raw(id);
        var value = choices.Any(c => c.Value == raw) ? raw : null;
        return Add(id, new ChoiceInput(id, label, choices, value, required, m.T.FieldRequired, expanded));
    }

    /// <summary>The card with the given buttons (a stepped form's "Tiếp" and "Quay lại" carry their own data).</summary>
    public Card Build(IReadOnlyList<ExecuteAction> actions) => new(_body, actions);

    /// <summary>The card, with one submit button carrying the base version (and any extra data, e.g. a record id).</summary>
    public Card Build(string submitTitle, string submitVerb, IReadOnlyDictionary<string, string>? extraData = null, params ExecuteAction[] more)
    {
        var data = new Dictionary<string, string> { [Verbs.BaseVersion] = m.BaseVersion ?? "" };
        foreach (var (k, v) in extraData ?? new Dictionary<string, string>()) data[k] = v;
        return new Card(_body, [new ExecuteAction(submitTitle, submitVerb, data, Primary: true), .. more]);
    }

    private FormBuilder Add(string id, Element input)
    {
        _body.Add(input);
        if (m.Errors.FirstOrDefault(e => e.Field == id) is { } error) _body.Add(new TextBlock(m.T.Error(error), TextStyle.Attention));
        return this;
    }

    // What was typed, cut to the input's maxLength so the client shows it; whole text elements only.
    private static string? Clip(string? s, int max) => s is null ? null : TextClip.Clip(s, max, ellipsis: "");
}
