using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;

namespace DanVan.Storage;

/// <summary>
/// The office's edits. A unit change touches only the "unit" partition and a member change only the "member"
/// partition, so each is written together with its audit row (kept in the same partition under "~audit|") in one
/// transaction. Refusals touch no roster row: they go to the department's own "audit" partition.
/// </summary>
public sealed partial class RosterRepository : IRosterEditor
{
    private const string AuditPartition = "audit";
    private const string AuditPrefix = "~audit|";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task AddUnitAsync(Unit unit, Stamp stamp, CancellationToken ct) =>
        await SubmitAsync(
        [
            new(TableTransactionActionType.Add, ToEntity(unit)),
            new(TableTransactionActionType.Add, Audit(UnitPartition, "unit", stamp, null, Serialize(unit))),
        ], ct);

    public async Task UpdateUnitAsync(Unit before, Unit after, Stamp stamp, CancellationToken ct)
    {
        if (before.Id != after.Id) throw new ArgumentException("A unit keeps its id.", nameof(after));
        var stored = await tables.Roster.GetEntityIfExistsAsync<UnitEntity>(UnitPartition, TableKeys.Escape(before.Id), cancellationToken: ct);
        if (!stored.HasValue || new Unit(stored.Value!.RowKey, stored.Value.Name, stored.Value.Active) != before)
            throw new ConcurrencyConflictException($"Unit {before.Id} changed since it was read.");
        await SubmitAsync(
        [
            new(TableTransactionActionType.UpdateReplace, ToEntity(after), stored.Value.ETag),
            new(TableTransactionActionType.Add, Audit(UnitPartition, "unit", stamp, Serialize(before), Serialize(after))),
        ], ct);
    }

    public async Task SaveMemberAsync(Member? before, Member? after, Stamp stamp, CancellationToken ct, Member? otherOffice = null)
    {
        if (before is null && after is null) throw new ArgumentException("Nothing to save.");
        var oldKeys = before is null ? [] : KeysOf(before).ToList();
        var newKeys = after is null ? [] : KeysOf(after).ToList();
        var actions = new List<TableTransactionAction>();
        foreach (var key in oldKeys.Union(newKeys))
        {
            var found = await tables.Roster.GetEntityIfExistsAsync<MemberEntity>(MemberPartition, TableKeys.Escape(key), cancellationToken: ct);
            var current = found.HasValue ? found.Value! : null;
            // Every row of the member must still say what was read, and a new key must not belong to someone else.
            if (oldKeys.Contains(key) ? current is null || ToMember(current) != before : current is not null)
                throw new ConcurrencyConflictException($"Member {key} changed since it was read.");
            if (!newKeys.Contains(key)) actions.Add(new(TableTransactionActionType.Delete, current!, current!.ETag));
            else if (current is null) actions.Add(new(TableTransactionActionType.Add, ToEntity(after!, key)));
            else actions.Add(new(TableTransactionActionType.UpdateReplace, ToEntity(after!, key), current.ETag));
        }
        if (otherOffice is not null) actions.Add(await WitnessAsync(otherOffice, ct));
        actions.Add(new(TableTransactionActionType.Add, Audit(MemberPartition, "member", stamp, Serialize(before), Serialize(after))));
        await SubmitAsync(actions, ct);
    }

    /// <summary>
    /// A no-op rewrite of one of <paramref name="m"/>'s rows at the ETag read now: the transaction fails if the row
    /// changed before it commits, and, since it gets a new ETag, so does a racing edit that read it before.
    /// </summary>
    private async Task<TableTransactionAction> WitnessAsync(Member m, CancellationToken ct)
    {
        var key = KeysOf(m).First();
        var found = await tables.Roster.GetEntityIfExistsAsync<MemberEntity>(MemberPartition, TableKeys.Escape(key), cancellationToken: ct);
        if (!found.HasValue || ToMember(found.Value!) is not { Role: Role.Office })
            throw new ConcurrencyConflictException($"Office member {key} changed since the roster was read.");
        return new(TableTransactionActionType.UpdateMerge, found.Value!, found.Value!.ETag);
    }

    public async Task RecordRefusalAsync(AccessRefused refusal, CancellationToken ct)
    {
        var entity = Audit(AuditPartition, "refusal", refusal.Stamp, null, null);
        entity.Attempt = refusal.Attempt;
        entity.Reason = refusal.Reason;
        entity.Detail = refusal.Detail;
        await tables.Roster.AddEntityAsync(entity, ct);
    }

