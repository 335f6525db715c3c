using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DanVan.Cards.Json;

/// <summary>
/// A deliberately small, typed subset of the Adaptive Card schema — just what DanVan's cards use. We build JSON
/// ourselves because the AdaptiveCards NuGet package is not available; version 1.5 is the highest Teams renders.
/// </summary>
public sealed record Card(IReadOnlyList<Element> Body, IReadOnlyList<ExecuteAction> Actions)
{
    public const string Version = "1.5";

    /// <summary>
    /// Universal Actions refresh: Teams asks the bot for the current version of this card when one of
    /// <see cref="RefreshUserIds"/> views it, so a receipt never shows figures someone has since changed.
    /// </summary>
    public ExecuteAction? Refresh { get; init; }
    public IReadOnlyList<string> RefreshUserIds { get; init; } = [];

    /// <summary>Data added to every Action.Execute of the card (its refresh too): a past year's card names its year,
    /// so its buttons come back to that year.</summary>
    public IReadOnlyDictionary<string, string>? ActionData { get; init; }

    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JsonArray(Body.Select(e => (JsonNode)e.ToJson()).ToArray()),
        };
        if (Actions.Count > 0) json["actions"] = new JsonArray(Actions.Select(a => (JsonNode)a.ToJson()).ToArray());
        if (Refresh is not null)
            json["refresh"] = new JsonObject
            {
                ["action"] = Refresh.ToJson(),
                ["userIds"] = new JsonArray(RefreshUserIds.Select(id => (JsonNode)JsonValue.Create(id)).ToArray()),
            };
        // Full width on Teams desktop; forms are unreadable in the narrow default.
        json["msteams"] = new JsonObject { ["width"] = "Full" };
        if (ActionData is { Count: > 0 }) AddActionData(json, ActionData);
        return json;
    }

    private static void AddActionData(JsonNode? node, IReadOnlyDictionary<string, string> data)
    {
        switch (node)
        {
            case JsonObject o:
                if ((string?)(o["type"] as JsonValue) == "Action.Execute")
                {
                    var target = o["data"] as JsonObject ?? new JsonObject();
                    foreach (var (key, value) in data) target[key] = value;
                    o["data"] = target;
                }
                foreach (var (_, child) in o.ToList()) AddActionData(child, data);
                break;
            case JsonArray a:
                foreach (var child in a) AddActionData(child, data);
                break;
        }
    }

    // Vietnamese letters stay readable (and 1-3 bytes instead of a 6-byte \uXXXX escape each).
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override string ToString() => ToJson().ToJsonString(Compact);
}

/// <summary>How a TextBlock looks. <see cref="Note"/>: default colour and weight, for a line that must be easy to read
/// (what is still missing); <see cref="AttentionPlain"/> / <see cref="GoodPlain"/>: the colour without bold.</summary>
public enum TextStyle { Normal, Heading, Subtle, Attention, Good, Warning, Note, AttentionPlain, GoodPlain, Strong }

public abstract record Element
{
    public abstract JsonObject ToJson();
}

/// <summary>
/// Text shown as typed: Teams renders a TextBlock as Markdown, so the text is escaped (<see cref="Markdown.Escape"/>)
/// unless <see cref="IsMarkdown"/> says a builder wrote Markdown itself — and then escaped each user part in it.
/// </summary>
public sealed record TextBlock(string Text, TextStyle Style = TextStyle.Normal) : Element
{
    public bool IsMarkdown { get; init; }

    /// <summary>Markdown the builder wrote (e.g. **bold** labels); any user text in it must already be escaped.</summary>
    public static TextBlock Md(string markdown, TextStyle style = TextStyle.Normal) => new(markdown, style) { IsMarkdown = true };

