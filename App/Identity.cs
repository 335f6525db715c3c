using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;

namespace DanVan.App;

/// <summary>A caller found on the roster, with their unit when they head one.</summary>
public sealed record Identity(Member Member, Unit? Unit);

/// <summary>
/// Maps the Teams user to a roster member: first by Entra object id (one point read), then, for members the
/// office registered by email, by the UPN the channel reports. The unit always comes from here, never from card data.
/// </summary>
public sealed class IdentityResolver(IRosterRepository roster)
{
    public async Task<Identity?> ResolveAsync(Caller caller, CancellationToken ct)
    {
        Member? member = null;
        if (!string.IsNullOrWhiteSpace(caller.AadObjectId))
            member = await roster.FindMemberAsync(UserKeys.For(caller.AadObjectId, null), ct);
        if (member is null && caller.FindUpn is not null && await caller.FindUpn(ct) is { Length: > 0 } upn)
            member = await roster.FindMemberAsync(UserKeys.For(null, upn), ct);
        if (member is null) return null;

        var unit = member.UnitId is null ? null : await roster.FindUnitAsync(member.UnitId, ct);
        if (member.Role == Role.UnitHead && unit is not { Active: true }) return null;
        return new Identity(member, unit);
    }
}
