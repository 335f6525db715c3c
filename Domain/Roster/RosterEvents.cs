using DanVan.Domain.Repositories;

namespace DanVan.Domain.Roster;

/// <summary>One line of the department's audit history: a roster change or a refused attempt.</summary>
public abstract record RosterEvent(Stamp Stamp);

/// <summary>A unit added (Before null), renamed, deactivated or reactivated.</summary>
public sealed record UnitChanged(Stamp Stamp, Unit? Before, Unit After) : RosterEvent(Stamp);

/// <summary>A member added (Before null), changed (role, unit, name) or removed (After null).</summary>
public sealed record MemberChanged(Stamp Stamp, Member? Before, Member? After) : RosterEvent(Stamp);

/// <summary>
/// Someone on the roster asked for something their role does not allow (or named a unit not theirs):
/// <paramref name="Attempt"/> is the command or card verb, <paramref name="Detail"/> what the card data named.
/// </summary>
public sealed record AccessRefused(Stamp Stamp, string Attempt, string Reason, string? Detail) : RosterEvent(Stamp);

/// <summary>Why the access policy refused a turn or a card action.</summary>
public enum Refusal
{
    /// <summary>Unit forms, standing and history: unit heads of an active unit only.</summary>
    UnitHeadsOnly,
    /// <summary>Reminder commands: Văn phòng Sở and Lãnh đạo Sở.</summary>
    OfficeAndLeadersOnly,
    /// <summary>Roster edits: Văn phòng Sở only (leaders read the roster).</summary>
    OfficeOnly,
    /// <summary>A unit head's card data named a unit other than their own.</summary>
    OtherUnit,
    /// <summary>A unit head asked for the department summary or its export (office and leaders only).</summary>
    DepartmentView,
}
