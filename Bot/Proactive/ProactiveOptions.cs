namespace DanVan.Bot.Proactive;

/// <summary>Configuration section "Proactive": how politely proactive sends treat Teams.</summary>
public sealed class ProactiveOptions
{
    public const string Section = "Proactive";

    /// <summary>Teams allows about 30 messages/s per bot across all conversations.</summary>
    public double GlobalPerSecond { get; set; } = 30;

    /// <summary>The global pace never drops below this after 429s.</summary>
    public double MinGlobalPerSecond { get; set; } = 1;

    /// <summary>A 429 multiplies the global pace by this (at most once a second).</summary>
    public double ThrottledPaceFactor { get; set; } = 0.95;

    /// <summary>After a cut, the pace climbs back by this share of <see cref="GlobalPerSecond"/> each second.</summary>
    public double PaceRecoveryPerSecond { get; set; } = 0.01;

    /// <summary>Teams throttles above 7 messages/s in one conversation.</summary>
    public double PerConversationPerSecond { get; set; } = 7;

    /// <summary>Tries per send, the first included, for 429 / 412 / 5xx / network failures.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Cap on a 429's Retry-After, so a bogus header cannot stall a fan-out for hours.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>First back-off for 412 / 5xx; doubles per attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);
}
