using DanVan.Domain.Repositories;

namespace DanVan.App.Routing;

/// <summary>The conversations a route may be answered in. Anything private is <see cref="Personal"/> only.</summary>
[Flags]
public enum Scopes
{
    None = 0,
    Personal = 1,
    Channel = 2,
    GroupChat = 4,
    Everywhere = Personal | Channel | GroupChat,
}

public static class ScopesExtensions
{
    public static bool Allows(this Scopes scopes, ChatKind chat) => chat switch
    {
        ChatKind.Personal => scopes.HasFlag(Scopes.Personal),
        ChatKind.Channel => scopes.HasFlag(Scopes.Channel),
        ChatKind.GroupChat => scopes.HasFlag(Scopes.GroupChat),
        _ => false,
    };
}
