using DanVan.Domain.Roster;

namespace DanVan.App.Routing;

/// <summary>Runs a route for a caller the gate has let through.</summary>
public delegate Task<Answer> RouteHandler(Request request, CancellationToken ct);

/// <summary>
/// One entry point of the bot, declared once: the chat command and/or card verbs that reach it, who may use it,
/// in which conversations it may be answered, and what it does. The access gate, the help text and the tests
/// read this; a command or verb that no route declares is refused.
/// </summary>
/// <param name="Name">A stable name for logs and tests (the verb, or the command's name).</param>
/// <param name="Roles">Who may use it. Unit heads also need an active unit.</param>
/// <param name="Scopes">Where it may be answered. Elsewhere, what it shows goes to the caller's personal chat.</param>
public sealed record Route(string Name, IReadOnlyList<Role> Roles, Scopes Scopes, RouteHandler Handler)
{
    /// <summary>What a user types to reach this route, as they would write it (with diacritics; matched with or
    /// without them, in any order, with extra words: <see cref="CommandMatcher"/>). The first is the one shown.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>The card verbs that reach this route.</summary>
    public IReadOnlyList<string> Verbs { get; init; } = [];

    /// <summary>Card data may name a unit only if it is the caller's own (unit forms and views).</summary>
    public bool UnitItem { get; init; }

    /// <summary>Changes stored data. Never run from a card in a shared conversation, whoever clicks.</summary>
    public bool Writes { get; init; }

    /// <summary>Privileged: the caller's role is read from storage for this turn, not from an instance's cache,
    /// so a member removed on one instance cannot act through another.</summary>
    public bool FreshRole { get; init; }

    /// <summary>The refusal a unit head gets instead of the one the roles imply (e.g. pointed to "tình hình").</summary>
    public Refusal? UnitHeadRefusal { get; init; }
}
