using DanVan.App.Routing;
using DanVan.Domain.Roster;

namespace DanVan.App.Access;

/// <summary>
/// Who may do what, decided from a route's declaration and the caller's identity alone, on every turn. Card data
/// is untrusted; the only thing it may say about a unit is the caller's own unit.
/// </summary>
public static class AccessPolicy
{
    /// <summary>Card data keys that name a unit; only ever accepted when they name the caller's own.</summary>
    private static readonly string[] UnitKeys = ["unitId", "unit"];

    /// <summary>Why <paramref name="who"/> may not use <paramref name="route"/> with <paramref name="data"/>, or null.</summary>
    public static Refusal? Check(Route route, Identity who, IReadOnlyDictionary<string, string?> data)
    {
        if (!route.Roles.Contains(who.Member.Role))
            return who.Member.Role == Role.UnitHead && route.UnitHeadRefusal is { } instead ? instead : RefusalFor(route.Roles);
        if (who.Member.Role == Role.UnitHead && !IsUnitHead(who)) return Refusal.UnitHeadsOnly;
        return route.UnitItem && OtherUnitNamed(who, data) is not null ? Refusal.OtherUnit : null;
    }

    /// <summary>The "key=value" of card data naming a unit other than the caller's, or null.</summary>
    public static string? OtherUnitNamed(Identity who, IReadOnlyDictionary<string, string?> data)
    {
        foreach (var (key, value) in data)
            if (UnitKeys.Contains(key, StringComparer.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(value)
                && !string.Equals(value.Trim(), who.Unit?.Id, StringComparison.OrdinalIgnoreCase))
                return $"{key}={value.Trim()}";
        return null;
    }

    /// <summary>A unit head of an active unit: the only callers the unit's forms and standing serve.</summary>
    public static bool IsUnitHead(Identity who) => who.Member.Role == Role.UnitHead && who.Unit is { Active: true };

    public static bool IsSenior(Identity who) => who.Member.Role is Role.Office or Role.Leader;

    private static Refusal RefusalFor(IReadOnlyList<Role> roles) =>
        roles.SequenceEqual(DanVanRoutes.UnitHeads) ? Refusal.UnitHeadsOnly
        : roles.SequenceEqual(DanVanRoutes.OfficeOnly) ? Refusal.OfficeOnly
        : Refusal.OfficeAndLeadersOnly;
}
