using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;

namespace DanVan.App;

/// <summary>
/// Maps the Teams user to a roster member: first by Entra object id (one point read), then, for members the
/// office registered by email, by the UPN the channel reports. The unit always comes from here, never from card data.
/// </summary>
/// <param name="roster">The roster as this instance caches it: every turn.</param>
/// <param name="stored">The roster as stored: privileged routes, so a change made on another instance counts at once.</param>
public sealed class IdentityResolver(IRosterRepository roster, IRosterEditor stored)
{
    public Task<Identity?> ResolveAsync(Caller caller, CancellationToken ct) =>
        ResolveAsync(caller, roster.FindMemberAsync, roster.FindUnitAsync, ct);

    /// <summary>As <see cref="ResolveAsync"/>, read from storage itself.</summary>
    public Task<Identity?> ResolveFreshAsync(Caller caller, CancellationToken ct) =>
        ResolveAsync(caller, stored.FindMemberAsync, stored.FindUnitAsync, ct);

    private static async Task<Identity?> ResolveAsync(Caller caller, Func<string, CancellationToken, Task<Member?>> findMember,
        Func<string, CancellationToken, Task<Unit?>> findUnit, CancellationToken ct)
    {
        Member? member = null;
        if (!string.IsNullOrWhiteSpace(caller.AadObjectId))
            member = await findMember(UserKeys.For(caller.AadObjectId, null), ct);
        if (member is null && caller.FindUpn is not null && await caller.FindUpn(ct) is { Length: > 0 } upn)
            member = await findMember(UserKeys.For(null, upn), ct);
        if (member is null) return null;

        var unit = member.UnitId is null ? null : await findUnit(member.UnitId, ct);
        if (member.Role == Role.UnitHead && unit is not { Active: true }) return null;
        return new Identity(member, unit);
    }
}
