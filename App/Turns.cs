using DanVan.Cards.Json;
using DanVan.Domain.Repositories;

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
    Func<CancellationToken, Task<string?>>? FindUpn = null)
{
    /// <summary>Personal chat, channel or group chat: private answers are posted in a personal chat only.</summary>
    public ChatKind Chat { get; init; } = ChatKind.Personal;

    /// <summary>The team a channel belongs to (Teams' channelData.team.id), for the team's own record.</summary>
    public string? TeamId { get; init; }

    /// <summary>Who to count a turn against for the rate limit: the Entra object id, else the channel's user id.</summary>
    public string RateKey => AadObjectId is { Length: > 0 } aad ? "aad:" + aad : "id:" + ChannelUserId;
}

/// <summary>Something the bot posts into the chat.</summary>
public abstract record Reply;
public sealed record TextReply(string Text) : Reply;
/// <summary>A card, with an optional sentence shown above it in the same message.</summary>
public sealed record CardReply(Card Card, string? Text = null) : Reply;

/// <summary>Teams' file consent card in a personal chat: the user allows or declines the upload of a file of about
/// <paramref name="Size"/> bytes to their OneDrive; the answer comes back as an invoke carrying <paramref name="Verb"/>.</summary>
public sealed record FileOfferReply(string FileName, long Size, string Description, string Verb) : Reply;

/// <summary>Teams' file info card: the file just uploaded to the user's OneDrive, shown in the chat.</summary>
public sealed record FileInfoReply(string FileName, string ContentUrl, string UniqueId, string FileType) : Reply;

/// <summary>The answer to a message or install event.</summary>
public sealed record TurnResult(IReadOnlyList<Reply> Replies)
{
    public static TurnResult Of(params Reply[] replies) => new(replies);
}

/// <summary>
/// The answer to a card action: <paramref name="Card"/> replaces the clicked card; replies follow in chat. Without a
/// card, <see cref="Notice"/> is shown to the clicker and the card stays as it is (a card in a shared chat, which
/// must not turn into one person's private answer for everyone).
/// </summary>
public sealed record ActionResult(Card? Card, IReadOnlyList<Reply> Replies)
{
    public string? Notice { get; init; }

    public static ActionResult Only(Card card) => new(card, []);

    public static ActionResult Message(string notice) => new(null, []) { Notice = notice };
}
