using Azure;
using Azure.Data.Tables;
using DanVan.Domain.Repositories;

namespace DanVan.Storage;

/// <summary>
/// The plan years, in the roster table's "plan" partition (one row per plan id, the plan file's text in it), each
/// change written with its audit row ("~audit|…", kind "plan": who, when, which file) in one transaction. The roster is
/// not per year, so the years sit beside it rather than in a table of their own.
/// </summary>
public sealed class PlanRepository(Tables tables) : IPlanStore
{
    private const string Partition = "plan";
    private const string AuditPrefix = "~audit|";

    public async Task<IReadOnlyList<StoredPlan>> ListAsync(CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey lt {AuditPrefix}");
        var plans = new List<StoredPlan>();
        await foreach (var e in tables.Roster.QueryAsync<PlanEntity>(filter, cancellationToken: ct))
            plans.Add(new StoredPlan(e.RowKey, e.Source, e.Json));
        return plans;
    }

    public Task AddAsync(StoredPlan plan, Stamp stamp, CancellationToken ct) =>
        SubmitAsync([new(TableTransactionActionType.Add, ToEntity(plan)), new(TableTransactionActionType.Add, Audit(plan, stamp, replaced: false))], ct);

    public async Task<bool> PutAsync(StoredPlan plan, Stamp stamp, CancellationToken ct)
    {
        var stored = await tables.Roster.GetEntityIfExistsAsync<PlanEntity>(Partition, TableKeys.Escape(plan.Id), cancellationToken: ct);
        if (!stored.HasValue)
        {
            await AddAsync(plan, stamp, ct);
            return true;
        }
        if (stored.Value!.Json == plan.Json) return false;
        await SubmitAsync([new(TableTransactionActionType.UpdateReplace, ToEntity(plan), stored.Value.ETag),
            new(TableTransactionActionType.Add, Audit(plan, stamp, replaced: true))], ct);
        return true;
    }

    private Task SubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken ct) =>
        tables.Roster.SubmitOrConflictAsync(actions, "The plan years changed since they were read.", ct);

    private static PlanEntity ToEntity(StoredPlan p) =>
        new() { PartitionKey = Partition, RowKey = TableKeys.Escape(p.Id), Source = p.Source, Json = p.Json };

    private static RosterAuditEntity Audit(StoredPlan p, Stamp stamp, bool replaced) =>
        RosterAuditEntity.For(Partition, AuditPrefix, "plan", stamp, replaced ? p.Id : null, $"{p.Id} ({p.Source})");
}

/// <summary>One plan year: the plan file's text as the office confirmed it.</summary>
internal sealed class PlanEntity : EntityBase
{
    public string Source { get; set; } = "";
    public string Json { get; set; } = "";
}
