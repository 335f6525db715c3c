using Azure;
using Azure.Data.Tables;
using DanVan.Domain.Reminders;
using DanVan.Domain.Repositories;

namespace DanVan.Storage;

/// <summary>
/// Claims are single-entity writes only: the insert is the claim (409 if the key exists), and every later change
/// is a merge conditional on the ETag the writer read, so two instances can never both win a claim or a takeover.
/// </summary>
public sealed class PingClaimRepository(Tables tables) : IPingClaims
{
    public async Task<PingClaim?> TryClaimAsync(PingKey key, string owner, DateTimeOffset now, CancellationToken ct)
    {
        var entity = new PingClaimEntity
        {
            PartitionKey = Partition(key),
            RowKey = Row(key),
            PlanId = key.PlanId,
            Deadline = key.DeadlineId,
            Stage = key.StageId,
            UnitId = key.UnitId,
            Recipient = key.RecipientKey,
            Owner = owner,
            ClaimedAt = now,
            Attempts = 1,
        };
        try
        {
            var response = await tables.Pings.AddEntityAsync(entity, ct);
            return new PingClaim(key, owner, now, VersionOf(response), null, 1);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return null;
        }
    }

    public async Task<bool> MarkSentAsync(PingKey key, string version, DateTimeOffset now, CancellationToken ct)
    {
        var change = new TableEntity(Partition(key), Row(key)) { [nameof(PingClaimEntity.SentAt)] = now };
        try
        {
            await tables.Pings.UpdateEntityAsync(change, new ETag(version), TableUpdateMode.Merge, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    public async Task<PingClaim?> ReclaimStaleAsync(PingKey key, string owner, DateTimeOffset now, TimeSpan timeout, CancellationToken ct)
    {
        var found = await tables.Pings.GetEntityIfExistsAsync<PingClaimEntity>(Partition(key), Row(key), cancellationToken: ct);
        if (!found.HasValue || found.Value!.SentAt is not null || now - found.Value.ClaimedAt < timeout) return null;
        var stale = found.Value;
        var attempts = stale.Attempts + 1;
        var change = new TableEntity(stale.PartitionKey, stale.RowKey)
        {
            [nameof(PingClaimEntity.Owner)] = owner,
            [nameof(PingClaimEntity.ClaimedAt)] = now,
            [nameof(PingClaimEntity.Attempts)] = attempts,
        };
        try
        {
            // Conditional on the ETag just read: of several instances that saw the same stale claim, one wins.
            var response = await tables.Pings.UpdateEntityAsync(change, stale.ETag, TableUpdateMode.Merge, ct);
            return new PingClaim(key, owner, now, VersionOf(response), null, attempts);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }
    }

    public async Task<bool> IsSentAsync(PingKey key, CancellationToken ct)
    {
        var found = await tables.Pings.GetEntityIfExistsAsync<PingClaimEntity>(Partition(key), Row(key), cancellationToken: ct);
        return found.HasValue && found.Value!.SentAt is not null;
    }

    public async Task<IReadOnlyList<PingClaim>> ListStageAsync(string planId, string deadlineId, string stageId, CancellationToken ct)
    {
        var partition = PartitionOf(planId, deadlineId, stageId);
        var claims = new List<PingClaim>();
        await foreach (var e in tables.Pings.QueryAsync<PingClaimEntity>(e => e.PartitionKey == partition, cancellationToken: ct))
            claims.Add(ToClaim(e));
        return claims;
    }

    private static PingClaim ToClaim(PingClaimEntity e) => new(
        new PingKey(e.PlanId, e.UnitId, e.Recipient, e.Deadline, e.Stage), e.Owner, e.ClaimedAt, e.ETag.ToString(), e.SentAt, e.Attempts);

    // One fan-out (plan, deadline, stage) is one partition; PingKey.Part makes each part table-safe.
    private static string PartitionOf(string planId, string deadlineId, string stageId) =>
        string.Join("|", PingKey.Part(planId), PingKey.Part(deadlineId), PingKey.Part(stageId));

    private static string Partition(PingKey key) => PartitionOf(key.PlanId, key.DeadlineId, key.StageId);

    private static string Row(PingKey key) => PingKey.Part(key.UnitId) + "|" + PingKey.Part(key.RecipientKey);

    private static string VersionOf(Response response) =>
        (response.Headers.ETag ?? throw new InvalidOperationException("Table Storage returned no ETag.")).ToString();
}
