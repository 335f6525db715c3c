using DanVan.Domain.Roster;

namespace DanVan.App.Routing;

/// <summary>
/// Every entry point of the bot, looked up by name, typed command or card verb. Built once at start-up; a command or verb
/// declared twice stops start-up, one declared nowhere is refused (<see cref="ForVerb"/> answers null).
/// </summary>
public sealed class RouteTable
{
    private readonly Dictionary<string, Route> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Route> _verbs = new(StringComparer.Ordinal);

    public RouteTable(IEnumerable<Route> routes)
    {
        All = [.. routes];
        foreach (var route in All)
        {
            if (!_names.TryAdd(route.Name, route))
                throw new InvalidOperationException($"Route {route.Name} is declared twice.");
            foreach (var verb in route.Verbs)
                if (!_verbs.TryAdd(verb, route))
                    throw new InvalidOperationException($"Verb {verb} is declared by two routes ({_verbs[verb].Name}, {route.Name}).");
        }
        Words = new CommandMatcher(All);
    }

    public IReadOnlyList<Route> All { get; }

    /// <summary>Typed commands: which route a message means, and suggestions when none.</summary>
    public CommandMatcher Words { get; }

    public Route? ForName(string name) => _names.GetValueOrDefault(name);

    public Route? ForVerb(string? verb) => verb is null ? null : _verbs.GetValueOrDefault(verb);

    /// <summary>Whether <paramref name="role"/> may use the route named <paramref name="name"/>: for checks outside a turn (a download link).</summary>
    public bool Allows(Role role, string name) => ForName(name)?.Roles.Contains(role) == true;
}
