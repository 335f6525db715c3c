using System.Diagnostics;

namespace DanVan.PingBench;

/// <summary>Starts at the given instant and runs in real time, so the sender's pacer really waits (BotServer's
/// FakeTimeProvider never moves, which would stall every paced send).</summary>
public sealed class RunningClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _origin = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start + Stopwatch.GetElapsedTime(_origin);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
