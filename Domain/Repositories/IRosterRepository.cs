using DanVan.Domain.Roster;

namespace DanVan.Domain.Repositories;

public interface IRosterRepository
{
    /// <summary>Finds a member by a key from <see cref="UserKeys.For"/>.</summary>
    Task<Member?> FindMemberAsync(string userKey, CancellationToken ct);

    Task<Unit?> FindUnitAsync(string unitId, CancellationToken ct);

    Task<IReadOnlyList<Unit>> ListUnitsAsync(CancellationToken ct);

    /// <summary>Adds the seed's units and members that are not there yet; never overwrites the office's edits.</summary>
    Task<int> SeedAsync(RosterSeed seed, CancellationToken ct);
}