    public override JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "TextBlock", ["text"] = IsMarkdown ? Text : Markdown.Escape(Text), ["wrap"] = true };
        switch (Style)
        {
            case TextStyle.Heading: json["size"] = "Large"; json["weight"] = "Bolder"; break;
            case TextStyle.Subtle: json["isSubtle"] = true; json["size"] = "Small"; break;
            case TextStyle.Attention: json["color"] = "Attention"; json["weight"] = "Bolder"; break;
            case TextStyle.Good: json["color"] = "Good"; json["weight"] = "Bolder"; break;
            case TextStyle.Warning: json["color"] = "Warning"; json["weight"] = "Bolder"; break;
            case TextStyle.AttentionPlain: json["color"] = "Attention"; break;
            case TextStyle.GoodPlain: json["color"] = "Good"; break;
            case TextStyle.Strong: json["weight"] = "Bolder"; break;
        }
        return json;
    }
}

/// <summary>
/// Titles and values are rendered as Markdown by Teams too: both are escaped, unless <see cref="ValuesAreMarkdown"/>
/// says the builder wrote the values as Markdown (a link) and escaped each user part itself.
/// </summary>
public sealed record FactSet(IReadOnlyList<(string Title, string Value)> Facts) : Element
{
    public bool ValuesAreMarkdown { get; init; }

    public override JsonObject ToJson() => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(Facts.Select(f => (JsonNode)new JsonObject
        {
            ["title"] = Markdown.Escape(f.Title), ["value"] = ValuesAreMarkdown ? f.Value : Markdown.Escape(f.Value),
        }).ToArray()),
    };
}

/// <summary>Groups elements; <paramref name="Emphasis"/> gives it the shaded background used for summaries.</summary>
public sealed record Container(IReadOnlyList<Element> Items, bool Emphasis = false) : Element
{
    /// <summary>A line above it, to set one block of a list apart from the next.</summary>
    public bool Separator { get; init; }

    public override JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray(Items.Select(i => (JsonNode)i.ToJson()).ToArray()) };
        if (Emphasis) json["style"] = "emphasis";
        if (Separator) json["separator"] = true;
        return json;
    }
}

/// <summary>The background styles Adaptive Cards 1.5 gives containers and columns (the host's theme picks the colours).</summary>
public enum BoxStyle { Default, Emphasis, Good, Warning, Attention, Accent }

/// <summary>A column of a <see cref="ColumnSet"/>. <paramref name="Width"/>: "auto", "stretch", or a relative weight
/// (a whole number as text, e.g. "84", which a bar's filled part uses).</summary>
public sealed record Column(IReadOnlyList<Element> Items, string Width = "stretch", BoxStyle Style = BoxStyle.Default)
{
    /// <summary>Keeps an empty column (a bar's segment) visible: e.g. "10px".</summary>
    public string? MinHeight { get; init; }

    public string VerticalAlignment { get; init; } = "Center";

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "Column", ["items"] = new JsonArray(Items.Select(i => (JsonNode)i.ToJson()).ToArray()),
            ["width"] = int.TryParse(Width, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var weight)
                ? weight : Width,
            ["verticalContentAlignment"] = VerticalAlignment,
        };
        if (Style != BoxStyle.Default) json["style"] = Style.ToString().ToLowerInvariant();
        if (MinHeight is not null) json["minHeight"] = MinHeight;
        return json;
    }
}

/// <summary>Columns side by side: a label beside its figure, or the two parts of a progress bar.</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : Element
{
    /// <summary>"None" draws the set right under the element above (a bar under its label).</summary>
    public string? Spacing { get; init; }

    public override JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "ColumnSet", ["columns"] = new JsonArray(Columns.Select(c => (JsonNode)c.ToJson()).ToArray()) };
        if (Spacing is not null) json["spacing"] = Spacing;
        return json;
    }
}

/// <summary>The data colours Teams' chart elements document (a subset: the semantic ones DanVan uses).</summary>
public enum ChartColor { Good, Warning, Attention, Neutral }

/// <summary>One bar of a <see cref="StackedBarChart"/>: its title and its segments, in order.</summary>
public sealed record StackedBar(string Title, IReadOnlyList<(string Legend, decimal Value, ChartColor Color)> Segments);

