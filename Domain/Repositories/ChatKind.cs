namespace DanVan.Domain.Repositories;

/// <summary>Where a turn happens, as Teams says in <c>conversation.conversationType</c>.</summary>
public enum ChatKind { Personal, Channel, GroupChat }
