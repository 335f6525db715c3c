namespace DanVan.Bot.Proactive;

/// <summary>Configuration section "Reminders": the deadline reminder service.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Off: no background fan-out (tests run it by hand; a second deployment slot may want it off).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the service looks for due reminders; a run finding nothing new costs a few reads.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A claim unsent for this long is taken to be a crashed send and is retried. It must outlast the
    /// slowest real send (pacing plus up to <see cref="ProactiveOptions.MaxAttempts"/> tries, each Retry-After
    /// capped at a minute), or a slow send would be doubled.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A ping whose sends failed this many times (claim plus takeovers) is given up.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Sends in flight at once; the sender's pacer keeps them within Teams' rates.</summary>
    public int Parallelism { get; set; } = 16;
}
