namespace DanVan.Domain.Repositories;

/// <summary>
/// Where to reach a user proactively. The reference itself is channel data the domain never reads, kept as an
/// opaque JSON string so the domain stays free of Bot Framework types.
/// </summary>
public sealed record ConversationRecord(string UserKey, string? UnitId, string ReferenceJson, bool Active, DateTimeOffset UpdatedAt);

public interface IConversationRepository
{
    Task<ConversationRecord?> GetAsync(string userKey, CancellationToken ct);

    Task SaveAsync(ConversationRecord record, CancellationToken ct);
}
