namespace DanVan.Domain.Time;

/// <summary>
/// When the department's offices are at work on a working day (department time): nothing proactive is sent outside
/// them, so a bot that restarts at night never wakes anyone. <paramref name="Start"/> inclusive, <paramref name="End"/>
/// exclusive.
/// </summary>
public sealed record OfficeHours(TimeOnly Start, TimeOnly End)
{
    /// <summary>08:00–17:00 Asia/Ho_Chi_Minh: the state offices' day.</summary>
    public static readonly OfficeHours Default = new(new TimeOnly(8, 0), new TimeOnly(17, 0));

    public bool Contains(TimeOnly time) => time >= Start && time < End;
}
