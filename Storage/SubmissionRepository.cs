using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using DanVan.Domain.Files;
using DanVan.Domain.Repositories;

namespace DanVan.Storage;

public sealed class SubmissionRepository(Tables tables) : ISubmissionRepository
{
    private const string SubmissionPrefix = "sub|";
    private const string AuditPrefix = "audit|";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Versioned<T>?> GetAsync<T>(SubmissionKey key, CancellationToken ct) where T : class
    {
        var found = await tables.UnitData.GetEntityIfExistsAsync<SubmissionEntity>(
            TableKeys.UnitPartition(key.PlanId, key.UnitId), SubmissionPrefix + TableKeys.Escape(key.Item), cancellationToken: ct);
        return found.HasValue ? ToVersioned<T>(found.Value!) : null;
    }

    public async Task<Versioned<T>> SaveAsync<T>(SubmissionKey key, T value, Versioned<T>? previous, Stamp stamp,
        CancellationToken ct) where T : class
    {
        var partition = TableKeys.UnitPartition(key.PlanId, key.UnitId);
        var after = JsonSerializer.Serialize(value, Json);
        var before = previous is null ? null : JsonSerializer.Serialize(previous.Value, Json);
        var entity = new SubmissionEntity
        {
            PartitionKey = partition,
            RowKey = SubmissionPrefix + TableKeys.Escape(key.Item),
            Item = key.Item,
            Data = after,
            // A form save keeps the documents already attached: they live in the same row.
            Files = previous?.Files is { } files ? JsonSerializer.Serialize(files, Json) : null,
            ByUserKey = stamp.UserKey,
            ByUserName = stamp.UserName,
            At = stamp.At,
        };
        var audit = AuditEntity.For(partition, AuditPrefix, key, stamp, before, after);
        var actions = new List<TableTransactionAction>
        {
            previous is null
                ? new(TableTransactionActionType.Add, entity)
                : new(TableTransactionActionType.UpdateReplace, entity, new ETag(previous.Version)),
            new(TableTransactionActionType.Add, audit),
        };
        try
        {
            var response = await tables.UnitData.SubmitTransactionAsync(actions, ct);
            var etag = response.Value[0].Headers.ETag
                       ?? throw new InvalidOperationException("Table Storage returned no ETag.");
            return new Versioned<T>(value, etag.ToString(), stamp) { Files = previous?.Files };
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            throw new ConcurrencyConflictException($"{key} changed since version {previous?.Version ?? "(none)"}.", e);
        }
    }

    public async Task<Versioned<T>> AttachFileAsync<T>(SubmissionKey key, Versioned<T> current, ItemFiles files, Stamp stamp,
        CancellationToken ct) where T : class
    {
        var partition = TableKeys.UnitPartition(key.PlanId, key.UnitId);
        var value = JsonSerializer.Serialize(current.Value, Json);
        // The value (Data) is written back as read: the ETag condition guarantees it is still what is stored. The
        // documents and who changed the row last are new. (A string property holds 64 KB: some 200 versions.)
        var entity = new SubmissionEntity
        {
            PartitionKey = partition,
            RowKey = SubmissionPrefix + TableKeys.Escape(key.Item),
            Item = key.Item,
            Data = value,
            Files = JsonSerializer.Serialize(files, Json),
            ByUserKey = stamp.UserKey,
            ByUserName = stamp.UserName,
            At = stamp.At,
        };
        var audit = AuditEntity.For(partition, AuditPrefix, key, stamp, value, value);
        audit.File = JsonSerializer.Serialize(files.Current, Json);
        try
        {
            var response = await tables.UnitData.SubmitTransactionAsync(
                [new(TableTransactionActionType.UpdateReplace, entity, new ETag(current.Version)), new(TableTransactionActionType.Add, audit)], ct);
            var etag = response.Value[0].Headers.ETag ?? throw new InvalidOperationException("Table Storage returned no ETag.");
            return new Versioned<T>(current.Value, etag.ToString(), stamp) { Files = files };
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412 or 404)
        {
            throw new ConcurrencyConflictException($"{key} changed since version {current.Version}.", e);
        }
    }

    public async Task<UnitSubmissions> LoadUnitAsync(string planId, string unitId, CancellationToken ct)
    {
        var partition = TableKeys.UnitPartition(planId, unitId);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {SubmissionPrefix} and RowKey lt {TableKeys.PrefixEnd(SubmissionPrefix)}");
        var rows = new List<SubmissionEntity>();
        await foreach (var e in tables.UnitData.QueryAsync<SubmissionEntity>(filter, cancellationToken: ct)) rows.Add(e);
        return new StoredUnitSubmissions(unitId, rows);
    }

