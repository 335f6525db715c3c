using DanVan.Domain.Roster;

namespace DanVan.Domain.Repositories;

public interface IRosterRepository
{
    /// <summary>Finds a member by a key from <see cref="UserKeys.For"/>.</summary>
    Task<Member?> FindMemberAsync(string userKey, CancellationToken ct);

    Task<Unit?> FindUnitAsync(string unitId, CancellationToken ct);

    Task<IReadOnlyList<Unit>> ListUnitsAsync(CancellationToken ct);

    /// <summary>Every member once (not once per key): the reminder fan-out's roles and units, as the office set them now.</summary>
    Task<IReadOnlyList<Member>> ListMembersAsync(CancellationToken ct);

    /// <summary>Adds the seed's units and members that are not there yet; never overwrites the office's edits.</summary>
    Task<int> SeedAsync(RosterSeed seed, CancellationToken ct);
}
