using DanVan.Benchmarks;
using System.Diagnostics;
using DanVan.Domain.Roster;
using DanVan.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench;

/// <summary>
/// Issue 3's benchmark. Two hosts in this process, both built by DanVanHost.Build over the same Azurite and answering
/// to the same loopback connector: the real DanVan bot, and the same host with IBot replaced by <see cref="EchoBot"/>.
/// N conversations (each the head of its own unit) alternate rounds of training submissions and echo messages; the
/// figures are the client-side times of POST /api/messages, which include the turn's calls to storage and connector.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (Options.Parse(args) is not { } o) return 2;
        // The profile classifies storage calls by URL, including the query ($filter); only this process sees it.
        AppContext.SetSwitch("System.Net.Http.DisableUriRedaction", true);

        Log($"Starting the loopback connector and two hosts (DanVan, echo) over {Describe(Azurite.ConnectionString)}...");
        await using var connector = await LoopbackConnector.StartAsync();
        var prefix = Azurite.NewTablePrefix();
        // Only the benchmark's own units: the department is exactly the N units whose heads are talking.
        // Each head sends turns far faster than a person could: the per-user rate limit is not what is measured here.
        var settings = new Dictionary<string, string?> { ["Roster:SeedFile"] = "", ["DanVan:TurnBurst"] = "1000000000", ["DanVan:TurnsPerMinute"] = "1000000000" };
        var clock = new RunningClock(BotServer.DefaultNow);
        await using var danvan = await BotServer.StartAsync(settings, prefix, services => services.AddSingleton<TimeProvider>(clock));
        await using var echo = await BotServer.StartAsync(settings, prefix, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddTransient<IBot, EchoBot>();
        });

        var units = Enumerable.Range(1, o.Conversations).Select(i => new Unit($"B{i:00}", $"Đơn vị thử tải {i:00}")).ToList();
        var heads = units.Select((u, i) => new Member(AadOf(i), $"head{i + 1:00}@bench.example", $"Trưởng đơn vị {i + 1:00}", Role.UnitHead, u.Id)).ToList();
        await danvan.Storage.Roster.SeedAsync(new RosterSeed(false, units, heads), default);
        var users = heads.Select((m, i) => new TeamsUser($"29:bench-{i + 1:00}", m.AadObjectId, m.DisplayName)).ToList();

        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan });
        using var counter = new RequestCounter(CallRecorder.StoragePort(Azurite.ConnectionString), new Uri(connector.ServiceUrl).Port);
        var run = new Workload(users, danvan, echo, connector, http, o.AzuritePid, counter);

        Log($"Warm-up: {o.Warmup} rounds (the first stores each unit's first figures, with an empty baseVersion)...");
        for (var r = 0; r < o.Warmup; r++) await run.RoundAsync(r, measure: false);
        run.ResetChecks();

        Log($"Measuring: {o.Rounds} rounds × {o.Conversations} submissions and {o.Conversations} echo turns...");
        var started = Stopwatch.GetTimestamp();
        var machineBefore = Machine.Read(o.AzuritePid);
        var rssSamples = new List<long>();
        for (var r = 0; r < o.Rounds; r++)
        {
            await run.RoundAsync(o.Warmup + r, measure: true);
            if (Memory.ProcStatus("self", "VmRSS") is { } now) rssSamples.Add(now);
            if ((r + 1) % Math.Max(1, o.Rounds / 10) == 0)
                Log($"  {r + 1}/{o.Rounds} rounds, {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s; submit p50 {run.Submit.Percentile(50):F1} ms, echo p50 {run.Echo.Percentile(50):F1} ms");
        }
        var measuredFor = Stopwatch.GetElapsedTime(started);
        foreach (var samples in new[] { run.Submit, run.Echo })
            Log($"Slowest {samples.Name} phases (round: p50 / max ms, storage calls, GC pause ms): " + string.Join("; ",
                samples.PhaseStats.OrderByDescending(p => p.Max).Take(8).Select(p => $"{p.Round}: {p.P50:F0} / {p.Max:F0}, {p.StorageCalls}, {p.GcPauseMs:F0}")));
        var machine = Machine.Read(o.AzuritePid) - machineBefore;
        var rss = Memory.Snapshot(o.AzuritePid) with { MedianRssBytes = rssSamples.Count == 0 ? null : rssSamples.Order().ElementAt(rssSamples.Count / 2) };
        Log($"Managed heap before/after a full GC: {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576} / {GC.GetTotalMemory(forceFullCollection: true) / 1048576} MB (peak RSS {rss.PeakRssBytes / 1048576} MB).");
        rss = rss with { LiveHeapBytes = GC.GetTotalMemory(false) };
        var unitDataRows = await CountAsync(danvan.Storage.Tables.UnitData);

        Profile? profile = null;
        if (o.ProfileSequential > 0 || o.ProfileRounds > 0)
        {
            Log($"Profiling (call recorder on): {o.ProfileSequential} sequential turns of one conversation, then {o.ProfileRounds} concurrent rounds...");
            using var recorder = new CallRecorder(Azurite.ConnectionString, connector.ServiceUrl);
            var next = o.Warmup + o.Rounds;
            for (var k = 0; k < o.ProfileSequential; k++, next++) await run.SequentialAsync(next, recorder.Window("sequential"));
            for (var k = 0; k < o.ProfileRounds; k++, next++) await run.RoundAsync(next, measure: false, recorder.Window("concurrent"));
            profile = recorder.Analyse();
            if (Environment.GetEnvironmentVariable("BENCH_DUMP_TRACES") == "1") recorder.Dump("sequential", Console.Error);
        }

        var report = new Report(o, run, rss, measuredFor, machine, unitDataRows, profile);
        var markdown = report.Markdown();
        Console.WriteLine(markdown);
        if (o.Doc is not null)
        {
            Report.UpdateDoc(o.Doc, markdown);
            Log($"Updated {o.Doc}.");
        }
        if (run.Errors.Count > 0)
        {
            Console.Error.WriteLine($"{run.Errors.Count} turns did not do what was expected; first: {run.Errors.First()}");
            return 1;
        }
        return 0;
    }

    private static async Task<int> CountAsync(Azure.Data.Tables.TableClient table)
    {
        var n = 0;
        await foreach (var _ in table.QueryAsync<Azure.Data.Tables.TableEntity>(select: ["PartitionKey"])) n++;
        return n;
    }

    public static string AadOf(int i) => $"bbbbbbbb-0000-4000-8000-{i + 1:000000000000}";

    public static void Log(string message) => Console.Error.WriteLine($"[bench] {message}");

    private static string Describe(string connectionString) =>
        connectionString.Split(';').FirstOrDefault(p => p.StartsWith("TableEndpoint=", StringComparison.Ordinal)) ?? "storage";
}

