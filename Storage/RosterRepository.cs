using Azure.Data.Tables;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;

namespace DanVan.Storage;

/// <summary>
/// Units under PartitionKey "unit"; members under "member", one row per way of finding them (aad: and upn: keys),
/// so identifying the caller of a turn is a single point read.
/// </summary>
public sealed partial class RosterRepository(Tables tables) : IRosterRepository
{
    private const string UnitPartition = "unit";
    private const string MemberPartition = "member";

    public async Task<Member?> FindMemberAsync(string userKey, CancellationToken ct)
    {
        var found = await tables.Roster.GetEntityIfExistsAsync<MemberEntity>(MemberPartition, TableKeys.Escape(userKey), cancellationToken: ct);
        return found.HasValue ? ToMember(found.Value!) : null;
    }

    public async Task<Unit?> FindUnitAsync(string unitId, CancellationToken ct)
    {
        var found = await tables.Roster.GetEntityIfExistsAsync<UnitEntity>(UnitPartition, TableKeys.Escape(unitId), cancellationToken: ct);
        return found.HasValue ? new Unit(found.Value!.RowKey, found.Value.Name, found.Value.Active) : null;
    }

    public async Task<IReadOnlyList<Unit>> ListUnitsAsync(CancellationToken ct)
    {
        var units = new List<Unit>();
        await foreach (var e in tables.Roster.QueryAsync<UnitEntity>(WithoutAudit(UnitPartition), cancellationToken: ct))
            units.Add(new Unit(e.RowKey, e.Name, e.Active));
        return units;
    }

    public async Task<IReadOnlyList<Member>> ListMembersAsync(CancellationToken ct)
    {
        var members = new Dictionary<string, Member>(StringComparer.Ordinal);
        await foreach (var e in tables.Roster.QueryAsync<MemberEntity>(WithoutAudit(MemberPartition), cancellationToken: ct))
            if (ToMember(e) is { } m) members.TryAdd(m.Key, m); // one row per key (aad:, upn:), one member
        return [.. members.Values];
    }

    /// <summary>
    /// Adds each seeded row once, ever: a row the office has since edited is left alone, and one it has deleted (a
    /// removed head, a removed office member) stays deleted — without the marker, every restart would bring it back.
    /// </summary>
    public async Task<int> SeedAsync(RosterSeed seed, CancellationToken ct)
    {
        var added = 0;
        foreach (var unit in seed.Units)
            added += await SeedOnceAsync(new UnitEntity { PartitionKey = UnitPartition, RowKey = TableKeys.Escape(unit.Id), Name = unit.Name, Active = unit.Active }, ct);
        foreach (var member in seed.Members)
            foreach (var key in KeysOf(member))
                added += await SeedOnceAsync(ToEntity(member, key), ct);
        return added;
    }

    private const string SeededPartition = "seeded";

    private async Task<int> SeedOnceAsync(ITableEntity entity, CancellationToken ct)
    {
        var marker = TableKeys.Escape(entity.PartitionKey + "|" + entity.RowKey);
        if ((await tables.Roster.GetEntityIfExistsAsync<TableEntity>(SeededPartition, marker, cancellationToken: ct)).HasValue) return 0;
        // The row before its marker: a crash in between re-runs an add that finds the row (409), never skips one.
        var added = await AddIfMissingAsync(entity, ct);
        await AddIfMissingAsync(new TableEntity(SeededPartition, marker), ct);
        return added;
    }

    private async Task<int> AddIfMissingAsync(ITableEntity entity, CancellationToken ct)
    {
        try
        {
            await tables.Roster.AddEntityAsync(entity, ct);
            return 1;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 409)
        {
            return 0;
        }
    }

    private static IEnumerable<string> KeysOf(Member m)
    {
        if (!string.IsNullOrWhiteSpace(m.AadObjectId)) yield return UserKeys.For(m.AadObjectId, null);
        if (!string.IsNullOrWhiteSpace(m.Upn)) yield return UserKeys.For(null, m.Upn);
    }

    private static MemberEntity ToEntity(Member m, string key) => new()
    {
        PartitionKey = MemberPartition,
        RowKey = TableKeys.Escape(key),
        AadObjectId = m.AadObjectId,
        Upn = m.Upn,
        DisplayName = m.DisplayName,
        Role = m.Role.ToString(),
        UnitId = m.UnitId,
    };

    private static Member? ToMember(MemberEntity e) =>
        Enum.TryParse<Role>(e.Role, out var role) ? new Member(e.AadObjectId, e.Upn, e.DisplayName, role, e.UnitId) : null;
}
