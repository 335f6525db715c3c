using System.Text.Json.Nodes;

namespace DanVan.Cards.Json;

/// <summary>
/// Teams' people picker: an Input.ChoiceSet whose choices Teams fetches from the organisation's directory as the
/// user types; it sends the chosen user's Entra object id. Clients without it (the Agents Playground, mobile)
/// show an empty drop-down, so a card offering it also offers a typed account.
/// </summary>
public sealed record PeoplePicker(string Id, string Label, string Placeholder) : Element
{
    public override JsonObject ToJson() => new()
    {
        ["type"] = "Input.ChoiceSet", ["id"] = Id, ["label"] = Label, ["placeholder"] = Placeholder, ["isRequired"] = false,
        ["choices"] = new JsonArray(),
        ["choices.data"] = new JsonObject { ["type"] = "Data.Query", ["dataset"] = "graph.microsoft.com/users" },
    };
}