    public Task<IReadOnlyList<UnitSubmissions>> LoadPlanAsync(string planId, CancellationToken ct) => LoadPlanAsync(planId, [], ct);

    /// <summary>Units per slice: at a unit's usual five records, 200 units are one page of 1,000 rows, so a slice is
    /// about one round trip and a thousand units take five side by side instead of five in a row.</summary>
    public const int UnitsPerSlice = 200;

    public async Task<IReadOnlyList<UnitSubmissions>> LoadPlanAsync(string planId, IReadOnlyCollection<string> unitIds, CancellationToken ct)
    {
        var planPrefix = TableKeys.Escape(planId) + "|";
        // Slice boundaries are partition keys of listed units; the first slice starts at the plan's first key and the
        // last ends after its last, so every partition of the plan falls in exactly one slice.
        var starts = unitIds.Select(TableKeys.Escape).Distinct().Order(StringComparer.Ordinal)
            .Where((_, i) => i > 0 && i % UnitsPerSlice == 0).Select(id => planPrefix + id);
        List<string> bounds = [planPrefix, .. starts, TableKeys.PrefixEnd(planPrefix)];
        var slices = await Task.WhenAll(bounds.Zip(bounds.Skip(1)).Select(b => LoadRangeAsync(planPrefix, b.First, b.Second, ct)));
        return [.. slices.SelectMany(s => s)];
    }

    private async Task<IReadOnlyList<UnitSubmissions>> LoadRangeAsync(string planPrefix, string from, string to, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {from} and PartitionKey lt {to} and RowKey ge {SubmissionPrefix} and RowKey lt {TableKeys.PrefixEnd(SubmissionPrefix)}");
        var byUnit = new Dictionary<string, List<SubmissionEntity>>();
        await foreach (var e in tables.UnitData.QueryAsync<SubmissionEntity>(filter, cancellationToken: ct))
        {
            var unit = e.PartitionKey[planPrefix.Length..];
            if (!byUnit.TryGetValue(unit, out var rows)) byUnit[unit] = rows = [];
            rows.Add(e);
        }
        return byUnit.Select(kv => (UnitSubmissions)new StoredUnitSubmissions(kv.Key, kv.Value)).ToList();
    }

    private sealed class StoredUnitSubmissions(string unitId, IReadOnlyList<SubmissionEntity> rows) : UnitSubmissions(unitId)
    {
        public override Versioned<T>? Get<T>(string item) where T : class =>
            rows.FirstOrDefault(r => r.Item == item) is { } row ? ToVersioned<T>(row) : null;

        public override IReadOnlyList<(string Item, Versioned<T> Value)> GetAll<T>(string itemPrefix) where T : class =>
            rows.Where(r => r.Item.StartsWith(itemPrefix, StringComparison.Ordinal)).Select(r => (r.Item, ToVersioned<T>(r))).ToList();
    }

    public async Task<IReadOnlyList<AuditEntry>> HistoryAsync(string planId, string unitId, int max, CancellationToken ct)
    {
        var partition = TableKeys.UnitPartition(planId, unitId);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {AuditPrefix} and RowKey lt {TableKeys.PrefixEnd(AuditPrefix)}");
        var entries = new List<AuditEntry>();
        await foreach (var e in tables.UnitData.QueryAsync<AuditEntity>(filter, maxPerPage: max, cancellationToken: ct))
        {
            entries.Add(new AuditEntry(planId, unitId, e.Item, new Stamp(e.ByUserKey, e.ByUserName, e.At), e.Before, e.After)
                { File = e.File is null ? null : JsonSerializer.Deserialize<StoredFile>(e.File, Json) });
            if (entries.Count >= max) break;
        }
        return entries;
    }

    private static Versioned<T> ToVersioned<T>(SubmissionEntity e) where T : class =>
        new(JsonSerializer.Deserialize<T>(e.Data, Json) ?? throw new InvalidDataException($"Empty data in {e.RowKey}."),
            e.ETag.ToString(), new Stamp(e.ByUserKey, e.ByUserName, e.At))
        { Files = e.Files is null ? null : JsonSerializer.Deserialize<ItemFiles>(e.Files, Json) };
}
