using System.Globalization;
using System.Text;
using DanVan.Benchmarks;
using DanVan.Domain.Roster;
using DanVan.Storage;
using DanVan.Testing;

namespace DanVan.FloorBench;

/// <summary>
/// Issue 15: DanVan's training submission against the SDK's stock echo bot and a minimal ASP.NET Core endpoint,
/// each in its own process (started with the counting startup hook), all driven from here over one pooled
/// HttpClient and answering to one loopback connector in this process.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (Options.Parse(args) is not { } o) return 2;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Directory.CreateDirectory(o.Logs);

        await using var connector = await LoopbackConnector.StartAsync();
        var connectorPort = new Uri(connector.ServiceUrl).Port;
        var storagePort = StoragePort(Azurite.ConnectionString);
        var prefix = Azurite.NewTablePrefix();
        var storage = new StorageServices(Azurite.ConnectionString, prefix);
        await storage.Tables.CreateIfMissingAsync(default);
        var units = Enumerable.Range(1, o.Users).Select(i => new Unit($"B{i:00}", $"Đơn vị thử tải {i:00}")).ToList();
        var heads = units.Select((u, i) => new Member(Workload.AadOf(i), $"head{i + 1:00}@bench.example", $"Trưởng đơn vị {i + 1:00}", Role.UnitHead, u.Id)).ToList();
        await storage.Roster.SeedAsync(new RosterSeed(false, units, heads), default);
        // Nothing keeps the captured replies: the connector only has to answer.
        var drain = Task.Run(async () => { while (true) { connector.TakeAll(); await Task.Delay(200); } });

        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, MaxConnectionsPerServer = 256 });
        var danvanEnv = new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = Azurite.ConnectionString,
            ["Storage__TablePrefix"] = prefix,
            ["Roster__SeedFile"] = "",
            ["DanVan__DemoStart"] = "2024-05-10T09:00",
            ["Reminders__Enabled"] = "false",
            ["MicrosoftAppId"] = "",
            // Production with no app registration: allowed explicitly (the host refuses it otherwise), and the
            // per-user rate limit off, since one simulated head sends far faster than a person could.
            ["DanVan__AllowAnonymous"] = "true",
            ["DanVan__TurnBurst"] = "1000000000",
            ["DanVan__TurnsPerMinute"] = "1000000000",
        };
        foreach (var (k, v) in o.DanVanEnv) danvanEnv[k] = v;

        var sb = new StringBuilder();
        if (o.Variants)
        {
            var rows = new List<(string Name, Result R)>();
            foreach (var (name, env, dll) in Variants(o).Where(v => o.Only.Count == 0 || o.Only.Any(t => v.Name.Contains(t, StringComparison.OrdinalIgnoreCase))))
            {
                var e = new Dictionary<string, string>(danvanEnv);
                foreach (var (k, v) in env) e[k] = v;
                Log($"Variant {name}...");
                var r = await RunAsync(new SubmissionWorkload(connector.ServiceUrl, http, o.Users), dll, e, o, connectorPort, storagePort, variant: true);
                rows.Add((name, r));
                Log($"  first answer {r.FirstAnswerMs:F0} ms, p50 {r.P(r.Sequential, 50):F2} ms, CPU {r.PerTurn(r.CpuMicroseconds) / 1000:F2} ms/turn, {r.Throughput:F0} turns/s, peak RSS {r.PeakRss / 1048576} MB");
            }
            sb.Append(Report.Variants(o, rows));
        }
        else
        {
            var workloads = new (Workload W, string Dll, Dictionary<string, string> Env)[]
            {
                (new MessageWorkload("minimal endpoint", connector.ServiceUrl, http), o.MinimalDll, []),
                (new MessageWorkload("stock echo bot", connector.ServiceUrl, http), o.EchoDll, []),
                (new SubmissionWorkload(connector.ServiceUrl, http, o.Users), o.DanVanDll, danvanEnv),
            };
            var results = new List<Result>();
            // Each in turn: the other two are not running, so each one's start-up and load see the same machine.
            foreach (var (w, dll, env) in workloads)
            {
                Log($"{w.Name}: spawn, warm-up, {o.Blocks}×{o.Block} sequential turns, {o.Rounds} rounds of {o.Users} at once...");
                results.Add(await RunAsync(w, dll, env, o, connectorPort, storagePort, variant: false));
                var r = results[^1];
                Log($"  first answer {r.FirstAnswerMs:F0} ms, p50 {r.P(r.Sequential, 50):F2} ms, p99 {r.P(r.Sequential, 99):F2} ms, CPU {r.PerTurn(r.CpuMicroseconds) / 1000:F2} ms/turn, JIT {r.PerTurn(r.Jit):F2}/turn, {r.PerTurn(r.Allocated) / 1024:F0} KB/turn, {r.Throughput:F0} turns/s, peak RSS {r.PeakRss / 1048576} MB");
            }
            sb.Append(Report.Comparison(o, results));
        }
        var markdown = sb.ToString();
        Console.WriteLine(markdown);
        if (o.Doc is not null)
        {
            BenchmarkDoc.Update(o.Doc, o.Variants ? Report.VariantsHeading : Report.Heading, markdown);
            Log($"Updated {o.Doc}.");
        }
        return 0;
    }

    /// <summary>
    /// One target: spawn → first answer, warm-up (sequential and concurrent), the counted sequential blocks, then
    /// the concurrent rounds (throughput, peak RSS). The JIT names are those compiled during the counted blocks.
    /// </summary>
    private static async Task<Result> RunAsync(Workload w, string dll, Dictionary<string, string> env, Options o, int connectorPort, int storagePort, bool variant)
    {
        var r = new Result(w.Name);
        r.LoadAverages.Add(Measure.LoadAverage());
        await using var target = await Target.StartAsync(w.Name, dll, env, o.Hook, o.Logs, w.FirstAsync);
        r.FirstAnswerMs = target.FirstAnswer.TotalMilliseconds;
        var n = 0;
        for (var k = 0; k < o.WarmupBlocks; k++, n += o.Block) await Measure.SequentialAsync(target, w, null, o.Users, n, o.Block, connectorPort, storagePort);
        for (var k = 0; k < o.WarmupRounds; k++) await Measure.ConcurrentAsync(target, w, null, o.Users, 1000 + k);
        for (var k = 0; k < o.WarmupBlocks; k++, n += o.Block) await Measure.SequentialAsync(target, w, null, o.Users, n, o.Block, connectorPort, storagePort);
        await target.TakeJitNamesAsync();
        r.LoadAverages.Add(Measure.LoadAverage());
        var blocks = variant ? Math.Max(1, o.Blocks / 2) : o.Blocks;
        for (var k = 0; k < blocks; k++, n += o.Block) await Measure.SequentialAsync(target, w, r, o.Users, n, o.Block, connectorPort, storagePort);
        r.JitNames = await target.TakeJitNamesAsync();
        r.LoadAverages.Add(Measure.LoadAverage());
        var rounds = variant ? Math.Max(1, o.Rounds / 2) : o.Rounds;
        for (var k = 0; k < rounds; k++) await Measure.ConcurrentAsync(target, w, r, o.Users, 2000 + k);
        r.PeakRss = target.ProcStatus("VmHWM");
        r.LoadAverages.Add(Measure.LoadAverage());
        return r;
    }

    private static IEnumerable<(string Name, Dictionary<string, string> Env, string Dll)> Variants(Options o)
    {
        yield return ("as built (csproj settings)", [], o.DanVanDll);
        yield return ("Server GC, concurrent", new() { ["DOTNET_gcServer"] = "1", ["DOTNET_gcConcurrent"] = "1" }, o.DanVanDll);
        yield return ("Server GC, DATAS off", new() { ["DOTNET_gcServer"] = "1", ["DOTNET_GCDynamicAdaptationMode"] = "0" }, o.DanVanDll);
        yield return ("Server GC, conserve memory 7", new() { ["DOTNET_gcServer"] = "1", ["DOTNET_GCConserveMemory"] = "7" }, o.DanVanDll);
        yield return ("Workstation GC, concurrent", new() { ["DOTNET_gcServer"] = "0", ["DOTNET_gcConcurrent"] = "1" }, o.DanVanDll);
        yield return ("Workstation GC, non-concurrent", new() { ["DOTNET_gcServer"] = "0", ["DOTNET_gcConcurrent"] = "0" }, o.DanVanDll);
        yield return ("Workstation GC, gen0size 8 MB", new() { ["DOTNET_gcServer"] = "0", ["DOTNET_GCgen0size"] = "0x800000" }, o.DanVanDll);
        yield return ("Server GC, heap hard limit 128 MB", new() { ["DOTNET_gcServer"] = "1", ["DOTNET_GCHeapHardLimit"] = "0x8000000" }, o.DanVanDll);
        // The csproj turns TieredPGO off; this row is the .NET default, for comparison.
        yield return ("TieredPGO on", new() { ["DOTNET_TieredPGO"] = "1" }, o.DanVanDll);
        yield return ("ReadyToRun code ignored (framework too)", new() { ["DOTNET_ReadyToRun"] = "0" }, o.DanVanDll);
        yield return ("TieredCompilation off", new() { ["DOTNET_TieredCompilation"] = "0" }, o.DanVanDll);
        if (o.R2RDll is { } r2r)
        {
            yield return ("ReadyToRun publish (as deployed)", [], r2r);
            yield return ("ReadyToRun publish, TieredPGO on", new() { ["DOTNET_TieredPGO"] = "1" }, r2r);
            // Precompiled code kept for good: no tier-1 recompilation at all, methods without R2R code JIT-compiled once, optimised.
            yield return ("ReadyToRun publish, TieredCompilation off", new() { ["DOTNET_TieredCompilation"] = "0" }, r2r);
        }
    }

    private static int StoragePort(string connectionString) =>
        connectionString.Split(';').Where(p => p.StartsWith("TableEndpoint=", StringComparison.Ordinal)).Select(p => new Uri(p["TableEndpoint=".Length..]).Port).FirstOrDefault();

    public static void Log(string message) => Console.Error.WriteLine($"[floor] {message}");
}

