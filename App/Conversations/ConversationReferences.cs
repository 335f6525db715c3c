using System.Collections.Concurrent;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;

namespace DanVan.App.Conversations;

/// <summary>
/// Keeps conversation references for proactive messages, apart per scope: a user's personal chat (reminders and
/// digests go there and nowhere else) is saved only from their personal chat; a team or group chat has a record of
/// its own, which its install and uninstall touch and nothing else. Most turns change nothing, so the last
/// personal reference seen is remembered in memory and trusted for <see cref="Recheck"/>; after that storage is
/// read again, because another instance (or the proactive sender after a 403) may have marked it inactive.
/// </summary>
public sealed class ConversationReferences(IConversationRepository conversations, DepartmentClock clock)
{
    public static readonly TimeSpan Recheck = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Seen> _seen = new();

    private sealed record Seen(string Reference, string? UnitId, DateTimeOffset At);

    /// <summary>Saves the caller's personal reference; a turn anywhere else never replaces it.</summary>
    /// <param name="trustMemory">False on install: a reinstall must reactivate whatever this instance remembers.</param>
    public async Task RememberAsync(Caller caller, Identity who, bool trustMemory, CancellationToken ct)
    {
        if (caller.Chat != ChatKind.Personal || caller.ConversationReferenceJson is not { } reference) return;
        await SavePersonalAsync(who, reference, trustMemory, ct);
    }

    /// <summary>The personal chat to post private answers to, if one is stored and active.</summary>
    public async Task<string?> PersonalAsync(Identity who, CancellationToken ct) =>
        await conversations.GetAsync(who.Member.Key, ct) is { Active: true } stored ? stored.ReferenceJson : null;

    /// <summary>A personal chat DanVan opened itself (to answer a command typed in a channel): kept for reminders.</summary>
    public Task SavePersonalAsync(Identity who, string reference, CancellationToken ct) => SavePersonalAsync(who, reference, false, ct);

    /// <summary>The user removed the app from their personal scope: keep the reference but stop proactive sends.</summary>
    public async Task ForgetAsync(Identity who, CancellationToken ct)
    {
        _seen.TryRemove(who.Member.Key, out _);
        await conversations.MarkInactiveAsync(who.Member.Key, InactiveReasons.Uninstalled, clock.UtcNow, ifVersion: null, ct);
    }

    /// <summary>DanVan was added to a team or group chat: that conversation's own record, active.</summary>
    public async Task RememberSharedAsync(Caller caller, CancellationToken ct)
    {
        if (caller.Chat == ChatKind.Personal || caller.ConversationReferenceJson is not { } reference) return;
        await conversations.SaveSharedAsync(new SharedChatRecord(SharedKey(caller), caller.Chat, reference, Active: true, clock.UtcNow), ct);
    }

    /// <summary>DanVan was removed from a team or group chat: only that conversation's record changes.</summary>
    public async Task ForgetSharedAsync(Caller caller, CancellationToken ct)
    {
        if (caller.Chat == ChatKind.Personal) return;
        await conversations.MarkSharedInactiveAsync(SharedKey(caller), InactiveReasons.Uninstalled, clock.UtcNow, ct);
    }

    /// <summary>A team is known by its id (the same for all its channels); a group chat by its conversation.</summary>
    public static string SharedKey(Caller caller) => caller.TeamId is { Length: > 0 } team ? "team:" + team : "chat:" + caller.ConversationId;

    private async Task SavePersonalAsync(Identity who, string reference, bool trustMemory, CancellationToken ct)
    {
        var key = who.Member.Key;
        var unitId = who.Unit?.Id;
        var now = clock.UtcNow;
        if (trustMemory && _seen.TryGetValue(key, out var seen) && seen.Reference == reference && seen.UnitId == unitId
            && now - seen.At < Recheck)
            return;
        // Look before writing: UpdatedAt then says when the reference last changed. Saving it active is also what
        // reactivates a reference marked inactive (uninstall, blocked sends).
        var stored = await conversations.GetAsync(key, ct);
        if (stored is not { Active: true } || stored.ReferenceJson != reference || stored.UnitId != unitId)
            await conversations.SaveAsync(new ConversationRecord(key, unitId, reference, Active: true, now), ct);
        if (_seen.Count > 50_000) _seen.Clear();
        _seen[key] = new Seen(reference, unitId, now);
    }
}
