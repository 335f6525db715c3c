namespace DanVan.Domain.Time;

/// <summary>The department's clock: Asia/Ho_Chi_Minh, read through a <see cref="TimeProvider"/> so tests can move it.</summary>
public sealed class DepartmentClock(TimeProvider time)
{
    /// <summary>Vietnam has had no daylight saving since 1975; UTC+7 is the fallback where tzdata is missing.</summary>
    public static readonly TimeZoneInfo Zone = FindZone();

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public DateTimeOffset UtcNow => time.GetUtcNow();

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    private static TimeZoneInfo FindZone()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT"); }
        catch (InvalidTimeZoneException) { return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT"); }
    }
}