    public async Task<IReadOnlyList<RosterEvent>> RecentChangesAsync(int max, CancellationToken ct)
    {
        // Each partition's audit rows sort newest first: the newest max of each, merged, are the newest max overall.
        var reads = new[] { UnitPartition, MemberPartition }.Select(p => NewestAsync(p, max, ct)).ToList();
        var rows = (await Task.WhenAll(reads)).SelectMany(r => r);
        return [.. rows.OrderByDescending(r => r.At).ThenBy(r => r.RowKey, StringComparer.Ordinal).Take(max).Select(ToEvent).OfType<RosterEvent>()];
    }

    public async Task<IReadOnlyList<AccessRefused>> RecentRefusalsAsync(int max, CancellationToken ct) =>
        [.. (await NewestAsync(AuditPartition, max, ct)).Select(ToEvent).OfType<AccessRefused>()];

    Task<IReadOnlyList<Unit>> IRosterEditor.ListUnitsAsync(CancellationToken ct) => ListUnitsAsync(ct);
    Task<IReadOnlyList<Member>> IRosterEditor.ListMembersAsync(CancellationToken ct) => ListMembersAsync(ct);
    Task<Unit?> IRosterEditor.FindUnitAsync(string unitId, CancellationToken ct) => FindUnitAsync(unitId, ct);
    Task<Member?> IRosterEditor.FindMemberAsync(string userKey, CancellationToken ct) => FindMemberAsync(userKey, ct);

    /// <summary>A partition's roster rows, not its audit rows (which sort after "~audit|").</summary>
    private static string WithoutAudit(string partition) => TableClient.CreateQueryFilter(
        $"PartitionKey eq {partition} and (RowKey lt {AuditPrefix} or RowKey ge {TableKeys.PrefixEnd(AuditPrefix)})");

    private async Task<IReadOnlyList<RosterAuditEntity>> NewestAsync(string partition, int max, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {AuditPrefix} and RowKey lt {TableKeys.PrefixEnd(AuditPrefix)}");
        var rows = new List<RosterAuditEntity>();
        await foreach (var e in tables.Roster.QueryAsync<RosterAuditEntity>(filter, maxPerPage: max, cancellationToken: ct))
        {
            rows.Add(e);
            if (rows.Count >= max) break;
        }
        return rows;
    }

    private Task SubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken ct) =>
        tables.Roster.SubmitOrConflictAsync(actions, "The roster changed since it was read.", ct);

    private static UnitEntity ToEntity(Unit u) =>
        new() { PartitionKey = UnitPartition, RowKey = TableKeys.Escape(u.Id), Name = u.Name, Active = u.Active };

    private static RosterAuditEntity Audit(string partition, string kind, Stamp stamp, string? before, string? after) =>
        RosterAuditEntity.For(partition, AuditPrefix, kind, stamp, before, after);

    private static string? Serialize<T>(T? value) where T : class => value is null ? null : JsonSerializer.Serialize(value, Json);

    private static T? Deserialize<T>(string? json) where T : class => json is null ? null : JsonSerializer.Deserialize<T>(json, Json);

    private static RosterEvent? ToEvent(RosterAuditEntity e)
    {
        var stamp = new Stamp(e.ByUserKey, e.ByUserName, e.At);
        return e.Kind switch
        {
            "unit" when Deserialize<Unit>(e.After) is { } after => new UnitChanged(stamp, Deserialize<Unit>(e.Before), after),
            "member" => new MemberChanged(stamp, Deserialize<Member>(e.Before), Deserialize<Member>(e.After)),
            "refusal" => new AccessRefused(stamp, e.Attempt ?? "", e.Reason ?? "", e.Detail),
            _ => null,
        };
    }
}

/// <summary>One line of the department's audit history; see <see cref="RosterRepository"/>.</summary>
internal sealed class RosterAuditEntity : EntityBase
{
    public string Kind { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? Attempt { get; set; }
    public string? Reason { get; set; }
    public string? Detail { get; set; }
    public string ByUserKey { get; set; } = "";
    public string ByUserName { get; set; } = "";
    public DateTimeOffset At { get; set; }

    /// <summary>An audit row of the roster table (a roster edit, or a plan year recorded beside it), newest first.</summary>
    public static RosterAuditEntity For(string partition, string auditPrefix, string kind, Stamp stamp, string? before, string? after) => new()
    {
        PartitionKey = partition,
        RowKey = AuditKeys.New(auditPrefix, stamp.At),
        Kind = kind,
        Before = before,
        After = after,
        ByUserKey = stamp.UserKey,
        ByUserName = stamp.UserName,
        At = stamp.At,
    };
}
