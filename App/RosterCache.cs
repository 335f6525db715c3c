using System.Collections.Concurrent;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;

namespace DanVan.App;

/// <summary>
/// Every turn identifies its caller, but the roster changes rarely (the office edits it): reads are served from
/// memory for <paramref name="ttl"/>, and a write through this instance clears the cache at once. Another instance
/// sees an office edit within the TTL.
/// </summary>
public sealed class RosterCache(IRosterRepository inner, TimeProvider time, TimeSpan ttl) : IRosterRepository
{
    private readonly ConcurrentDictionary<string, Entry<Member>> _members = new();
    private readonly ConcurrentDictionary<string, Entry<Unit>> _units = new();
    private Entry<IReadOnlyList<Unit>>? _all;

    private sealed record Entry<T>(T? Value, DateTimeOffset At) where T : class;

    public async Task<Member?> FindMemberAsync(string userKey, CancellationToken ct) =>
        await ReadAsync(_members, userKey, () => inner.FindMemberAsync(userKey, ct));

    public async Task<Unit?> FindUnitAsync(string unitId, CancellationToken ct) =>
        await ReadAsync(_units, unitId, () => inner.FindUnitAsync(unitId, ct));

    public async Task<IReadOnlyList<Unit>> ListUnitsAsync(CancellationToken ct)
    {
        if (_all is { } all && Fresh(all)) return all.Value!;
        var units = await inner.ListUnitsAsync(ct);
        _all = new(units, time.GetUtcNow());
        return units;
    }

    /// <summary>Not cached: only the reminder run lists members, once a minute, and it should see role changes at once.</summary>
    public Task<IReadOnlyList<Member>> ListMembersAsync(CancellationToken ct) => inner.ListMembersAsync(ct);

    public async Task<int> SeedAsync(RosterSeed seed, CancellationToken ct)
    {
        var added = await inner.SeedAsync(seed, ct);
        Clear();
        return added;
    }

    public void Clear()
    {
        _members.Clear();
        _units.Clear();
        _all = null;
    }

    private async Task<T?> ReadAsync<T>(ConcurrentDictionary<string, Entry<T>> cache, string key, Func<Task<T?>> load) where T : class
    {
        if (cache.TryGetValue(key, out var hit) && Fresh(hit)) return hit.Value;
        var value = await load();
        // Unknown users are cached too: a stranger writing repeatedly must not cost a storage read per message.
        if (cache.Count > 50_000) cache.Clear();
        cache[key] = new(value, time.GetUtcNow());
        return value;
    }

    private bool Fresh<T>(Entry<T> e) where T : class => time.GetUtcNow() - e.At < ttl;
}
