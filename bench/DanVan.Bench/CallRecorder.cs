using System.Collections.Concurrent;
using System.Diagnostics;

namespace DanVan.Bench;

/// <summary>
/// Where a turn's time goes, without touching product code: listens to the runtime's own activities (HttpClient's
/// "System.Net.Http", ASP.NET Core's "Microsoft.AspNetCore") and ties every outgoing call — the Azure SDK's storage
/// requests and the Bot Framework's connector requests, both HttpClient — to the benchmark request that caused it,
/// through the W3C trace context HttpClient and Kestrel propagate. Only on during the profile, after the measurement.
/// </summary>
public sealed class CallRecorder : IDisposable
{
    private static readonly ActivitySource Source = new("DanVan.Bench");
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Span> _spans = new();
    private readonly int _storagePort;
    private readonly int _connectorPort;

    public CallRecorder(string storageConnectionString, string connectorServiceUrl)
    {
        _storagePort = StoragePort(storageConnectionString);
        _connectorPort = new Uri(connectorServiceUrl).Port;
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "DanVan.Bench" or "System.Net.Http" or "Microsoft.AspNetCore"
                || s.Name.StartsWith("Experimental.System.Net.Http.Connections", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => _spans.Enqueue(new Span(a.Source.Name, a.OperationName, a.TraceId, a.SpanId, a.ParentSpanId,
                a.StartTimeUtc, a.Duration, a.GetTagItem("url.full") as string, a.GetTagItem("http.request.method") as string,
                a.GetTagItem("bench.window") as string, a.GetTagItem("server.port") is int port ? port : null)),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public static int StoragePort(string connectionString)
    {
        var endpoint = connectionString.Split(';').First(p => p.StartsWith("TableEndpoint=", StringComparison.Ordinal));
        return new Uri(endpoint["TableEndpoint=".Length..]).Port;
    }

    public Tagging Window(string name) => new(name);

    /// <summary>Marks the benchmark requests of one profile window (e.g. "sequential") and their kind.</summary>
    public sealed class Tagging(string window)
    {
        public Activity? Start(string kind)
        {
            Activity.Current = null; // every request is the root of its own trace
            var activity = Source.StartActivity(kind, ActivityKind.Client);
            activity?.SetTag("bench.window", window);
            return activity;
        }
    }

    public void Dispose() => _listener.Dispose();

    private sealed record Span(string Source, string Name, ActivityTraceId Trace, ActivitySpanId Id, ActivitySpanId Parent,
        DateTime Start, TimeSpan Duration, string? Url, string? Method, string? Window, int? Port)
    {
        public DateTime End => Start + Duration;
    }

    /// <summary>Every span of the last traced request of each kind in a window, with offsets (BENCH_DUMP_TRACES=1).</summary>
    public void Dump(string window, TextWriter to)
    {
        var spans = _spans.ToArray();
        foreach (var root in spans.Where(s => s.Source == "DanVan.Bench" && s.Window == window).GroupBy(s => s.Name).Select(g => g.MaxBy(s => s.Start)!))
        {
            to.WriteLine($"--- {window} {root.Name}: {root.Duration.TotalMilliseconds:F2} ms");
            foreach (var s in spans.Where(s => s.Trace == root.Trace || (s.Name.Contains("ConnectionSetup") && s.Start >= root.Start && s.Start <= root.End)).OrderBy(s => s.Start))
                to.WriteLine($"  +{(s.Start - root.Start).TotalMilliseconds,8:F2} {s.Duration.TotalMilliseconds,8:F2} ms  {s.Source} {s.Name} {s.Method} {s.Url}{(s.Port is { } p ? " port " + p : "")}");
        }
    }

    public Profile Analyse()
    {
        var spans = _spans.ToArray();
        var byTrace = spans.ToLookup(s => s.Trace);
        // Connection set-up is traced apart from the request that needed it (its own root): attribute it by time,
        // which is exact for the sequential window (one request in flight) and only indicative under concurrency.
        var setups = spans.Where(s => s.Name.Contains("ConnectionSetup", StringComparison.Ordinal)).ToList();
        var turns = new List<(string Window, string Kind, Turn Turn)>();
        foreach (var root in spans.Where(s => s.Source == "DanVan.Bench"))
        {
            var trace = byTrace[root.Trace].ToList();
            var client = trace.FirstOrDefault(s => s.Source == "System.Net.Http" && s.Parent == root.Id);
            if (client is null) continue;
            var server = trace.FirstOrDefault(s => s.Source == "Microsoft.AspNetCore" && s.Parent == client.Id);
            var outgoing = trace.Where(s => s.Source == "System.Net.Http" && s != client).ToList();
            var during = setups.Where(s => s.Start >= client.Start && s.Start <= client.End).ToList();
            var connections = (Connector: during.Count(s => s.Port == _connectorPort), Storage: during.Count(s => s.Port == _storagePort));
            turns.Add((root.Window ?? "?", root.Name, new Turn(client.Duration, server?.Duration,
                outgoing.Select(s => (Classify(s), s.Duration)).ToList(), Union(outgoing.Select(s => (s.Start, s.End))), connections,
                server is null ? [] : Timeline(server, outgoing))));
        }

        var groups = turns.GroupBy(t => (t.Window, t.Kind)).Select(g =>
        {
            var list = g.Select(t => t.Turn).ToList();
            var calls = list.SelectMany(t => t.Calls).GroupBy(c => c.Call).Select(c => new CallStat(c.Key,
                (double)c.Count() / list.Count, c.Average(x => x.Duration.TotalMilliseconds),
                Percentile(c.Select(x => x.Duration.TotalMilliseconds), 50))).OrderBy(c => c.Call, StringComparer.Ordinal).ToList();
            return new ProfileGroup(g.Key.Window, g.Key.Kind, list.Count,
                list.Average(t => t.Client.TotalMilliseconds),
                list.Where(t => t.Server is not null).Select(t => t.Server!.Value.TotalMilliseconds).DefaultIfEmpty(double.NaN).Average(),
                list.Average(t => t.Waiting.TotalMilliseconds),
                (double)list.Sum(t => t.Connections.Connector) / list.Count,
                (double)list.Sum(t => t.Connections.Storage) / list.Count,
                calls, MeanTimeline(list));
        }).ToList();

        var byServer = setups
            .GroupBy(s => s.Port == _storagePort ? "storage (Azurite)" : s.Port == _connectorPort ? "connector" : $"port {s.Port}")
            .ToDictionary(g => g.Key, g => g.Count());
        return new Profile(groups, byServer, turns.Count);
    }

    private sealed record Turn(TimeSpan Client, TimeSpan? Server, List<(string Call, TimeSpan Duration)> Calls, TimeSpan Waiting, (int Connector, int Storage) Connections,
        List<(string Step, double Ms)> Steps);

    /// <summary>The server side of one turn in order: time in the process before each outgoing call, the call, and after.</summary>
    private List<(string Step, double Ms)> Timeline(Span server, List<Span> outgoing)
    {
        var steps = new List<(string, double)>();
        var mark = server.Start;
        foreach (var call in outgoing.OrderBy(s => s.Start))
        {
            steps.Add(("in process", Math.Max(0, (call.Start - mark).TotalMilliseconds)));
            steps.Add((Classify(call), call.Duration.TotalMilliseconds));
            if (call.End > mark) mark = call.End;
        }
        steps.Add(("in process, until the response is complete", Math.Max(0, (server.End - mark).TotalMilliseconds)));
        return steps;
    }

    /// <summary>Mean of each step over the turns that made the most common sequence of calls.</summary>
    private static IReadOnlyList<(string Step, double MeanMs)> MeanTimeline(List<Turn> turns)
    {
        var usual = turns.Where(t => t.Steps.Count > 0).GroupBy(t => string.Join("|", t.Steps.Select(s => s.Step)))
            .OrderByDescending(g => g.Count()).FirstOrDefault()?.ToList();
        if (usual is null) return [];
        return usual[0].Steps.Select((s, i) => (s.Step, usual.Average(t => t.Steps[i].Ms))).ToList();
    }

    /// <summary>Names an outgoing call by what it does (tables by suffix: the prefix is per run).</summary>
    private string Classify(Span s)
    {
        if (s.Url is null || !Uri.TryCreate(s.Url, UriKind.Absolute, out var uri)) return $"other: {s.Name}";
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var query = Uri.UnescapeDataString(uri.Query);
        var method = s.Method ?? "?";
        if (uri.Port == _connectorPort)
            return path.Contains("/members/", StringComparison.Ordinal) ? "connector: member look-up (GET)"
                : path.Contains("/activities", StringComparison.Ordinal) ? $"connector: send activity ({method})"
                : $"connector: {method} {path}";
        if (uri.Port != _storagePort) return $"other: {method} {uri.Host}:{uri.Port}{path}";

        var resource = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1).FirstOrDefault() ?? "";
        if (resource.StartsWith("$batch", StringComparison.Ordinal)) return "storage: UnitData transaction, value + audit (POST $batch)";
        var table = resource.Split('(')[0];
        var keys = resource.Contains('(') ? resource[(resource.IndexOf('(') + 1)..].TrimEnd(')') : "";
        return table switch
        {
            _ when table.EndsWith("Roster", StringComparison.Ordinal) && keys.Contains("'member'") => "storage: Roster member point read (identity)",
            _ when table.EndsWith("Roster", StringComparison.Ordinal) && keys.Contains("'unit'") => "storage: Roster unit point read (identity)",
            _ when table.EndsWith("Roster", StringComparison.Ordinal) && keys == "" => "storage: Roster query, all units (standing)",
            _ when table.EndsWith("UnitData", StringComparison.Ordinal) && keys != "" => $"storage: UnitData point read, current value ({method})",
            _ when table.EndsWith("UnitData", StringComparison.Ordinal) && query.Contains("PartitionKey ge") => "storage: UnitData plan-wide range query (standing)",
            _ when table.EndsWith("UnitData", StringComparison.Ordinal) => "storage: UnitData query, one unit",
            _ when table.EndsWith("Conversations", StringComparison.Ordinal) => $"storage: Conversations reference ({method})",
            _ => $"storage: {method} {resource}",
        };
    }

    /// <summary>Time during which at least one outgoing call was in flight.</summary>
    private static TimeSpan Union(IEnumerable<(DateTime Start, DateTime End)> intervals)
    {
        var total = TimeSpan.Zero;
        DateTime? from = null, to = null;
        foreach (var (start, end) in intervals.OrderBy(i => i.Start))
        {
            if (to is null || start > to)
            {
                if (to is not null) total += to.Value - from!.Value;
                (from, to) = (start, end);
            }
            else if (end > to) to = end;
        }
        if (to is not null) total += to.Value - from!.Value;
        return total;
    }

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}

public sealed record Profile(IReadOnlyList<ProfileGroup> Groups, IReadOnlyDictionary<string, int> ConnectionSetups, int Turns);

public sealed record ProfileGroup(string Window, string Kind, int Turns, double ClientMs, double ServerMs, double WaitingMs,
    double ConnectorConnectionsPerTurn, double StorageConnectionsPerTurn, IReadOnlyList<CallStat> Calls,
    IReadOnlyList<(string Step, double MeanMs)> Timeline);

public sealed record CallStat(string Call, double PerTurn, double MeanMs, double P50Ms);
