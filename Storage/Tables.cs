using Azure.Data.Tables;

namespace DanVan.Storage;

/// <summary>
/// The tables DanVan uses. A prefix keeps deployments (and test runs) that share one storage account apart.
/// <list type="bullet">
/// <item>Roster: PartitionKey "unit" | "member"; small and read by key.</item>
/// <item>UnitData: PartitionKey "{plan}|{unit}" so one unit's submissions and audit history are one partition
/// (atomic writes of a change and its audit entry) and the department view is one PartitionKey range query.</item>
/// <item>Conversations: PartitionKey "conv", RowKey the user key; the fan-out reads the active ones in one query.</item>
/// <item>Pings: PartitionKey "{plan}|{deadline id}|{stage id}", RowKey "{unit}|{recipient}" (parts escaped by PingKey.Part): one claim
/// per ping. One fan-out's claims are one partition, so listing a stage is one partition query; every write is a
/// single-entity insert or ETag-conditional merge, never a batch.</item>
/// </list>
/// </summary>
public sealed class Tables(TableServiceClient service, string prefix)
{
    public TableClient Roster { get; } = service.GetTableClient(prefix + "Roster");
    public TableClient UnitData { get; } = service.GetTableClient(prefix + "UnitData");
    public TableClient Conversations { get; } = service.GetTableClient(prefix + "Conversations");
    public TableClient Pings { get; } = service.GetTableClient(prefix + "Pings");

    public IEnumerable<TableClient> All => [Roster, UnitData, Conversations, Pings];

    public async Task CreateIfMissingAsync(CancellationToken ct)
    {
        foreach (var table in All) await table.CreateIfNotExistsAsync(ct);
    }
}

/// <summary>Table keys may not contain / \ # ? or control characters; user ids come from outside, so escape them.</summary>
public static class TableKeys
{
    public static string Escape(string value)
    {
        var chars = value.Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c).ToArray();
        return new string(chars);
    }

    public static string UnitPartition(string planId, string unitId) => $"{Escape(planId)}|{Escape(unitId)}";

    /// <summary>The smallest string greater than every key that starts with <paramref name="prefix"/>.</summary>
    public static string PrefixEnd(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