public sealed record Options
{
    public int Users { get; init; } = 50;
    public int Block { get; init; } = 25;
    public int Blocks { get; init; } = 12;
    public int WarmupBlocks { get; init; } = 4;
    public int WarmupRounds { get; init; } = 6;
    public int Rounds { get; init; } = 20;
    public bool Variants { get; init; }
    public string DanVanDll { get; init; } = "Bot/bin/Release/net10.0/DanVan.Bot.dll";
    public string? R2RDll { get; init; }
    public string EchoDll { get; init; } = "bench/DanVan.EchoBot/bin/Release/net10.0/DanVan.EchoBot.dll";
    public string MinimalDll { get; init; } = "bench/DanVan.MinimalEndpoint/bin/Release/net10.0/DanVan.MinimalEndpoint.dll";
    public string Hook { get; init; } = "bench/DanVan.BenchHook/bin/Release/net10.0/DanVan.BenchHook.dll";
    public string Logs { get; init; } = ".data/logs";
    public string? Doc { get; init; }
    public string Command { get; init; } = "bench/floor.sh";
    public List<KeyValuePair<string, string>> DanVanEnv { get; init; } = [];
    /// <summary>With --variants: only the rows whose name contains one of these (case-insensitive).</summary>
    public List<string> Only { get; init; } = [];

