using System.Globalization;
using DanVan.Domain.Time;

namespace DanVan.Bot.Hosting;

/// <summary>
/// A clock for demos: another <see cref="TimeProvider"/> (the system clock in the bot) shifted so that it reads
/// <see cref="Start"/> at the moment this clock is created and runs on at the real pace from there. Set by
/// <c>DanVan:DemoStart</c> (run.sh: <c>DANVAN_DEMO_START</c>; <see cref="Settings.HostSettings.DemoStart"/>); off by default. Every deadline, standing count and
/// reminder follows it. Timers and timestamps (elapsed time) are the base clock's: only the date-time moves.
/// </summary>
public sealed class DemoClock : TimeProvider
{
    public const string Setting = "DanVan:DemoStart";

    private static readonly string[] LocalFormats =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];

    private static readonly string[] OffsetFormats =
        ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    private readonly TimeProvider _base;
    private readonly TimeSpan _shift;

    /// <param name="start">What the clock reads now; it advances with <paramref name="baseClock"/> from here.</param>
    public DemoClock(DateTimeOffset start, TimeProvider baseClock)
    {
        _base = baseClock;
        Start = start;
        _shift = start.ToUniversalTime() - baseClock.GetUtcNow();
    }

    /// <summary>The date-time the clock read when it was created.</summary>
    public DateTimeOffset Start { get; }

    public override DateTimeOffset GetUtcNow() => (_base.GetUtcNow() + _shift).ToUniversalTime();

    public override long GetTimestamp() => _base.GetTimestamp();

    public override long TimestampFrequency => _base.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => _base.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _base.CreateTimer(callback, state, dueTime, period);

    /// <summary>The clock the bot runs on: <paramref name="baseClock"/> when <paramref name="setting"/> is empty,
    /// else a demo clock starting at it. Throws <see cref="InvalidOperationException"/> on a value that is not a
    /// date-time.</summary>
    public static TimeProvider FromSetting(string? setting, TimeProvider baseClock) =>
        string.IsNullOrWhiteSpace(setting) ? baseClock : new DemoClock(ParseStart(setting), baseClock);

    /// <summary>"2024-04-12T07:59" (Asia/Ho_Chi_Minh time), "2024-04-12" (midnight there) or with an explicit
    /// offset, "2024-04-12T07:59+07:00" / "2024-04-12T00:59Z".</summary>
    public static DateTimeOffset ParseStart(string setting) =>
        TryParseStart(setting, out var start) ? start : throw new InvalidOperationException(InvalidStart(setting));

    /// <summary>The same without throwing: what the settings' validation asks (<see cref="Settings.HostSettings"/>).</summary>
    public static bool TryParseStart(string setting, out DateTimeOffset start)
    {
        var value = setting.Trim();
        if (DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            start = new DateTimeOffset(local, DepartmentClock.Zone.GetUtcOffset(local));
            return true;
        }
        return DateTimeOffset.TryParseExact(value, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out start);
    }

    /// <summary>The one-line start-up error for a value that is not a date-time.</summary>
    public static string InvalidStart(string setting) =>
        $"{Setting} (DanVan__DemoStart, run.sh: DANVAN_DEMO_START) is \"{setting}\", which is not a date-time. " +
        "Use yyyy-MM-ddTHH:mm in Asia/Ho_Chi_Minh time (e.g. 2024-04-12T07:59), or add an offset " +
        "(e.g. 2024-04-12T07:59+07:00); leave it empty to run on the real clock.";

    public override string ToString() =>
        $"started at {DepartmentClock.ToLocal(Start):yyyy-MM-dd HH:mm} Asia/Ho_Chi_Minh time, reads {DepartmentClock.ToLocal(GetUtcNow()):yyyy-MM-dd HH:mm:ss} now";
}
