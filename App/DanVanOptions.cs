namespace DanVan.App;

/// <summary>Settings of the conversation (section "DanVan").</summary>
public sealed record DanVanOptions
{
    /// <summary>Whom an unknown user should contact, in the users' language.</summary>
    public string OfficeContact { get; init; } = "Văn phòng Sở Nông nghiệp và PTNT";

    /// <summary>Turns one user may make in a burst before the rate limit answers.</summary>
    public int TurnBurst { get; init; } = 30;

    /// <summary>Turns one user may make per minute, sustained, once the burst is spent.</summary>
    public int TurnsPerMinute { get; init; } = 60;
}
