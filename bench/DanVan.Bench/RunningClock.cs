using System.Diagnostics;

namespace DanVan.Bench;

/// <summary>
/// The test clock's date (10/05/2024, inside the plan year, so the figures validate) but running in real time, so
/// the bot's time-based caches (roster, department snapshot) expire during the run as they would in production.
/// BotServer's FakeTimeProvider never moves, which would keep every cache warm forever.
/// </summary>
public sealed class RunningClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _origin = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start + Stopwatch.GetElapsedTime(_origin);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
