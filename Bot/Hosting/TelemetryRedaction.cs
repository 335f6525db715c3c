using System.Diagnostics;
using System.Text.RegularExpressions;
using DanVan.App.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace DanVan.Bot.Hosting;

/// <summary>
/// Takes personal data out of spans before export. Table Storage point reads carry the user key in the URL
/// (<c>Roster(PartitionKey='member',RowKey='upn:…')</c>), an export link carries its bearer token in the path, and a
/// query string may carry anything: keep the scheme, host and the path up to such parts.
/// </summary>
public sealed partial class TelemetryRedaction : BaseProcessor<Activity>
{
    private static readonly string[] UrlTags = ["url.full", "http.url", "url.path", "url.query", "http.target"];

    public override void OnEnd(Activity activity)
    {
        foreach (var tag in UrlTags)
            if (activity.GetTagItem(tag) is string value) activity.SetTag(tag, tag == "url.query" ? null : Redact(value));
        activity.DisplayName = Redact(activity.DisplayName);
    }

    public static string Redact(string url)
    {
        var query = url.IndexOf('?');
        if (query >= 0) url = url[..query];
        url = EntityKeys().Replace(url, "(…)");
        url = ExportToken().Replace(url, "/export/{token}");
        return ConversationIds().Replace(url, "/v3/conversations/{id}");
    }

    [GeneratedRegex(@"\([^/]*\)")]
    private static partial Regex EntityKeys();

    [GeneratedRegex(@"/export/[^/{][^/]*")]
    private static partial Regex ExportToken();

    // Teams conversation ids are opaque but per user: not needed to read a trace.
    [GeneratedRegex(@"/v3/conversations/[^/{][^/]*")]
    private static partial Regex ConversationIds();

    /// <summary>Log records: user keys in arguments named like a user are replaced by their hash.</summary>
    public sealed class Logs : BaseProcessor<LogRecord>
    {
        public override void OnEnd(LogRecord record)
        {
            if (record.Attributes is not { Count: > 0 } attributes) return;
            var changed = attributes.Select(a => a.Value is string s && IsUser(a.Key)
                ? new KeyValuePair<string, object?>(a.Key, DanVanTelemetry.UserHash(s)) : a).ToList();
            record.Attributes = changed;
        }

        private static bool IsUser(string key) => key.Contains("user", StringComparison.OrdinalIgnoreCase)
            || key.Contains("requester", StringComparison.OrdinalIgnoreCase) || key.Contains("upn", StringComparison.OrdinalIgnoreCase);
    }
}
