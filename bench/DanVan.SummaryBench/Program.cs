using DanVan.Benchmarks;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DanVan.App;
using DanVan.App.Department;
using DanVan.Bench;
using DanVan.Cards.Summary;
using DanVan.Cards.Text;
using DanVan.Domain.Department;
using DanVan.Domain.Plans;
using DanVan.Storage;
using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.SummaryBench;

/// <summary>
/// Issue 5's benchmark: the department summary over N units × 5 records, for each N on its own tables in one
/// Azurite. Per run, sequentially: the storage reads the summary needs (the roster's unit list, then the plan's
/// UnitData range split at those units into slices read side by side, with no cache in front), then the computation and the card (DepartmentSummary.Of,
/// SummaryCard.Build, serialised) — the bot's "tổng hợp" on a cold roster cache; then the same through the host's
/// OfficeDesk (its roster cache warm, as in steady state); then the whole turn over HTTP. Finally the export downloads.
/// </summary>
public static class Program
{
    private static readonly DateTimeOffset Now = new(2024, 10, 20, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly TeamsUser Office = new("29:office-bench", Department.Office.AadObjectId, Department.Office.DisplayName);

    public static async Task<int> Main(string[] args)
    {
        if (Options.Parse(args) is not { } o) return 2;

        var port = int.Parse(Regex.Match(Azurite.ConnectionString, @"TableEndpoint=https?://[^:/]+:(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        Log($"Storage: Azurite on 127.0.0.1:{port}; sizes {string.Join(", ", o.Sizes)} units × {Department.RecordsPerUnit} records; {o.Warmup} warm-up + {o.Runs} measured runs each.");
        var results = new List<SizeResult>();
        var loadBefore = LoadAverage();
        foreach (var units in o.Sizes) results.Add(await MeasureAsync(o, units, port));
        o = o with { Load = $"{loadBefore} before, {LoadAverage()} after" };

        var markdown = Report.Markdown(o, results);
        Console.WriteLine(markdown);
        if (o.Doc is not null) { Report.UpdateDoc(o.Doc, markdown); Log($"Updated {o.Doc}."); }
        return 0;
    }

    public sealed record SizeResult(int Units, int StoredRows, int RowsScanned, Stats Storage, Stats Compute, Stats Total, Stats Desk, Stats Turn,
        double RequestsPerSummary, Stats Xlsx, long XlsxBytes, Stats Csv, long CsvBytes, TimeSpan Seeding);

    private static async Task<SizeResult> MeasureAsync(Options o, int units, int port)
    {
        await using var connector = await LoopbackConnector.StartAsync();
        // One office member asks for the summary on every run: far more turns than the per-user rate limit lets through.
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?>
            { ["Roster:SeedFile"] = "", ["DanVan:TurnBurst"] = "1000000", ["DanVan:TurnsPerMinute"] = "1000000" });
        var storage = bot.Services.GetRequiredService<StorageServices>();
        var plan = bot.Services.GetRequiredService<Plan>();

        Log($"{units} units: seeding {units * Department.RecordsPerUnit} records through SubmissionRepository.SaveAsync...");
        var seeding = Stopwatch.StartNew();
        await Department.SeedAsync(storage.Roster, storage.Submissions, plan.Id, units, o.Parallelism);
        seeding.Stop();
        bot.Clock.SetUtcNow(Now);
        var today = DateOnly.FromDateTime(Now.DateTime);
        var rows = 0;
        await foreach (var _ in storage.Tables.UnitData.QueryAsync<Azure.Data.Tables.TableEntity>(select: ["PartitionKey"])) rows++;

        var desk = bot.Services.GetRequiredService<DepartmentView>();
        var teams = new TeamsChannel(bot, connector);
        var (storageMs, computeMs, totalMs, deskMs, turnMs) = (new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>());
        using var counter = new RequestCounter(port, -1);
        long requests = 0;

        for (var run = -o.Warmup; run < o.Runs; run++)
        {
            var before = counter.Read().Storage;
            var t0 = Stopwatch.GetTimestamp();
            var roster = await storage.Roster.ListUnitsAsync(default);
            var stored = await storage.Submissions.LoadPlanAsync(plan.Id, [.. roster.Where(u => u.Active).Select(u => u.Id)], default);
            var t1 = Stopwatch.GetTimestamp();
            var summary = DepartmentSummary.Of(plan, roster, stored, today);
            var card = SummaryCard.Build(Texts.Vietnamese, plan, summary, 1, "09:00 20/10/2024").ToString();
            var t2 = Stopwatch.GetTimestamp();
            var used = counter.Read().Storage - before;
            if (summary.Units.Count != units || card.Length == 0) throw new InvalidOperationException($"Summary of {summary.Units.Count} units, expected {units}.");

            var t3 = Stopwatch.GetTimestamp();
            var deskCard = await desk.CardAsync(Texts.Vietnamese, page: null, default);
            if (deskCard.ToString().Length == 0) throw new InvalidOperationException("Empty summary card.");
            var t4 = Stopwatch.GetTimestamp();

            var t5 = Stopwatch.GetTimestamp();
            var (status, _) = await teams.SendAsync(teams.Message(Office, "tổng hợp"));
            var t6 = Stopwatch.GetTimestamp();
            var replies = connector.TakeAll();
            if (status != 200 || replies.Count != 1 || replies[0]["attachments"] is null) throw new InvalidOperationException($"Turn answered {status}, {replies.Count} replies.");

            if (run < 0) continue;
            storageMs.Add(Ms(t0, t1));
            computeMs.Add(Ms(t1, t2));
            totalMs.Add(Ms(t0, t2));
            deskMs.Add(Ms(t3, t4));
            turnMs.Add(Ms(t5, t6));
            requests += used;
        }

        // The links as the office gets them: from the "xuất báo cáo" turn.
        await teams.SendAsync(teams.Message(Office, "xuất báo cáo"));
        var links = connector.TakeAll().Select(a => a["attachments"]?[0]?["content"]?["body"]?.AsArray()).OfType<JsonArray>().SelectMany(b => b)
            .Where(e => (string?)e!["type"] == "ActionSet").SelectMany(e => e!["actions"]!.AsArray()).Select(a => (string)a!["url"]!).ToList();
        if (links.Count != 2) throw new InvalidOperationException("The export turn gave no links.");
        var (xlsx, xlsxBytes) = await DownloadAsync(bot, links[0], o.ExportRuns);
        var (csv, csvBytes) = await DownloadAsync(bot, links[1], o.ExportRuns);

        var result = new SizeResult(units, units * Department.RecordsPerUnit, rows, Stats.Of(storageMs), Stats.Of(computeMs), Stats.Of(totalMs),
            Stats.Of(deskMs), Stats.Of(turnMs), (double)requests / o.Runs, xlsx, xlsxBytes, csv, csvBytes, seeding.Elapsed);
        Log($"{units} units: summary p50 {result.Total.P50:F1} ms (storage {result.Storage.P50:F1}, compute {result.Compute.P50:F1}), p95 {result.Total.P95:F1} ms; " +
            $"{result.RequestsPerSummary:F1} storage requests per summary; turn p50 {result.Turn.P50:F1} ms; xlsx p50 {xlsx.P50:F0} ms.");
        foreach (var table in storage.Tables.All) await table.DeleteAsync();
        return result;
    }

    /// <summary>The link as the office's browser would open it: a plain GET to the bot.</summary>
    private static async Task<(Stats Stats, long Bytes)> DownloadAsync(BotServer bot, string url, int runs)
    {
        var ms = new List<double>();
        long bytes = 0;
        for (var i = -1; i < runs; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            using var response = await bot.Http.GetAsync(url);
            var body = await response.Content.ReadAsByteArrayAsync();
            var t1 = Stopwatch.GetTimestamp();
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Download answered {(int)response.StatusCode}.");
            if (i < 0) continue;
            ms.Add(Ms(t0, t1));
            bytes = body.Length;
        }
        return (Stats.Of(ms), bytes);
    }

    /// <summary>The 1-minute load average: the machine is shared, and its neighbours show in the p95s.</summary>
    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "?"; }
    }

