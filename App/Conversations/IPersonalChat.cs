namespace DanVan.App.Conversations;

/// <summary>
/// Posts to a user's personal chat with DanVan, from a turn in a channel or group chat: through the stored personal
/// reference, or by opening the 1:1 conversation when none is stored (or it no longer works). Implemented where the
/// channel's types live (Bot/).
/// </summary>
public interface IPersonalChat
{
    /// <param name="storedReference">The user's stored personal reference, if any (trusted only if it is personal).</param>
    /// <param name="caller">The caller of the shared-chat turn: whom to open the chat with, and where (service, tenant).</param>
    /// <returns>The personal reference the replies went to, or null when the personal chat could not be reached.</returns>
    Task<string?> SendAsync(string? storedReference, Caller caller, IReadOnlyList<Reply> replies, CancellationToken ct);
}
