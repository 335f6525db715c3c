namespace DanVan.Domain.Roster;

public enum Role
{
    /// <summary>Thủ trưởng (or deputy) of a unit: submits the unit's figures.</summary>
    UnitHead,
    /// <summary>Văn phòng Sở: sees every unit, chases and exports.</summary>
    Office,
    /// <summary>Lãnh đạo Sở: reads the department picture.</summary>
    Leader,
}

/// <summary>A phòng, cơ quan or đơn vị of the department.</summary>
public sealed record Unit(string Id, string Name, bool Active = true);

/// <summary>
/// A person DanVan knows. Teams identifies users by Entra object id; the office often only knows an email/UPN,
/// so a member may be registered by either and is found by either.
/// </summary>
public sealed record Member(string? AadObjectId, string? Upn, string DisplayName, Role Role, string? UnitId)
{
    /// <summary>The stable key under which a member's own records (conversation, audit "who") are kept.</summary>
    public string Key => UserKeys.For(AadObjectId, Upn);
}

public static class UserKeys
{
    /// <summary>
    /// aadObjectId when known, else the UPN. Lower-cased and never parsed as a Guid: Teams clients other than
    /// Teams itself (the Agents Playground) send ids that are not valid Guids.
    /// </summary>
    public static string For(string? aadObjectId, string? upn) =>
        !string.IsNullOrWhiteSpace(aadObjectId) ? "aad:" + aadObjectId.Trim().ToLowerInvariant()
        : !string.IsNullOrWhiteSpace(upn) ? "upn:" + upn.Trim().ToLowerInvariant()
        : throw new ArgumentException("A member needs an aadObjectId or a UPN.");
}
