using DanVan.Cards.Json;

namespace DanVan.Cards;

/// <summary>A card that only says something: what an invoke returns when there is no form to show.</summary>
public static class MessageCard
{
    public static Card Build(string text, TextStyle style = TextStyle.Normal, params ExecuteAction[] actions) =>
        new([new TextBlock(text, style)], actions);
}
