using DanVan.Domain.Repositories;

namespace DanVan.Storage;

public sealed class ConversationRepository(Tables tables) : IConversationRepository
{
    private const string Partition = "conv";

    public async Task<ConversationRecord?> GetAsync(string userKey, CancellationToken ct)
    {
        var found = await tables.Conversations.GetEntityIfExistsAsync<ConversationEntity>(Partition, TableKeys.Escape(userKey), cancellationToken: ct);
        if (!found.HasValue) return null;
        var e = found.Value!;
        return new ConversationRecord(e.UserKey, e.UnitId, e.Reference, e.Active, e.UpdatedAt);
    }

    public async Task SaveAsync(ConversationRecord record, CancellationToken ct)
    {
        // Last writer wins on purpose: the newest reference from the user's own turn is always the right one.
        await tables.Conversations.UpsertEntityAsync(new ConversationEntity
        {
            PartitionKey = Partition,
            RowKey = TableKeys.Escape(record.UserKey),
            UserKey = record.UserKey,
            UnitId = record.UnitId,
            Reference = record.ReferenceJson,
            Active = record.Active,
            UpdatedAt = record.UpdatedAt,
        }, Azure.Data.Tables.TableUpdateMode.Replace, ct);
    }
}
