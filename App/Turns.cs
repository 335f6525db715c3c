using DanVan.Cards.Json;

namespace DanVan.App;

/// <summary>
/// Who is speaking, as the channel says. Ids are opaque strings: never parsed as Guids (the Agents Playground's
/// ids are not valid Guids). <paramref name="FindUpn"/> asks the channel for the user's UPN/email, only when the
/// object id is not on the roster.
/// </summary>
public sealed record Caller(
    string ChannelUserId,
    string ConversationId,
    string? AadObjectId,
    string? Name,
    string? Locale,
    string? ConversationReferenceJson,
    Func<CancellationToken, Task<string?>>? FindUpn = null);

/// <summary>Something the bot posts into the chat.</summary>
public abstract record Reply;
public sealed record TextReply(string Text) : Reply;
/// <summary>A card, with an optional sentence shown above it in the same message.</summary>
public sealed record CardReply(Card Card, string? Text = null) : Reply;

/// <summary>The answer to a message or install event.</summary>
public sealed record TurnResult(IReadOnlyList<Reply> Replies)
{
    public static TurnResult Of(params Reply[] replies) => new(replies);
}

/// <summary>The answer to a card action: <paramref name="Card"/> replaces the clicked card; replies follow in chat.</summary>
public sealed record ActionResult(Card Card, IReadOnlyList<Reply> Replies)
{
    public static ActionResult Only(Card card) => new(card, []);
}
