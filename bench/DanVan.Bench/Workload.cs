using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using DanVan.Testing;

namespace DanVan.Bench;

/// <summary>
/// The conversations and their rounds. A round: every conversation re-opens its training form (not measured: it
/// yields the baseVersion the next edit must carry), then all N submit new figures at once and all N send an echo
/// message at once, in alternating order from round to round, so both workloads see the same machine conditions.
/// </summary>
public sealed class Workload(
    IReadOnlyList<TeamsUser> users, BotServer danvan, BotServer echo, LoopbackConnector connector, HttpClient http, int? azuritePid,
    RequestCounter requests)
{
    private readonly TeamsChannel _danvan = new(danvan, connector);
    private readonly TeamsChannel _echo = new(echo, connector);
    private readonly string[] _versions = users.Select(_ => "").ToArray();
    private readonly bool[] _submitted = new bool[users.Count];

    public Samples Submit { get; } = new("training submission");
    public Samples Echo { get; } = new("echo");
    public ConcurrentQueue<string> Errors { get; } = new();

    /// <summary>Submissions that the next re-open showed had not changed the stored version (should stay 0).</summary>
    public int NotStored { get; private set; }

    public int Conversations => users.Count;

    public void ResetChecks() => NotStored = 0;

    public async Task RoundAsync(int round, bool measure, CallRecorder.Tagging? tag = null)
    {
        await OpenAllAsync(tag);
        if (round % 2 == 0)
        {
            await PhaseAsync(round, Submit, SubmitRequests(round), measure, tag, CheckSubmit);
            await PhaseAsync(round, Echo, EchoRequests(round), measure, tag, CheckEcho);
        }
        else
        {
            await PhaseAsync(round, Echo, EchoRequests(round), measure, tag, CheckEcho);
            await PhaseAsync(round, Submit, SubmitRequests(round), measure, tag, CheckSubmit);
        }
    }

    /// <summary>One conversation, one turn at a time: the profile's view of a turn without contention.</summary>
    public async Task SequentialAsync(int round, CallRecorder.Tagging tag)
    {
        await OpenAsync(0, tag);
        var submit = SubmitRequests(round)[0];
        CheckSubmit(0, await PostAsync(submit.Url, submit.Body, tag, "submit"));
        var message = EchoRequests(round)[0];
        CheckEcho(0, await PostAsync(message.Url, message.Body, tag, "echo"));
        connector.TakeAll();
    }

    private Task OpenAllAsync(CallRecorder.Tagging? tag) => Task.WhenAll(users.Select((_, i) => OpenAsync(i, tag)));

    private async Task OpenAsync(int i, CallRecorder.Tagging? tag)
    {
        var open = _danvan.CardAction(users[i], "training.open", new Dictionary<string, string?>());
        var result = await PostAsync(danvan.BaseUrl + "/api/messages", Serialize(open), tag, "open");
        var card = result.Json?["value"];
        var version = FindBaseVersion(card);
        if (result.Status != 200 || version is null)
        {
            Errors.Enqueue($"open for {users[i].Name}: HTTP {result.Status}, no baseVersion in {Clip(result.Json)}");
            return;
        }
        if (_submitted[i] && version == _versions[i]) NotStored++;
        _versions[i] = version;
    }

    private (string Url, byte[] Body)[] SubmitRequests(int round) => users.Select((u, i) =>
        (danvan.BaseUrl + "/api/messages", Serialize(_danvan.CardAction(u, "training.submit", Figures(round, i, _versions[i]))))).ToArray();

    private (string Url, byte[] Body)[] EchoRequests(int round) => users.Select((u, i) =>
        (echo.BaseUrl + "/api/messages", Serialize(_echo.Message(u, $"echo {round} {i}")))).ToArray();

    /// <summary>
    /// Different figures every round (trained moves by 3 of at most 90 + 1, the date by a week), so every submission
    /// is a real write; dates stay inside the plan year and before the test clock's "today" (10/05/2024).
    /// </summary>
    public static Dictionary<string, string?> Figures(int round, int i, string baseVersion)
    {
        var total = 40 + i % 50;
        return new()
        {
            ["totalStaff"] = total.ToString(),
            ["trained"] = ((round * 3 + i) % (total + 1)).ToString(),
            ["sessions"] = (1 + round % 4).ToString(),
            ["lastSessionDate"] = new DateOnly(2024, 1, 1).AddDays((round * 7 + i) % 120).ToString("yyyy-MM-dd"),
            ["baseVersion"] = baseVersion,
        };
    }

    private async Task PhaseAsync(int round, Samples into, (string Url, byte[] Body)[] turns, bool measure, CallRecorder.Tagging? tag,
        Action<int, Result> check)
    {
        connector.TakeAll();
        var before = Counters.Read(azuritePid);
        var callsBefore = requests.Read();
        var start = Stopwatch.GetTimestamp();
        var results = await Task.WhenAll(turns.Select(r => PostAsync(r.Url, r.Body, tag, into == Submit ? "submit" : "echo")));
        var wall = Stopwatch.GetTimestamp() - start;
        var after = Counters.Read(azuritePid);
        var calls = requests.Read();
        for (var i = 0; i < results.Length; i++) check(i, results[i]);
        var replies = connector.TakeAll().Count;
        // An echo posts exactly one reply; a stored submission at least one (the standing), however the bot groups them.
        if (into == Echo ? replies != turns.Length : replies < turns.Length)
            Errors.Enqueue($"{into.Name}: the connector received {replies} activities for {turns.Length} turns");
        if (measure) into.Add(round, results.Select(r => r.Ticks), wall, after - before, replies,
            calls.Storage - callsBefore.Storage, calls.Connector - callsBefore.Connector);
    }

    private void CheckSubmit(int i, Result r)
    {
        // The answer to a stored submission is the receipt, which refreshes itself (Universal Actions).
        if (r.Status != 200 || (int?)r.Json?["statusCode"] != 200 || r.Json?["value"]?["refresh"] is null)
            Errors.Enqueue($"submit for {users[i].Name}: HTTP {r.Status}, not a receipt: {Clip(r.Json)}");
        else
            _submitted[i] = true;
    }

    private void CheckEcho(int i, Result r)
    {
        if (r.Status is not (200 or 202)) Errors.Enqueue($"echo for {users[i].Name}: HTTP {r.Status}");
    }

    public sealed record Result(long Ticks, int Status, JsonNode? Json);

    private async Task<Result> PostAsync(string url, byte[] body, CallRecorder.Tagging? tag, string kind)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        using var traced = tag?.Start(kind);
        var start = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var ticks = Stopwatch.GetTimestamp() - start;
        return new Result(ticks, (int)response.StatusCode, bytes.Length == 0 ? null : JsonNode.Parse(bytes));
    }

    private static byte[] Serialize(JsonObject activity) => System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString());

    /// <summary>The form's submit button carries the version it was read at; search for it wherever the card puts it.</summary>
    private static string? FindBaseVersion(JsonNode? node) => node switch
    {
        JsonObject o when o["baseVersion"] is JsonValue v => v.ToString(),
        JsonObject o => o.Select(kv => FindBaseVersion(kv.Value)).FirstOrDefault(v => v is not null),
        JsonArray a => a.Select(FindBaseVersion).FirstOrDefault(v => v is not null),
        _ => null,
    };

    private static string Clip(JsonNode? json)
    {
        var s = json?.ToJsonString() ?? "(empty)";
        return s.Length <= 400 ? s : s[..400] + "…";
    }
}