/// <summary>
/// Teams' <c>Chart.HorizontalBar.Stacked</c> (documented for Adaptive Cards 1.5 in Teams: "Charts in Adaptive
/// Cards"). A chart is not part of the Adaptive Card schema other clients know, so it always carries a
/// <paramref name="Fallback"/>, the same figures as plain elements, which those clients render instead. Titles and
/// legends are plain text (charts do not render Markdown).
/// </summary>
public sealed record StackedBarChart(string Title, IReadOnlyList<StackedBar> Bars, Element Fallback) : Element
{
    public const string Type = "Chart.HorizontalBar.Stacked";

    public override JsonObject ToJson() => new()
    {
        ["type"] = Type,
        ["title"] = Title,
        ["data"] = new JsonArray(Bars.Select(b => (JsonNode)new JsonObject
        {
            ["title"] = b.Title,
            ["data"] = new JsonArray(b.Segments.Select(s => (JsonNode)new JsonObject
            {
                ["legend"] = s.Legend, ["value"] = s.Value, ["color"] = ChartColors.Name(s.Color),
            }).ToArray()),
        }).ToArray()),
        ["fallback"] = Fallback.ToJson(),
    };
}

/// <summary>
/// Teams' <c>Chart.Gauge</c>: one value on a 0–100 scale with coloured segments, e.g. a unit's overall completion.
/// Always with a <paramref name="Fallback"/> (see <see cref="StackedBarChart"/>).
/// </summary>
public sealed record GaugeChart(string Title, decimal Value, string SubLabel, IReadOnlyList<(string Legend, decimal Size, ChartColor Color)> Segments,
    Element Fallback) : Element
{
    public const string Type = "Chart.Gauge";

    public override JsonObject ToJson() => new()
    {
        ["type"] = Type,
        ["title"] = Title,
        ["value"] = Value,
        ["min"] = 0,
        ["max"] = 100,
        ["valueFormat"] = "Percentage",
        ["subLabel"] = SubLabel,
        ["segments"] = new JsonArray(Segments.Select(s => (JsonNode)new JsonObject
        {
            ["legend"] = s.Legend, ["size"] = s.Size, ["color"] = ChartColors.Name(s.Color),
        }).ToArray()),
        ["fallback"] = Fallback.ToJson(),
    };
}

public static class ChartColors
{
    public static string Name(ChartColor c) => c switch
    {
        ChartColor.Good => "good",
        ChartColor.Warning => "warning",
        ChartColor.Attention => "attention",
        _ => "neutral",
    };
}

/// <summary>Buttons inside the body, e.g. "Sửa" on each row of a list; a card's own actions are too few for that.</summary>
public sealed record ActionSet(IReadOnlyList<ExecuteAction> Actions) : Element
{
    public override JsonObject ToJson() => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray(Actions.Select(a => (JsonNode)a.ToJson()).ToArray()),
    };
}

/// <summary>Input.Number. Client-side bounds are a convenience only: the server validates every value again.</summary>
public sealed record NumberInput(string Id, string Label, int? Value, int Min, int Max, bool Required, string ErrorMessage) : Element
{
    public override JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "Input.Number", ["id"] = Id, ["label"] = Label, ["min"] = Min, ["max"] = Max,
            ["isRequired"] = Required, ["errorMessage"] = ErrorMessage,
        };
        if (Value is not null) json["value"] = Value;
        return json;
    }
}

/// <summary>Input.Text; <paramref name="MaxLength"/> is also enforced by the server.</summary>
public sealed record TextInput(string Id, string Label, string? Value, int MaxLength, bool Required, string ErrorMessage,
    bool Multiline = false, string? Placeholder = null, string? Regex = null) : Element
{
    public override JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "Input.Text", ["id"] = Id, ["label"] = Label, ["maxLength"] = MaxLength,
            ["isRequired"] = Required, ["errorMessage"] = ErrorMessage,
        };
        if (Multiline) json["isMultiline"] = true;
        if (Placeholder is not null) json["placeholder"] = Placeholder;
        if (Regex is not null) json["regex"] = Regex;
        if (Value is not null) json["value"] = Value;
        return json;
    }
}

