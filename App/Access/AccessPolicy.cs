using DanVan.Cards;
using DanVan.Domain.Roster;

namespace DanVan.App.Access;

/// <summary>What a card verb is about, which decides who may use it.</summary>
public enum VerbKind { Unknown, Everyone, UnitItem, RosterRead, RosterEdit, Department }

/// <summary>
/// Who may do what: every chat command and every card verb is checked here, on every turn, from the caller's
/// identity alone. Card data is untrusted; the only thing it may say about a unit is the caller's own unit.
/// </summary>
public static class AccessPolicy
{
    private static readonly Role[] Everyone = [Role.UnitHead, Role.Office, Role.Leader];
    private static readonly Role[] UnitHeads = [Role.UnitHead];
    private static readonly Role[] Seniors = [Role.Office, Role.Leader];
    private static readonly Role[] OfficeOnly = [Role.Office];

    /// <summary>
    /// The command matrix. A command missing here is refused to everyone, so a new command stays closed until it
    /// is given its roles (a test checks that every command is listed).
    /// </summary>
    public static readonly IReadOnlyDictionary<Command, IReadOnlyList<Role>> CommandRoles = new Dictionary<Command, IReadOnlyList<Role>>
    {
        [Command.Unknown] = Everyone,
        [Command.Welcome] = Everyone,
        [Command.Help] = Everyone,
        [Command.Training] = UnitHeads,
        [Command.UnitPlan] = UnitHeads,
        [Command.Models] = UnitHeads,
        [Command.Report] = UnitHeads,
        [Command.Standing] = UnitHeads,
        // A unit head reads their unit's history; the office and leaders the department's roster and access log.
        [Command.History] = Everyone,
        [Command.ReminderPreview] = Seniors,
        [Command.ReminderSend] = Seniors,
        // Leaders read the roster; its card offers them no edits, and the edit verbs refuse them.
        [Command.Roster] = Seniors,
        // The department picture and its export; a unit head has "tình hình" (their unit and its rank) instead.
        [Command.Summary] = Seniors,
        [Command.Export] = Seniors,
    };

    /// <summary>Card data keys that name a unit; only ever accepted when they name the caller's own.</summary>
    private static readonly string[] UnitKeys = ["unitId", "unit"];

    public static Refusal? ForCommand(Identity who, Command command)
    {
        if (!CommandRoles.TryGetValue(command, out var roles)) return Refusal.OfficeOnly;
        if (!roles.Contains(who.Member.Role))
            return command is Command.Summary or Command.Export && who.Member.Role == Role.UnitHead ? Refusal.DepartmentView : RefusalFor(roles);
        return roles.SequenceEqual(UnitHeads) && !IsUnitHead(who) ? Refusal.UnitHeadsOnly : null;
    }

    public static Refusal? ForVerb(Identity who, VerbKind kind, IReadOnlyDictionary<string, string?> data) => kind switch
    {
        VerbKind.Everyone => null,
        VerbKind.UnitItem when !IsUnitHead(who) => Refusal.UnitHeadsOnly,
        VerbKind.UnitItem => OtherUnitNamed(who, data) is null ? null : Refusal.OtherUnit,
        VerbKind.RosterRead => Seniors.Contains(who.Member.Role) ? null : Refusal.OfficeAndLeadersOnly,
        VerbKind.RosterEdit => who.Member.Role == Role.Office ? null : Refusal.OfficeOnly,
        VerbKind.Department => Seniors.Contains(who.Member.Role) ? null : who.Member.Role == Role.UnitHead ? Refusal.DepartmentView : Refusal.OfficeAndLeadersOnly,
        _ => Refusal.OfficeOnly,
    };

    /// <param name="isUnitItem">Whether a verb belongs to one of the unit's forms or views.</param>
    public static VerbKind Classify(string? verb, Func<string, bool> isUnitItem) => verb switch
    {
        null or "" => VerbKind.Unknown,
        Verbs.Help => VerbKind.Everyone,
        _ when RosterCards.ReadVerbs.Contains(verb) => VerbKind.RosterRead,
        _ when RosterCards.EditVerbs.Contains(verb) => VerbKind.RosterEdit,
        _ when Department.OfficeDesk.Handles(verb) => VerbKind.Department,
        _ when isUnitItem(verb) => VerbKind.UnitItem,
        _ => VerbKind.Unknown,
    };

    /// <summary>The "key=value" of card data naming a unit other than the caller's, or null.</summary>
    public static string? OtherUnitNamed(Identity who, IReadOnlyDictionary<string, string?> data)
    {
        foreach (var (key, value) in data)
            if (UnitKeys.Contains(key, StringComparer.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(value)
                && !string.Equals(value.Trim(), who.Unit?.Id, StringComparison.OrdinalIgnoreCase))
                return $"{key}={value.Trim()}";
        return null;
    }

    public static bool IsUnitHead(Identity who) => who.Member.Role == Role.UnitHead && who.Unit is { Active: true };

    public static bool IsSenior(Identity who) => Seniors.Contains(who.Member.Role);

    /// <summary>Whether <paramref name="role"/> may run <paramref name="command"/>: for checks outside a turn (a download link).</summary>
    public static bool Allows(Role role, Command command) => CommandRoles.TryGetValue(command, out var roles) && roles.Contains(role);

    private static Refusal RefusalFor(IReadOnlyList<Role> roles) =>
        roles.SequenceEqual(UnitHeads) ? Refusal.UnitHeadsOnly
        : roles.SequenceEqual(OfficeOnly) ? Refusal.OfficeOnly
        : Refusal.OfficeAndLeadersOnly;
}
