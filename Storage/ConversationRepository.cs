using Azure;
using Azure.Data.Tables;
using DanVan.Domain.Repositories;

namespace DanVan.Storage;

public sealed class ConversationRepository(Tables tables) : IConversationRepository
{
    private const string Partition = "conv";

    public async Task<ConversationRecord?> GetAsync(string userKey, CancellationToken ct)
    {
        var found = await tables.Conversations.GetEntityIfExistsAsync<ConversationEntity>(Partition, TableKeys.Escape(userKey), cancellationToken: ct);
        return found.HasValue ? ToRecord(found.Value!) : null;
    }

    public async Task SaveAsync(ConversationRecord record, CancellationToken ct)
    {
        // Last writer wins on purpose: the newest reference from the user's own turn is always the right one.
        // Replace also clears an earlier inactive reason when the record is saved active again.
        await tables.Conversations.UpsertEntityAsync(new ConversationEntity
        {
            PartitionKey = Partition,
            RowKey = TableKeys.Escape(record.UserKey),
            UserKey = record.UserKey,
            UnitId = record.UnitId,
            Reference = record.ReferenceJson,
            Active = record.Active,
            UpdatedAt = record.UpdatedAt,
            InactiveReason = record.Active ? null : record.InactiveReason,
            InactiveSince = record.Active ? null : record.InactiveSince,
        }, TableUpdateMode.Replace, ct);
    }

    public async Task<bool> MarkInactiveAsync(string userKey, string reason, DateTimeOffset at, string? ifVersion, CancellationToken ct)
    {
        // A merge of three properties: the reference stays, so a reinstall or the user's next turn can bring it back.
        var change = new TableEntity(Partition, TableKeys.Escape(userKey))
        {
            [nameof(ConversationEntity.Active)] = false,
            [nameof(ConversationEntity.InactiveReason)] = reason,
            [nameof(ConversationEntity.InactiveSince)] = at,
        };
        try
        {
            await tables.Conversations.UpdateEntityAsync(change, ifVersion is null ? ETag.All : new ETag(ifVersion), TableUpdateMode.Merge, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    public async Task<bool> DeleteAsync(string userKey, string? ifVersion, CancellationToken ct)
    {
        try
        {
            var response = await tables.Conversations.DeleteEntityAsync(Partition, TableKeys.Escape(userKey),
                ifVersion is null ? ETag.All : new ETag(ifVersion), ct);
            return response.Status != 404;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<ConversationRecord>> ListActiveAsync(CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Active eq {true}");
        var active = new List<ConversationRecord>();
        await foreach (var e in tables.Conversations.QueryAsync<ConversationEntity>(filter, cancellationToken: ct)) active.Add(ToRecord(e));
        return active;
    }

    private static ConversationRecord ToRecord(ConversationEntity e) => new(e.UserKey, e.UnitId, e.Reference, e.Active, e.UpdatedAt)
    {
        InactiveReason = e.InactiveReason,
        InactiveSince = e.InactiveSince,
        Version = e.ETag.ToString(),
    };
}