/// <summary>Input.Toggle sending "true"/"false".</summary>
public sealed record ToggleInput(string Id, string Title, bool Value, string? Label = null) : Element
{
    public override JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "Input.Toggle", ["id"] = Id, ["title"] = Title, ["value"] = Value ? "true" : "false",
            ["valueOn"] = "true", ["valueOff"] = "false", ["wrap"] = true,
        };
        if (Label is not null) json["label"] = Label;
        return json;
    }
}

/// <summary>Input.ChoiceSet (a drop-down, or radio buttons when <paramref name="Expanded"/>); with
/// <paramref name="MultiSelect"/> several choices, sent as one comma-separated value.</summary>
public sealed record ChoiceInput(string Id, string Label, IReadOnlyList<(string Title, string Value)> Choices, string? Value,
    bool Required, string ErrorMessage, bool Expanded = false, bool MultiSelect = false) : Element
{
    public override JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "Input.ChoiceSet", ["id"] = Id, ["label"] = Label, ["isRequired"] = Required, ["errorMessage"] = ErrorMessage,
            ["style"] = Expanded ? "expanded" : "compact", ["wrap"] = true,
            ["choices"] = new JsonArray(Choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray()),
        };
        if (MultiSelect) json["isMultiSelect"] = true;
        if (Value is not null) json["value"] = Value;
        return json;
    }
}

/// <summary>
/// Teams' people picker: an Input.ChoiceSet whose choices come from the organisation's directory as the user types
/// (<c>choices.data</c>, a <c>Data.Query</c> on <c>graph.microsoft.com/users</c>), as Teams documents it for cards of
/// version 1.2 and up in 1:1 chats with a bot. It sends the chosen person's Entra object id. Clients without it show
/// an empty drop-down, so a form that has one also has a typed fallback.
/// </summary>
public sealed record PeoplePicker(string Id, string Label, string Placeholder) : Element
{
    public const string Dataset = "graph.microsoft.com/users";

    public override JsonObject ToJson() => new()
    {
        ["type"] = "Input.ChoiceSet", ["id"] = Id, ["label"] = Label, ["placeholder"] = Placeholder, ["isMultiSelect"] = false, ["isRequired"] = false,
        ["choices"] = new JsonArray(),
        ["choices.data"] = new JsonObject { ["type"] = "Data.Query", ["dataset"] = Dataset },
    };
}

/// <summary>Input.Date; <paramref name="Value"/>, <paramref name="Min"/> and <paramref name="Max"/> are yyyy-MM-dd.</summary>
public sealed record DateInput(string Id, string Label, string? Value, string Min, string Max, bool Required, string ErrorMessage,
    string? Placeholder = null) : Element
{
    public override JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["type"] = "Input.Date", ["id"] = Id, ["label"] = Label, ["min"] = Min, ["max"] = Max,
            ["isRequired"] = Required, ["errorMessage"] = ErrorMessage,
        };
        // Without one the client shows its own English "Select a date...".
        if (Placeholder is not null) json["placeholder"] = Placeholder;
        if (Value is not null) json["value"] = Value;
        return json;
    }
}

/// <summary>
/// Action.Execute (Universal Actions): Teams sends it to the bot as an adaptiveCard/action invoke and replaces the
/// card with the one the bot returns. <paramref name="Data"/> is echoed back and must be treated as untrusted.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb, IReadOnlyDictionary<string, string>? Data = null, bool Primary = false)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "Action.Execute", ["title"] = Title, ["verb"] = Verb };
        if (Data is { Count: > 0 }) json["data"] = new JsonObject(Data.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value)));
        if (Primary) json["style"] = "positive";
        return json;
    }
}