    private static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    private static void Log(string message) => Console.Error.WriteLine($"[summary-bench] {message}");
}

public sealed record Stats(double P50, double P95, double Max, int Count)
{
    public static Stats Of(IReadOnlyList<double> samples)
    {
        var sorted = samples.Order().ToArray();
        double At(double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Stats(At(0.5), At(0.95), sorted[^1], sorted.Length);
    }
}

public sealed record Options
{
    public IReadOnlyList<int> Sizes { get; init; } = [100, 1000];
    public int Runs { get; init; } = 50;
    public int Warmup { get; init; } = 5;
    public int ExportRuns { get; init; } = 5;
    public int Parallelism { get; init; } = 16;
    public string? Doc { get; init; }
    public string Command { get; init; } = "bench/summary.sh";
    public string? AzuriteVersion { get; init; }
    public string? Load { get; init; }

    public const string Usage =
        "usage: DanVan.SummaryBench [--sizes 100,1000] [--runs 50] [--warmup 5] [--export-runs 5] [--parallelism 16]\n" +
        "                           [--doc docs/benchmarks.md] [--command TEXT] [--azurite-version V]\n" +
        "Storage: DANVAN_TEST_STORAGE (an Azurite connection string), else an in-memory Azurite started by tools/stack.mjs.";

    /// <summary>The options, or null after saying on stderr what is wrong (exit status 2).</summary>
    public static Options? Parse(string[] args) => Args.Parse(args, new Options(), Usage, (o, name, a) => name switch
    {
        "--sizes" => o with { Sizes = a.Numbers(1) },
        "--runs" => o with { Runs = a.Number(1) },
        "--warmup" => o with { Warmup = a.Number(0) },
        "--export-runs" => o with { ExportRuns = a.Number(1) },
        "--parallelism" => o with { Parallelism = a.Number(1) },
        "--doc" => o with { Doc = a.Value() },
        "--command" => o with { Command = a.Value() },
        "--azurite-version" => o with { AzuriteVersion = a.Value() },
        _ => null,
    });
}
