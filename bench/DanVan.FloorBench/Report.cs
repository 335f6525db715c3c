using System.Text;

namespace DanVan.FloorBench;

/// <summary>The markdown sections of docs/benchmarks.md that floor.sh writes.</summary>
public static class Report
{
    public const string Heading = "## DanVan vs. the Bot Framework's floor (issue 15)";
    public const string VariantsHeading = "## DanVan's runtime settings: GC modes, ReadyToRun, tiered PGO (issue 15)";

    private static string Machine() =>
        $"nproc {Environment.ProcessorCount}; {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; .NET {Environment.Version}, Release";

    public static string Comparison(Options o, IReadOnlyList<Result> r)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Heading).AppendLine();
        sb.AppendLine("Written by `bench/floor.sh` (bench/DanVan.FloorBench); rerun it to refresh this section.").AppendLine();
        sb.AppendLine($"- Command: `{o.Command}`");
        sb.AppendLine($"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; machine: {Machine()}; Azurite (Table, in memory, silent)");
        sb.AppendLine("- Three servers, each in its own process, started one after another (only one runs at a time), all with `ASPNETCORE_ENVIRONMENT=Production`, log level Warning, and the same startup hook (bench/DanVan.BenchHook: an in-process `EventListener` on the runtime's JIT events and System.Net.Http's connection events, `GC.GetTotalAllocatedBytes(true)`, process CPU time, read over a side port before and after each block): " +
                      "the **minimal endpoint** (bench/DanVan.MinimalEndpoint: System.Text.Json parse, one reply POSTed with one pooled HttpClient), the **stock echo bot** (bench/DanVan.EchoBot: the SDK's template, CloudAdapter + ActivityHandler echo, `AddHttpClient()`, a controller) and **DanVan** (Bot/, the real host, over Azurite, anonymous; as deployed: `dotnet publish -r linux-x64`, ReadyToRun, TieredPGO off, unless `--danvan-dll` names a build).");
        sb.AppendLine($"- One client (this process, one pooled HttpClient) and one loopback connector (tests/DanVan.Testing, in this process) for all three. Activities as Teams sends them (≈ 1.6 KB). {o.Users} users, each the head of their own unit for DanVan. " +
                      "DanVan's turn is `training.submit` (adaptiveCard/action): a real ETag-conditional write of new figures with its audit row in one transaction, then the receipt and the standing reply to the connector; the `training.open` that gives it the version it edits runs before each block, outside the counted window. The echo and minimal turns are a message answered with one reply.");
        sb.AppendLine($"- Per server: spawn → first answered message (process start until a `200` to a message whose reply reached the connector); warm-up {o.WarmupBlocks}×{o.Block} sequential turns, {o.WarmupRounds} rounds of {o.Users} at once, {o.WarmupBlocks}×{o.Block} sequential; then **{o.Blocks}×{o.Block} sequential turns counted** (one in flight; CPU, allocations, JIT and new connections are the hook's deltas over these blocks, divided by turns, so they include the two stats reads per block); then {o.Rounds} rounds of {o.Users} at once (throughput = turns ÷ round time; peak RSS = VmHWM after them).");
        sb.AppendLine();
        sb.Append("| per turn | ").AppendJoin(" | ", r.Select(x => x.Name)).AppendLine(" |");
        sb.Append("|---|").AppendJoin("", r.Select(_ => "---:|")).AppendLine();
        Row(sb, "sequential p50, ms", r, x => x.P(x.Sequential, 50).ToString("F2"));
        Row(sb, "sequential p90, ms", r, x => x.P(x.Sequential, 90).ToString("F2"));
        Row(sb, "sequential p99, ms", r, x => x.P(x.Sequential, 99).ToString("F2"));
        Row(sb, "CPU ms per turn, server process", r, x => (x.PerTurn(x.CpuMicroseconds) / 1000).ToString("F2"));
        Row(sb, "methods JIT-compiled per steady-state turn", r, x => x.PerTurn(x.Jit).ToString("F2"));
        Row(sb, "allocated KB per turn", r, x => (x.PerTurn(x.Allocated) / 1024).ToString("F1"));
        Row(sb, "new TCP connections per turn: connector / storage", r, x => $"{x.PerTurn(x.ConnectorConnections):F2} / {x.PerTurn(x.StorageConnections):F2}");
        Row(sb, "GCs (gen0 / gen2) over the counted turns", r, x => $"{x.Gen0} / {x.Gen2}");
        Row(sb, $"throughput, {o.Users} at once, turns/s", r, x => x.Throughput.ToString("F0"));
        Row(sb, $"latency at {o.Users} at once, p50 / p99 ms", r, x => $"{x.P(x.Concurrent, 50):F1} / {x.P(x.Concurrent, 99):F1}");
        Row(sb, "peak RSS (VmHWM) after that load, MB", r, x => (x.PeakRss / 1048576.0)?.ToString("F0") ?? "?");
        Row(sb, "spawn → first answered message, ms", r, x => x.FirstAnswerMs.ToString("F0"));
        Row(sb, "load average (1/5/15 min): start, sequential, concurrent, end", r, x => string.Join("; ", x.LoadAverages));
        sb.AppendLine();

        var echo = r.First(x => x.Name.Contains("echo"));
        var dv = r.First(x => x.Name.Contains("DanVan"));
        sb.AppendLine("| DanVan goal | measured | goal | met |").AppendLine("|---|---:|---:|:---:|");
        Goal(sb, "p50 ÷ echo bot's p50", dv.P(dv.Sequential, 50) / echo.P(echo.Sequential, 50), "≤ 0.5×", 0.5, "F2", "×");
        Goal(sb, "p99 ÷ echo bot's p99", dv.P(dv.Sequential, 99) / echo.P(echo.Sequential, 99), "≤ 0.7×", 0.7, "F2", "×");
        Goal(sb, "CPU per submission, ms", dv.PerTurn(dv.CpuMicroseconds) / 1000, "≤ 3", 3, "F2", "");
        Goal(sb, "methods JIT-compiled per steady-state turn", dv.PerTurn(dv.Jit), "0", 0.05, "F2", "");
        Goal(sb, "new connections per turn (connector + storage)", dv.PerTurn(dv.ConnectorConnections + dv.StorageConnections), "0", 0.005, "F3", "");
        Goal(sb, "allocated KB per turn", dv.PerTurn(dv.Allocated) / 1024, "≤ 100", 100, "F1", "");
        Goal(sb, $"peak RSS at {o.Users} at once, MB", (dv.PeakRss ?? 0) / 1048576.0, "≤ 300", 300, "F0", "");
        Goal(sb, "spawn → first answered message, ms", dv.FirstAnswerMs, "≤ 600", 600, "F0", "");
        sb.AppendLine();
        foreach (var x in r.Where(x => x.JitNames.Count > 0))
        {
            sb.AppendLine($"Methods JIT-compiled during {x.Name}'s counted turns ({x.Jit} events over {x.Turns} turns; a method compiled again at a higher tier counts again): " +
                          string.Join("; ", x.JitNames.Take(8).Select(j => $"{j.Count} × `{j.Method}`")) + ".").AppendLine();
        }
        return sb.ToString();
    }

    public static string Variants(Options o, IReadOnlyList<(string Name, Result R)> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine(VariantsHeading).AppendLine();
        sb.AppendLine("Written by `bench/floor.sh --variants` (bench/DanVan.FloorBench); rerun it to refresh this section.").AppendLine();
        sb.AppendLine($"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; machine: {Machine()}. DanVan alone, as in the section above (same hook, workload and counting), with half the counted blocks and rounds; each row a fresh process with the runtime settings given as `DOTNET_` environment variables (which override the runtimeconfig).");
        sb.AppendLine();
        sb.AppendLine($"| DanVan with | spawn → first answer ms | seq. p50 / p99 ms | CPU ms/turn | JIT/turn | alloc KB/turn | {o.Users} at once turns/s | p99 at {o.Users} ms | peak RSS MB | load avg (start; end) |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var (name, x) in rows)
            sb.AppendLine($"| {name} | {x.FirstAnswerMs:F0} | {x.P(x.Sequential, 50):F2} / {x.P(x.Sequential, 99):F2} | {x.PerTurn(x.CpuMicroseconds) / 1000:F2} | {x.PerTurn(x.Jit):F2} | {x.PerTurn(x.Allocated) / 1024:F1} | {x.Throughput:F0} | {x.P(x.Concurrent, 99):F1} | {(x.PeakRss ?? 0) / 1048576.0:F0} | {x.LoadAverages[0]}; {x.LoadAverages[^1]} |");
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string label, IReadOnlyList<Result> r, Func<Result, string> f) =>
        sb.Append("| ").Append(label).Append(" | ").AppendJoin(" | ", r.Select(f)).AppendLine(" |");

    private static void Goal(StringBuilder sb, string label, double value, string goal, double max, string format, string unit) =>
        sb.AppendLine($"| {label} | {value.ToString(format)}{unit} | {goal} | {(value <= max ? "yes" : "**no**")} |");
}