/// <summary>CPU time of this process and of Azurite, and bytes allocated here, read at phase boundaries.</summary>
public readonly record struct Counters(TimeSpan Cpu, TimeSpan AzuriteCpu, long Allocated, TimeSpan GcPause, int Gen2)
{
    public static readonly double ClockTicks = ReadClockTicks();

    public static Counters Read(int? azuritePid)
    {
        using var self = Process.GetCurrentProcess();
        return new Counters(self.TotalProcessorTime, azuritePid is { } pid ? ProcessCpu(pid) : TimeSpan.Zero, GC.GetTotalAllocatedBytes(false),
            GC.GetTotalPauseDuration(), GC.CollectionCount(2));
    }

    public static Counters operator -(Counters a, Counters b) =>
        new(a.Cpu - b.Cpu, a.AzuriteCpu - b.AzuriteCpu, a.Allocated - b.Allocated, a.GcPause - b.GcPause, a.Gen2 - b.Gen2);
    public static Counters operator +(Counters a, Counters b) =>
        new(a.Cpu + b.Cpu, a.AzuriteCpu + b.AzuriteCpu, a.Allocated + b.Allocated, a.GcPause + b.GcPause, a.Gen2 + b.Gen2);

    /// <summary>utime + stime of /proc/{pid}/stat (fields 14 and 15, after the parenthesised command name).</summary>
    private static TimeSpan ProcessCpu(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return TimeSpan.FromSeconds((long.Parse(fields[11]) + long.Parse(fields[12])) / ClockTicks);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    [DllImport("libc", EntryPoint = "sysconf")]
    private static extern long SysConf(int name);

    private static double ReadClockTicks()
    {
        try
        {
            var t = SysConf(2); // _SC_CLK_TCK
            return t > 0 ? t : 100;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return 100;
        }
    }
}

/// <summary>Latencies of one workload, and what its phases cost.</summary>
public sealed class Samples(string name)
{
    private readonly List<double> _ms = [];
    private double[]? _sorted;

    public string Name { get; } = name;
    public int Count => _ms.Count;
    public TimeSpan Wall { get; private set; }
    public Counters Cost { get; private set; }
    public int Replies { get; private set; }
    public int Phases { get; private set; }

    /// <summary>Each phase's round, median and slowest turn, storage calls and GC pause: tells one bad phase (a GC, a cache reload) from a broad tail.</summary>
    public List<(int Round, double P50, double Max, long StorageCalls, double GcPauseMs)> PhaseStats { get; } = [];

    public long StorageCalls { get; private set; }
    public long ConnectorCalls { get; private set; }

    public void Add(int round, IEnumerable<long> ticks, long wallTicks, Counters cost, int replies, long storageCalls, long connectorCalls)
    {
        StorageCalls += storageCalls;
        ConnectorCalls += connectorCalls;
        var ms = ticks.Select(t => t * 1000.0 / Stopwatch.Frequency).Order().ToArray();
        PhaseStats.Add((round, ms[ms.Length / 2], ms[^1], storageCalls, cost.GcPause.TotalMilliseconds));
        _ms.AddRange(ms);
        _sorted = null;
        Wall += TimeSpan.FromSeconds((double)wallTicks / Stopwatch.Frequency);
        Cost += cost;
        Replies += replies;
        Phases++;
    }

    /// <summary>Nearest-rank percentile.</summary>
    public double Percentile(double p)
    {
        if (_ms.Count == 0) return double.NaN;
        _sorted ??= [.. _ms.Order()];
        var rank = (int)Math.Ceiling(p / 100 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }

    public double Max => _ms.Count == 0 ? double.NaN : _ms.Max();
    public double Mean => _ms.Count == 0 ? double.NaN : _ms.Average();

    /// <summary>Turns per second of phase time (each phase: N turns at once, until the last one finishes).</summary>
    public double Throughput => Count / Wall.TotalSeconds;
}
