using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace DanVan.Bench;

/// <summary>The figures as Markdown: printed, and written into docs/benchmarks.md under this benchmark's heading.</summary>
public sealed class Report(Options o, Workload run, Memory rss, TimeSpan measuredFor, Machine machine, int unitDataRows, Profile? profile)
{
    public const string Heading = "## Training submissions vs. echo turn (issue 3)";
    private const double GoalP50 = 1.3, GoalP99 = 1.5;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public string Markdown()
    {
        var s = run.Submit;
        var e = run.Echo;
        var md = new StringBuilder();
        md.AppendLine(Heading).AppendLine();
        md.AppendLine("Written by `bench/run.sh` (bench/DanVan.Bench); rerun it to refresh this section.").AppendLine();
        md.AppendLine($"- Command: `{o.Command}`");
        md.AppendLine($"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; measured for {measuredFor.TotalSeconds:F0} s");
        md.AppendLine($"- Machine: nproc {Environment.ProcessorCount}, {CpuModel()}, {MemTotal()} RAM; {RuntimeInformation.OSDescription}; " +
                      $"{RuntimeInformation.FrameworkDescription}, Release, Server GC; Azurite {o.AzuriteVersion ?? "?"} (Table, in memory, separate Node.js process)");
        if (machine.OthersShare is { } others)
            md.AppendLine($"- Machine load while measuring: {Pct(machine.BusyShare!.Value)} of all CPUs busy, of which {Pct(others)} by other processes " +
                          $"(neither this process nor Azurite){(others > 0.05 ? " — **the machine was not quiet; absolute figures are inflated**" : "")}");
        md.AppendLine($"- Workload: {run.Conversations} conversations, each the head of its own unit (seeded with RosterRepository.SeedAsync). " +
                      $"A round: every conversation re-opens its training form (not measured; it gives the baseVersion the edit carries), " +
                      $"then all {run.Conversations} post an edit with new figures at once (`adaptiveCard/action` invoke `training.submit`, every one a real write), " +
                      $"and all {run.Conversations} post a message to the echo host at once; the two alternate which goes first. " +
                      $"{o.Warmup} warm-up rounds (the first stores each unit's first figures, empty baseVersion), then {o.Rounds} measured rounds.");
        md.AppendLine("- Both hosts are built by `DanVanHost.Build` in one process (Kestrel on 127.0.0.1) over the same Azurite; the echo host " +
                      "only replaces `IBot` with an `ActivityHandler` that replies with the text. Both answer through CloudAdapter's " +
                      "ConnectorClient to one loopback connector (tests/DanVan.Testing). Latency: client-side time of `POST /api/messages`, " +
                      "which includes the turn's calls to storage and to the connector (the turn is awaited). Throughput: turns per second of phase time " +
                      $"({run.Conversations} turns fired at once, until the last one is answered).");
        md.AppendLine();
        md.AppendLine("| turn | turns | p50 ms | p90 ms | p99 ms | max ms | mean ms | throughput turns/s | storage calls/turn | connector calls/turn | CPU ms/turn, .NET process | CPU ms/turn, Azurite | allocated KB/turn | GC pauses, % of phase time |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var x in new[] { s, e })
            md.AppendLine($"| {x.Name} | {x.Count} | {F(x.Percentile(50))} | {F(x.Percentile(90))} | {F(x.Percentile(99))} | {F(x.Max)} | {F(x.Mean)} | " +
                          $"{F(x.Throughput, 0)} | {F((double)x.StorageCalls / x.Count, 2)} | {F((double)x.ConnectorCalls / x.Count, 2)} | {F(x.Cost.Cpu.TotalMilliseconds / x.Count, 2)} | " +
                          $"{(o.AzuritePid is null ? "—" : F(x.Cost.AzuriteCpu.TotalMilliseconds / x.Count, 2))} | {F(x.Cost.Allocated / 1024.0 / x.Count, 0)} | {F(100 * x.Cost.GcPause.TotalSeconds / x.Wall.TotalSeconds, 1)} |");
        md.AppendLine();
        double p50 = s.Percentile(50) / e.Percentile(50), p99 = s.Percentile(99) / e.Percentile(99);
        md.AppendLine("| submission ÷ echo | measured | goal | met |");
        md.AppendLine("|---|---:|---:|:---:|");
        md.AppendLine($"| p50 | {F(p50, 2)}× | ≤ {F(GoalP50, 1)}× | {(p50 <= GoalP50 ? "yes" : "no")} |");
        md.AppendLine($"| p99 | {F(p99, 2)}× | ≤ {F(GoalP99, 1)}× | {(p99 <= GoalP99 ? "yes" : "no")} |");
        md.AppendLine($"| throughput | {F(s.Throughput / e.Throughput, 2)}× | | |");
        md.AppendLine();
        md.AppendLine($"Peak RSS (VmHWM): {Mb(rss.PeakRssBytes)} for the .NET process (both hosts, the {run.Conversations} clients and the loopback connector" +
                      $"{(rss.MedianRssBytes is { } median ? $"; median RSS after each measured round {Mb(median)}" : "")}); " +
                      $"{(rss.AzuritePeakRssBytes is { } a ? Mb(a) : "not measured")} for Azurite." +
                      (rss.LiveHeapBytes is { } live ? $" Live managed data is small: {Mb(live)} after a forced full GC at the end; the peak is mostly heap that " +
                          "Server GC lets grow between collections, plus the runtime and JIT-compiled code." : ""));
        md.AppendLine($"Checks: {run.Errors.Count} unexpected answers, {run.NotStored} submissions that did not change the stored version. " +
                      $"Calls per turn are counted from HttpClient's request metric over the whole measurement (cache refreshes included). " +
                      $"The bot's clock runs in real time from 10/05/2024, so its roster and department caches expire as in production.");
        md.AppendLine($"UnitData rows at the end: {unitDataRows} (one audit row per submission). Azurite answers a query by scanning the whole table " +
                      "(a point read is a key lookup), so a query's cost here grows with the rows stored during the run; Azure Table Storage serves " +
                      "a single-partition query from the partition's index.");
        if (profile is not null) AppendProfile(md, profile);
        return md.ToString();
    }

    private void AppendProfile(StringBuilder md, Profile p)
    {
        md.AppendLine();
        md.AppendLine("### Where a turn's time goes");
        md.AppendLine();
        md.AppendLine("After the measurement, with an `ActivityListener` on HttpClient and ASP.NET Core activities (W3C trace context ties " +
                      "every storage and connector request to the turn that made it; the listener is off while measuring). " +
                      $"*Sequential*: {o.ProfileSequential} submissions and echoes of one conversation, one request in flight. " +
                      $"*Concurrent*: {o.ProfileRounds} rounds as above. Figures are per turn: calls per turn × mean duration of one call (ms).");
        foreach (var window in new[] { "sequential", "concurrent" })
        {
            var submit = p.Groups.FirstOrDefault(g => g.Window == window && g.Kind == "submit");
            var echo = p.Groups.FirstOrDefault(g => g.Window == window && g.Kind == "echo");
            if (submit is null || echo is null) continue;
            md.AppendLine();
            md.AppendLine($"| {window} ({submit.Turns} submissions, {echo.Turns} echoes) | submission | echo |");
            md.AppendLine("|---|---:|---:|");
            var calls = submit.Calls.Select(c => c.Call).Union(echo.Calls.Select(c => c.Call)).Order(StringComparer.Ordinal);
            foreach (var call in calls)
                md.AppendLine($"| {call} | {Cell(submit, call)} | {Cell(echo, call)} |");
            md.AppendLine($"| **outgoing calls per turn** | {F(submit.Calls.Sum(c => c.PerTurn), 1)} | {F(echo.Calls.Sum(c => c.PerTurn), 1)} |");
            md.AppendLine($"| waiting on outgoing calls (union of their intervals), mean ms | {F(submit.WaitingMs, 2)} | {F(echo.WaitingMs, 2)} |");
            md.AppendLine($"| in the bot process otherwise (server − waiting), mean ms | {F(submit.ServerMs - submit.WaitingMs, 2)} | {F(echo.ServerMs - echo.WaitingMs, 2)} |");
            md.AppendLine($"| bot server time (Kestrel request), mean ms | {F(submit.ServerMs, 2)} | {F(echo.ServerMs, 2)} |");
            md.AppendLine($"| client round trip, mean ms | {F(submit.ClientMs, 2)} | {F(echo.ClientMs, 2)} |");
            if (window == "sequential")
                md.AppendLine($"| new TCP connections per turn: connector / storage | {F(submit.ConnectorConnectionsPerTurn, 2)} / {F(submit.StorageConnectionsPerTurn, 2)} | " +
                              $"{F(echo.ConnectorConnectionsPerTurn, 2)} / {F(echo.StorageConnectionsPerTurn, 2)} |");
        }
        foreach (var kind in new[] { "submit", "echo" })
        {
            var g = p.Groups.FirstOrDefault(x => x.Window == "sequential" && x.Kind == kind);
            if (g is null || g.Timeline.Count == 0) continue;
            md.AppendLine();
            md.AppendLine($"Sequential {(kind == "submit" ? "submission" : "echo")}, server side in order (mean ms): " +
                          string.Join(" → ", g.Timeline.Select(s => $"{s.Step} {F(s.MeanMs, 2)}")) + ".");
        }
        if (p.ConnectionSetups.Count > 0)
        {
            md.AppendLine();
            md.AppendLine($"New HttpClient connections during the whole profile ({p.Turns} traced requests, opens included): " +
                          string.Join(", ", p.ConnectionSetups.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} {kv.Value}")) + ".");
        }
    }

    private static string Cell(ProfileGroup g, string call) => g.Calls.FirstOrDefault(c => c.Call == call) switch
    {
        null => "—",
        { PerTurn: < 0.1 } c => $"{Math.Round(c.PerTurn * g.Turns):F0} in {g.Turns} turns × {F(c.MeanMs, 2)}",
        var c => $"{F(c.PerTurn, 2)} × {F(c.MeanMs, 2)}",
    };

    public static void UpdateDoc(string path, string section) => Benchmarks.BenchmarkDoc.Update(path, Heading, section);

    private static string F(double v, int decimals = 1) => double.IsNaN(v) ? "—" : v.ToString("F" + decimals, Inv);

    private static string Pct(double share) => (share * 100).ToString("F0", Inv) + " %";

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", Inv) + " MB";

    private static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }

    private static string MemTotal()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            var kb = long.Parse(line["MemTotal:".Length..].Trim().Split(' ')[0]);
            return (kb / 1024.0 / 1024.0).ToString("F0", Inv) + " GB";
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or FormatException)
        {
            return "? GB";
        }
    }
}
