using DanVan.Domain.Roster;

namespace DanVan.App.Routing;

/// <summary>
/// Every entry point of the bot, looked up by chat command or card verb. Built once at start-up; a command or verb
/// declared twice stops start-up, one declared nowhere is refused (<see cref="ForVerb"/> answers null).
/// </summary>
public sealed class RouteTable
{
    private readonly Dictionary<Command, Route> _commands = [];
    private readonly Dictionary<string, Route> _verbs = new(StringComparer.Ordinal);

    public RouteTable(IEnumerable<Route> routes)
    {
        All = [.. routes];
        foreach (var route in All)
        {
            if (route.Command is { } command && !_commands.TryAdd(command, route))
                throw new InvalidOperationException($"Command {command} is declared by two routes ({_commands[command].Name}, {route.Name}).");
            foreach (var verb in route.Verbs)
                if (!_verbs.TryAdd(verb, route))
                    throw new InvalidOperationException($"Verb {verb} is declared by two routes ({_verbs[verb].Name}, {route.Name}).");
        }
    }

    public IReadOnlyList<Route> All { get; }

    public Route? ForCommand(Command command) => _commands.GetValueOrDefault(command);

    public Route? ForVerb(string? verb) => verb is null ? null : _verbs.GetValueOrDefault(verb);

    /// <summary>Whether <paramref name="role"/> may use <paramref name="command"/>: for checks outside a turn (a download link).</summary>
    public bool Allows(Role role, Command command) => ForCommand(command)?.Roles.Contains(role) == true;
}
