using DanVan.Domain.Roster;

namespace DanVan.Domain.Repositories;

/// <summary>
/// The office's roster edits and the department's audit history. Reads here go to storage itself (never a
/// cache), since an edit is checked against them. Each edit is one atomic write of the change and its audit
/// entry, conditional on the stored rows still being what the caller read; otherwise
/// <see cref="ConcurrencyConflictException"/> and nothing is written.
/// </summary>
public interface IRosterEditor
{
    Task<IReadOnlyList<Unit>> ListUnitsAsync(CancellationToken ct);
    Task<IReadOnlyList<Member>> ListMembersAsync(CancellationToken ct);
    Task<Unit?> FindUnitAsync(string unitId, CancellationToken ct);
    Task<Member?> FindMemberAsync(string userKey, CancellationToken ct);

    /// <summary>Adds a unit; a conflict if its id is taken.</summary>
    Task AddUnitAsync(Unit unit, Stamp stamp, CancellationToken ct);

    /// <summary>Replaces <paramref name="before"/> (as read) by <paramref name="after"/> (same id).</summary>
    Task UpdateUnitAsync(Unit before, Unit after, Stamp stamp, CancellationToken ct);

    /// <summary>
    /// Adds (<paramref name="before"/> null), changes or removes (<paramref name="after"/> null) a member, under
    /// every key they are found by. <paramref name="otherOffice"/>, when given, must still be an office member as
    /// the change commits: an edit that takes an office member away names another one, so two such edits racing
    /// each other cannot leave the department with nobody to manage the roster.
    /// </summary>
    Task SaveMemberAsync(Member? before, Member? after, Stamp stamp, CancellationToken ct, Member? otherOffice = null);

    Task RecordRefusalAsync(AccessRefused refusal, CancellationToken ct);

    /// <summary>Roster changes (units and members), newest first: never crowded out by refusals, which are kept apart.</summary>
    Task<IReadOnlyList<RosterEvent>> RecentChangesAsync(int max, CancellationToken ct);

    /// <summary>Refused attempts, newest first.</summary>
    Task<IReadOnlyList<AccessRefused>> RecentRefusalsAsync(int max, CancellationToken ct);
}
