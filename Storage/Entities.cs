using Azure;
using Azure.Data.Tables;
using DanVan.Domain.Repositories;

namespace DanVan.Storage;

internal abstract class EntityBase : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
}

/// <summary>The current value of one submitted item, as JSON so new item kinds need no new table.</summary>
internal sealed class SubmissionEntity : EntityBase
{
    public string Item { get; set; } = "";
    public string Data { get; set; } = "";
    /// <summary>The item's documents (JSON of ItemFiles), every version; null when none was sent.</summary>
    public string? Files { get; set; }
    public string ByUserKey { get; set; } = "";
    public string ByUserName { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

internal sealed class AuditEntity : EntityBase
{
    public string Item { get; set; } = "";
    public string? Before { get; set; }
    public string After { get; set; } = "";
    /// <summary>A document attached by this change (JSON of StoredFile); the value itself did not change.</summary>
    public string? File { get; set; }
    public string ByUserKey { get; set; } = "";
    public string ByUserName { get; set; } = "";
    public DateTimeOffset At { get; set; }

    /// <summary>RowKey sorts newest first (inverted ticks) and stays unique for changes in the same tick.</summary>
    public static AuditEntity For(string partition, string auditPrefix, SubmissionKey key, Stamp stamp, string? before, string after) => new()
    {
        PartitionKey = partition,
        RowKey = AuditKeys.New(auditPrefix, stamp.At),
        Item = key.Item,
        Before = before,
        After = after,
        ByUserKey = stamp.UserKey,
        ByUserName = stamp.UserName,
        At = stamp.At,
    };
}

internal sealed class UnitEntity : EntityBase
{
    public string Name { get; set; } = "";
    public bool Active { get; set; } = true;
}

internal sealed class MemberEntity : EntityBase
{
    public string? AadObjectId { get; set; }
    public string? Upn { get; set; }
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = "";
    public string? UnitId { get; set; }
}

internal sealed class ConversationEntity : EntityBase
{
    public string UserKey { get; set; } = "";
    public string? UnitId { get; set; }
    public string Reference { get; set; } = "";
    public bool Active { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? InactiveReason { get; set; }
    public DateTimeOffset? InactiveSince { get; set; }
}

/// <summary>A team or group chat DanVan was added to (partition "shared"), apart from users' personal references.</summary>
internal sealed class SharedChatEntity : EntityBase
{
    public string Key { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Reference { get; set; } = "";
    public bool Active { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? InactiveReason { get; set; }
    public DateTimeOffset? InactiveSince { get; set; }
    /// <summary>The department channel's conversation reference (empty: none), who set it and when.</summary>
    public string? DepartmentChannel { get; set; }
    public string? DepartmentChannelSetBy { get; set; }
    public DateTimeOffset? DepartmentChannelSince { get; set; }
}

/// <summary>One ping's claim. The key's parts are stored too, so a stage's claims can be listed back as keys.</summary>
internal sealed class PingClaimEntity : EntityBase
{
    public string PlanId { get; set; } = "";
    public string Deadline { get; set; } = "";
    public string Stage { get; set; } = "";
    public string UnitId { get; set; } = "";
    public string Recipient { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateTimeOffset ClaimedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
}
