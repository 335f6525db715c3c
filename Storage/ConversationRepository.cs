using Azure;
using Azure.Data.Tables;
using DanVan.Domain.Repositories;

namespace DanVan.Storage;

public sealed class ConversationRepository(Tables tables) : IConversationRepository
{
    private const string Partition = "conv";
    private const string SharedPartition = "shared";

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

    public Task<bool> MarkInactiveAsync(string userKey, string reason, DateTimeOffset at, string? ifVersion, CancellationToken ct) =>
        MarkInactiveAsync(Partition, userKey, reason, at, ifVersion, ct);

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

    public async Task<SharedChatRecord?> GetSharedAsync(string key, CancellationToken ct)
    {
        var found = await tables.Conversations.GetEntityIfExistsAsync<SharedChatEntity>(SharedPartition, TableKeys.Escape(key), cancellationToken: ct);
        if (!found.HasValue) return null;
        var e = found.Value!;
        return new SharedChatRecord(e.Key, Enum.TryParse<ChatKind>(e.Kind, out var kind) ? kind : ChatKind.Channel, e.Reference, e.Active, e.UpdatedAt)
        {
            InactiveReason = e.InactiveReason,
            InactiveSince = e.InactiveSince,
        };
    }

    /// <summary>Install and uninstall write the chat's record whole; the department channel the office chose in that
    /// team is carried over, so a re-install (or Teams announcing the install again) does not silently stop its post.</summary>
    public async Task SaveSharedAsync(SharedChatRecord record, CancellationToken ct)
    {
        var before = await tables.Conversations.GetEntityIfExistsAsync<SharedChatEntity>(SharedPartition, TableKeys.Escape(record.Key), cancellationToken: ct);
        var kept = before.HasValue ? before.Value : null;
        await tables.Conversations.UpsertEntityAsync(new SharedChatEntity
        {
            PartitionKey = SharedPartition,
            RowKey = TableKeys.Escape(record.Key),
            Key = record.Key,
            Kind = record.Kind.ToString(),
            Reference = record.ReferenceJson,
            Active = record.Active,
            UpdatedAt = record.UpdatedAt,
            InactiveReason = record.Active ? null : record.InactiveReason,
            InactiveSince = record.Active ? null : record.InactiveSince,
            DepartmentChannel = kept?.DepartmentChannel,
            DepartmentChannelSetBy = kept?.DepartmentChannelSetBy,
            DepartmentChannelSince = kept?.DepartmentChannelSince,
        }, TableUpdateMode.Replace, ct);
    }

    public Task<bool> MarkSharedInactiveAsync(string key, string reason, DateTimeOffset at, CancellationToken ct) =>
        MarkInactiveAsync(SharedPartition, key, reason, at, ifVersion: null, ct);

    /// <summary>
    /// A merge of three properties: the reference stays, so a reinstall or the user's next turn can bring it back.
    /// False if there is none, or (with <paramref name="ifVersion"/>) it changed since it was read.
    /// </summary>
    private async Task<bool> MarkInactiveAsync(string partition, string key, string reason, DateTimeOffset at, string? ifVersion, CancellationToken ct)
    {
        var change = new TableEntity(partition, TableKeys.Escape(key))
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

    public async Task SetDepartmentChannelAsync(DepartmentChannel channel, CancellationToken ct)
    {
        // A merge: the team's install record (reference, active) stays as it is.
        var change = new TableEntity(SharedPartition, TableKeys.Escape(channel.TeamKey))
        {
            [nameof(SharedChatEntity.Key)] = channel.TeamKey,
            [nameof(SharedChatEntity.DepartmentChannel)] = channel.ReferenceJson,
            [nameof(SharedChatEntity.DepartmentChannelSetBy)] = channel.SetBy,
            [nameof(SharedChatEntity.DepartmentChannelSince)] = channel.Since,
        };
        await tables.Conversations.UpsertEntityAsync(change, TableUpdateMode.Merge, ct);
    }

    public async Task<bool> StopDepartmentChannelAsync(string teamKey, CancellationToken ct)
    {
        var found = await tables.Conversations.GetEntityIfExistsAsync<SharedChatEntity>(SharedPartition, TableKeys.Escape(teamKey), cancellationToken: ct);
        if (!found.HasValue || string.IsNullOrEmpty(found.Value!.DepartmentChannel)) return false;
        var change = new TableEntity(SharedPartition, TableKeys.Escape(teamKey)) { [nameof(SharedChatEntity.DepartmentChannel)] = "" };
        try
        {
            await tables.Conversations.UpdateEntityAsync(change, ETag.All, TableUpdateMode.Merge, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<DepartmentChannel>> ListDepartmentChannelsAsync(CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {SharedPartition}");
        var channels = new List<DepartmentChannel>();
        await foreach (var e in tables.Conversations.QueryAsync<SharedChatEntity>(filter, cancellationToken: ct))
        {
            // Removed from the team (inactive): no post, though the choice is kept should DanVan be added back.
            if (string.IsNullOrEmpty(e.DepartmentChannel) || (!e.Active && e.Reference.Length > 0)) continue;
            channels.Add(new DepartmentChannel(e.Key, e.DepartmentChannel, e.DepartmentChannelSetBy ?? "", e.DepartmentChannelSince ?? e.Timestamp ?? default));
        }
        return channels;
    }

    private static ConversationRecord ToRecord(ConversationEntity e) => new(e.UserKey, e.UnitId, e.Reference, e.Active, e.UpdatedAt)
    {
        InactiveReason = e.InactiveReason,
        InactiveSince = e.InactiveSince,
        Version = e.ETag.ToString(),
    };
}
