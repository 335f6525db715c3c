using DanVan.Cards.Json;

namespace DanVan.App.Routing;

/// <summary>
/// What a route answers: <paramref name="Card"/> is the card a clicked card turns into (a card action) or the
/// message card (a typed command); <paramref name="Replies"/> follow in the chat.
/// </summary>
public sealed record Answer(Card? Card, IReadOnlyList<Reply> Replies)
{
    public static Answer Of(Card card) => new(card, []);

    public static Answer Say(string text) => new(null, [new TextReply(text)]);

    public static Answer From(ActionResult result) => new(result.Card, result.Replies);

    /// <summary>As the messages a typed command posts: the card first, then the replies.</summary>
    public IReadOnlyList<Reply> AsMessages() => Card is null ? Replies : [new CardReply(Card), .. Replies];
}
