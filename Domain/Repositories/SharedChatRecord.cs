namespace DanVan.Domain.Repositories;

/// <summary>
/// A team or group chat DanVan was added to, kept apart from every user's personal reference: installing or
/// removing the app there changes this record only. <paramref name="Key"/> is "team:{teamId}" or "chat:{id}".
/// </summary>
public sealed record SharedChatRecord(string Key, ChatKind Kind, string ReferenceJson, bool Active, DateTimeOffset UpdatedAt)
{
    public string? InactiveReason { get; init; }

    public DateTimeOffset? InactiveSince { get; init; }
}