    public const string Usage =
        "usage: DanVan.FloorBench [--users 50] [--block 25] [--blocks 12] [--warmup-blocks 4] [--warmup-rounds 6] [--rounds 20]\n" +
        "                         [--variants] [--danvan-dll PATH] [--r2r-dll PATH] [--danvan-env NAME=VALUE]... [--only TEXT]... [--doc docs/benchmarks.md] [--command TEXT]\n" +
        "Storage: DANVAN_TEST_STORAGE (an Azurite connection string). Paths are relative to the repository root.";

    /// <summary>The options, or null after printing what is wrong and the usage (bench/Shared/Args.Parse).</summary>
    public static Options? Parse(string[] args)
    {
        var o = Args.Parse(args, new Options(), Usage, (o, name, a) => name switch
        {
            "--users" => o with { Users = a.Number(1) },
            "--block" => o with { Block = a.Number(1) },
            "--blocks" => o with { Blocks = a.Number(1) },
            "--warmup-blocks" => o with { WarmupBlocks = a.Number(0) },
            "--warmup-rounds" => o with { WarmupRounds = a.Number(0) },
            "--rounds" => o with { Rounds = a.Number(1) },
            "--variants" => o with { Variants = true },
            "--r2r-dll" => o with { R2RDll = Path.GetFullPath(a.Value()) },
            "--danvan-dll" => o with { DanVanDll = a.Value() },
            "--danvan-env" => o with { DanVanEnv = [.. o.DanVanEnv, Pair(a.Value())] },
            "--only" => o with { Only = [.. o.Only, a.Value()] },
            "--doc" => o with { Doc = a.Value() },
            "--command" => o with { Command = a.Value() },
            _ => null,
        });
        if (o is null) return null;
        if (o.Block > o.Users)
        {
            Console.Error.WriteLine("--block must not exceed --users (a user submits once per block).");
            Console.Error.WriteLine(Usage);
            return null;
        }
        return o with
        {
            DanVanDll = Path.GetFullPath(o.DanVanDll), EchoDll = Path.GetFullPath(o.EchoDll), MinimalDll = Path.GetFullPath(o.MinimalDll),
            Hook = Path.GetFullPath(o.Hook), Logs = Path.GetFullPath(o.Logs),
        };
    }

    private static KeyValuePair<string, string> Pair(string s) =>
        s.IndexOf('=') is var i and > 0 ? new(s[..i], s[(i + 1)..]) : throw new ArgumentException("--danvan-env needs NAME=VALUE.");
}
