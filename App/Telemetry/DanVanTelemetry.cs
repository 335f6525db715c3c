using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;

namespace DanVan.App.Telemetry;

/// <summary>
/// DanVan's own spans and counters, with the BCL's ActivitySource and Meter only: the host decides whether and where
/// they are exported (Bot/Hosting/Telemetry). Tags are bounded names (kind, outcome, item, reason); never a UPN, a
/// display name or message text. Where a user must be told apart, <see cref="UserHash"/> stands for them.
/// </summary>
public static class DanVanTelemetry
{
    /// <summary>The name of both the ActivitySource and the Meter.</summary>
    public const string Name = "DanVan";

    public static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>("danvan.turns", "{turn}", "Turns by kind (message, card action, install…) and outcome.");
    private static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("danvan.turn.duration", "s", "Time to answer a turn, by kind and outcome.");
    private static readonly Counter<long> Submissions = Meter.CreateCounter<long>("danvan.submissions", "{submission}", "Form values stored, by item.");
    private static readonly Counter<long> Reminders = Meter.CreateCounter<long>("danvan.reminders", "{ping}", "Reminder pings claimed, sent, throttled (429) and blocked (403/404).");
    private static readonly Counter<long> Exports = Meter.CreateCounter<long>("danvan.exports", "{download}", "Export downloads by format and outcome.");
    private static readonly Counter<long> Refusals = Meter.CreateCounter<long>("danvan.refusals", "{refusal}", "Commands and card actions refused by the access policy, by reason.");
    private static readonly Counter<long> RateLimits = Meter.CreateCounter<long>("danvan.rate_limited", "{turn}", "Turns refused by the per-user rate limit.");

    public static void Turn(string kind, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "danvan.turn.kind", kind }, { "danvan.outcome", outcome } };
        Turns.Add(1, tags);
        TurnDuration.Record(elapsed.TotalSeconds, tags);
    }

    public static void Submitted(string item) => Submissions.Add(1, new KeyValuePair<string, object?>("danvan.item", item));

    /// <param name="outcome">claimed, sent, throttled or blocked.</param>
    public static void Reminder(string outcome) => Reminders.Add(1, new KeyValuePair<string, object?>("danvan.outcome", outcome));

    /// <param name="format">xlsx or csv (or "unknown" for a link that could not be read).</param>
    /// <param name="outcome">sent, expired, forbidden, invalid.</param>
    public static void Export(string format, string outcome) =>
        Exports.Add(1, new TagList { { "danvan.export.format", format }, { "danvan.outcome", outcome } });

    /// <param name="reason">The refusal's name (e.g. NotUnitHead, OtherUnit).</param>
    public static void Refused(string reason) => Refusals.Add(1, new KeyValuePair<string, object?>("danvan.refusal.reason", reason));

    /// <summary>A turn refused by the per-user rate limit (the limiter calls this).</summary>
    public static void RateLimited() => RateLimits.Add(1);

    /// <summary>
    /// A stable, non-reversible stand-in for a user key (Entra object id or UPN): the first 16 hex digits of its
    /// SHA-256, enough to tell users apart in a trace, not to name them.
    /// </summary>
    public static string UserHash(string userKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userKey.ToLowerInvariant())))[..16];
}
