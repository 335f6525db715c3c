using DanVan.App.Forms;
using DanVan.Cards.Text;

namespace DanVan.App.Routing;

/// <summary>
/// What a route's handler is given: the caller as the roster knows them (never as the activity claims), their
/// language, what they typed (a command) and the card data (a verb; untrusted, checked by the handler).
/// </summary>
public sealed record Request(Identity Who, Texts T, Caller Caller, string? Text, IReadOnlyDictionary<string, string?> Data)
{
    /// <summary>The unit head acting on their own unit (routes declared for unit heads only).</summary>
    public Actor Actor => new(Who, T, Caller.ChannelUserId);

    /// <summary>A file the message carried (the file route only).</summary>
    public Files.IncomingFile? File { get; init; }
}
