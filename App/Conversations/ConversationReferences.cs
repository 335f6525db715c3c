using System.Collections.Concurrent;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;

namespace DanVan.App;

/// <summary>
/// Keeps each known user's conversation reference current in storage, for proactive messages: saved active on
/// install and on the user's turns, marked inactive on uninstall. Most turns change nothing, so the last reference
/// seen is remembered in memory and trusted for <see cref="Recheck"/>; after that storage is read again, because
/// another instance (or the proactive sender after a 403) may have marked it inactive meanwhile.
/// </summary>
public sealed class ConversationReferences(IConversationRepository conversations, DepartmentClock clock)
{
    public static readonly TimeSpan Recheck = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Seen> _seen = new();

    private sealed record Seen(string Reference, string? UnitId, DateTimeOffset At);

    /// <param name="trustMemory">False on install: a reinstall must reactivate whatever this instance remembers.</param>
    public async Task RememberAsync(Caller caller, Identity who, bool trustMemory, CancellationToken ct)
    {
        if (caller.ConversationReferenceJson is not { } reference) return;
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

    /// <summary>The user removed the app: keep the reference but stop proactive sends until they come back.</summary>
    public async Task ForgetAsync(Identity who, CancellationToken ct)
    {
        _seen.TryRemove(who.Member.Key, out _);
        await conversations.MarkInactiveAsync(who.Member.Key, InactiveReasons.Uninstalled, clock.UtcNow, ifVersion: null, ct);
    }
}