public sealed record Options
{
    public int Conversations { get; init; } = 50;
    public int Warmup { get; init; } = 30;
    public int Rounds { get; init; } = 120;
    public int ProfileSequential { get; init; } = 30;
    public int ProfileRounds { get; init; } = 10;
    public string? Doc { get; init; }
    public string Command { get; init; } = "bench/run.sh";
    public int? AzuritePid { get; init; }
    public string? AzuriteVersion { get; init; }

    public const string Usage =
        "usage: DanVan.Bench [--conversations 50] [--warmup 30] [--rounds 120] [--profile-sequential 30] [--profile-rounds 10]\n" +
        "                    [--doc docs/benchmarks.md] [--command TEXT] [--azurite-pid PID] [--azurite-version V]\n" +
        "Storage: DANVAN_TEST_STORAGE (an Azurite connection string), else an in-memory Azurite started by tools/stack.mjs.";

    /// <summary>The options, or null after saying on stderr what is wrong (exit status 2).</summary>
    public static Options? Parse(string[] args) => Args.Parse(args, new Options(), Usage, (o, name, a) => name switch
    {
        "--conversations" => o with { Conversations = a.Number(1) },
        "--warmup" => o with { Warmup = a.Number(1) },
        "--rounds" => o with { Rounds = a.Number(1) },
        "--profile-sequential" => o with { ProfileSequential = a.Number(0) },
        "--profile-rounds" => o with { ProfileRounds = a.Number(0) },
        "--doc" => o with { Doc = a.Value() },
        "--command" => o with { Command = a.Value() },
        "--azurite-pid" => o with { AzuritePid = a.Number(1) },
        "--azurite-version" => o with { AzuriteVersion = a.Value() },
        _ => null,
    });
}

/// <summary>
/// CPU time of the whole machine (/proc/stat), of this process and of Azurite, so the report can say how much of
/// the machine other processes used during the measurement: figures taken on a busy machine are not comparable.
/// </summary>
public readonly record struct Machine(TimeSpan Busy, TimeSpan Total, Counters Ours)
{
    private static readonly double TicksPerSecond = Counters.ClockTicks;

    public static Machine Read(int? azuritePid)
    {
        var ours = Counters.Read(azuritePid);
        try
        {
            var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
            long total = cpu.Take(8).Sum(), idle = cpu[3] + cpu[4];
            return new Machine(TimeSpan.FromSeconds((total - idle) / TicksPerSecond), TimeSpan.FromSeconds(total / TicksPerSecond), ours);
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidOperationException)
        {
            return new Machine(TimeSpan.Zero, TimeSpan.Zero, ours);
        }
    }

    public static Machine operator -(Machine a, Machine b) => new(a.Busy - b.Busy, a.Total - b.Total, a.Ours - b.Ours);

    /// <summary>Share of all CPUs used by processes other than this one and Azurite; null when unknown.</summary>
    public double? OthersShare => Total <= TimeSpan.Zero ? null
        : Math.Max(0, (Busy - Ours.Cpu - Ours.AzuriteCpu).TotalSeconds / Total.TotalSeconds);

    public double? BusyShare => Total <= TimeSpan.Zero ? null : Busy.TotalSeconds / Total.TotalSeconds;
}

/// <summary>Peak resident memory of this process (both hosts, the clients, the connector) and of Azurite.</summary>
public sealed record Memory(long PeakRssBytes, long PeakWorkingSet64, long? AzuritePeakRssBytes)
{
    /// <summary>The managed heap after a full GC at the end: what is really live, as against what the GC let grow.</summary>
    public long? LiveHeapBytes { get; init; }

    /// <summary>Median of VmRSS read after each measured round.</summary>
    public long? MedianRssBytes { get; init; }

    public static Memory Snapshot(int? azuritePid)
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return new Memory(ProcStatus("self", "VmHWM") ?? self.PeakWorkingSet64, self.PeakWorkingSet64,
            azuritePid is { } pid ? ProcStatus(pid.ToString(), "VmHWM") : null);
    }

    /// <summary>A "kB" field of /proc/{pid}/status, in bytes.</summary>
    public static long? ProcStatus(string pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith(field + ":", StringComparison.Ordinal))
                    return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0]) * 1024;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return null;
    }
}
