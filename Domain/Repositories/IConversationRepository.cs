namespace DanVan.Domain.Repositories;

/// <summary>
/// Where to reach a user proactively. The reference itself is channel data the domain never reads, kept as an
/// opaque JSON string so the domain stays free of Bot Framework types.
/// </summary>
public sealed record ConversationRecord(string UserKey, string? UnitId, string ReferenceJson, bool Active, DateTimeOffset UpdatedAt)
{
    /// <summary>Why the reference stopped working (see <see cref="InactiveReasons"/>); null while active.</summary>
    public string? InactiveReason { get; init; }

    public DateTimeOffset? InactiveSince { get; init; }

    /// <summary>The storage version it was read at (null if not read from storage): lets a sender mark inactive or
    /// drop exactly the reference that failed, never a newer one the user's own turn saved meanwhile.</summary>
    public string? Version { get; init; }
}

/// <summary>Why a reference is inactive: the user uninstalled, or Teams' 403 sub-code when a send was refused.</summary>
public static class InactiveReasons
{
    public const string Uninstalled = "Uninstalled";
    public const string ConversationBlockedByUser = "ConversationBlockedByUser";
    public const string BotNotInConversationRoster = "BotNotInConversationRoster";
    public const string BotDisabledByAdmin = "BotDisabledByAdmin";
    public const string MessageWritesBlocked = "MessageWritesBlocked";
    /// <summary>Stored under a user's key but not a personal chat (written by a version that saved channel turns
    /// there): private messages never go to it; the user's next personal turn replaces it.</summary>
    public const string NotPersonal = "NotPersonal";
}

public interface IConversationRepository
{
    Task<ConversationRecord?> GetAsync(string userKey, CancellationToken ct);

    /// <summary>Stores the user's reference as given (last writer wins); saving an active one reactivates it.</summary>
    Task SaveAsync(ConversationRecord record, CancellationToken ct);

    /// <summary>
    /// Keeps the reference but stops proactive sends to it, with the reason and time. <paramref name="ifVersion"/>:
    /// only if unchanged since read at that version (null: whatever is stored). False if there is none, or it changed.
    /// </summary>
    Task<bool> MarkInactiveAsync(string userKey, string reason, DateTimeOffset at, string? ifVersion, CancellationToken ct);

    /// <summary>Drops the reference (Teams says the conversation no longer exists). Same version rule as above.</summary>
    Task<bool> DeleteAsync(string userKey, string? ifVersion, CancellationToken ct);

    /// <summary>Every active reference, with its version: the proactive fan-out's address book, one partition query.</summary>
    Task<IReadOnlyList<ConversationRecord>> ListActiveAsync(CancellationToken ct);

    Task<SharedChatRecord?> GetSharedAsync(string key, CancellationToken ct);

    /// <summary>Stores a team's or group chat's record (last writer wins); saving it active reactivates it.</summary>
    Task SaveSharedAsync(SharedChatRecord record, CancellationToken ct);

    /// <summary>Keeps the team's or group chat's record but marks it inactive. False if there is none.</summary>
    Task<bool> MarkSharedInactiveAsync(string key, string reason, DateTimeOffset at, CancellationToken ct);

    /// <summary>Makes a channel of the team the department's channel (one per team; the last set wins). The team's
    /// install record is kept; a team without one gets a record holding only this.</summary>
    Task SetDepartmentChannelAsync(DepartmentChannel channel, CancellationToken ct);

    /// <summary>Stops the team's department channel. False if the team had none.</summary>
    Task<bool> StopDepartmentChannelAsync(string teamKey, CancellationToken ct);

    /// <summary>Every department channel of a team DanVan is still installed in: one partition query.</summary>
    Task<IReadOnlyList<DepartmentChannel>> ListDepartmentChannelsAsync(CancellationToken ct);
}
