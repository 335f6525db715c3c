using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DanVan.Bot.Proactive;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Storage;
using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.PingBench;

/// <summary>
/// Issue 4's benchmark. The parent process owns the loopback connector (rate-enforcing, recording every delivery),
/// seeds Azurite with N unit heads each holding an active conversation reference and no unit plan, then runs the
/// fan-out — ReminderRun.RunOnceAsync at 12/04/2024 08:05 ICT, when T-7 of the unit plan is due — in a child
/// process (this program with --child). The crash variant SIGKILLs that child mid-run and starts it again at an
/// instant past the claim timeout, so the restarted run takes over the claims the dead one left unsent.
/// </summary>
public static class Program
{
    public static readonly DateTimeOffset T7 = new(2024, 4, 12, 8, 5, 0, TimeSpan.FromHours(7));
    private const string PlanId = "2024", DeadlineId = "unit-plan", StageId = "t-7";

    public static async Task<int> Main(string[] args)
    {
        if (Options.Parse(args) is not { } o) return 2;
        return o.Child ? await ChildAsync(o) : await ParentAsync(o);
    }

    // ---- child: one fan-out, as the bot's background service would run it ----

    private static async Task<int> ChildAsync(Options o)
    {
        var now = o.Now ?? T7;
        var settings = new Dictionary<string, string?>
        {
            ["Roster:SeedFile"] = "",
            ["Proactive:GlobalPerSecond"] = o.SenderRate.ToString(CultureInfo.InvariantCulture),
            ["Reminders:ClaimTimeout"] = TimeSpan.FromSeconds(o.ClaimTimeoutSeconds).ToString("c"),
            ["Reminders:Parallelism"] = o.Parallelism.ToString(CultureInfo.InvariantCulture),
        };
        await using var bot = await BotServer.StartAsync(settings, o.Prefix, s => s.AddSingleton<TimeProvider>(new RunningClock(now)));
        var run = bot.Services.GetRequiredService<ReminderRun>();
        var started = Stopwatch.GetTimestamp();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var counts = await run.RunOnceAsync(now, o.Instance, default);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var elapsed = Stopwatch.GetElapsedTime(started);
        var sender = bot.Services.GetRequiredService<ProactiveSender>();
        var result = new ChildResult(counts.Due, counts.Claimed, counts.Sent, counts.AlreadyClaimed, counts.Failed, counts.Reclaimed,
            elapsed.TotalSeconds, ProcStatusKb("VmHWM"), sender.PaceCuts, Math.Round(sender.GlobalPerSecond, 1),
            counts.Sent == 0 ? 0 : Math.Round(cpu.TotalMilliseconds / counts.Sent, 2));
        Console.WriteLine("RESULT " + JsonSerializer.Serialize(result));
        return 0;
    }

    public sealed record ChildResult(int Due, int Claimed, int Sent, int AlreadyClaimed, int Failed, int Reclaimed, double Seconds, long PeakRssKb,
        int PaceCuts, double FinalPace, double CpuMsPerPing = 0);

    private static long ProcStatusKb(string field)
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException) { return 0; }
    }

    // ---- parent: connector, seeding, child processes, figures ----

    private static async Task<int> ParentAsync(Options o)
    {
        Log($"Loopback connector enforcing {o.Rate} requests/s; sender at {o.SenderRate}/s; {o.Units} units × {o.HeadsPerUnit} heads; storage {Describe(Azurite.ConnectionString)}.");
        await using var connector = await LoopbackConnector.StartAsync();
        var results = new List<Scenario>();
        results.Add(await RunScenarioAsync(o, connector, crash: false));
        if (o.Crash) results.Add(await RunScenarioAsync(o, connector, crash: true));

        var markdown = Report.Markdown(o, results);
        Console.WriteLine(markdown);
        if (o.Doc is not null) { Report.UpdateDoc(o.Doc, markdown); Log($"Updated {o.Doc}."); }
        return results.All(r => r.Lost == 0) ? 0 : 1;
    }

    public sealed record Scenario(bool Crash, int Expected, int Delivered, int Unique, int Lost, int Duplicates, int Throttled,
        double Seconds, double DeliverySeconds, int UnsentClaims, IReadOnlyList<ChildResult> Runs, int DeliveredAtKill, long SeedSeconds);

    private static async Task<Scenario> RunScenarioAsync(Options o, LoopbackConnector connector, bool crash)
    {
        var prefix = Azurite.NewTablePrefix();
        var total = o.Units * o.HeadsPerUnit;
        var seedWatch = Stopwatch.StartNew();
        Log($"[{(crash ? "crash" : "plain")}] Seeding {o.Units} units, {total} heads and their conversation references (tables {prefix}*)...");
        await SeedAsync(o, connector, prefix);
        var seedSeconds = (long)seedWatch.Elapsed.TotalSeconds;
        connector.TakeAll();

        var limiter = new RateLimiter(o.Rate);
        connector.Respond = limiter.Respond;
        limiter.Recording = true;
        using var drain = new Timer(_ => connector.TakeAll(), null, 1000, 1000); // the connector's own log is not needed
        var runs = new List<ChildResult>();
        var deliveredAtKill = 0;
        var started = Stopwatch.StartNew();
        if (!crash)
        {
            runs.Add(await RunChildAsync(o, prefix, T7, "bench-1", killWhenDelivered: null) ?? throw new InvalidOperationException("The fan-out died."));
        }
        else
        {
            var killAt = (int)(total * o.KillAt);
            Log($"[crash] Fan-out in a child process, SIGKILL after {killAt} deliveries...");
            var first = await RunChildAsync(o, prefix, T7, "bench-1", killWhenDelivered: () => limiter.Ok >= killAt);
            deliveredAtKill = limiter.Ok;
            if (first is not null) runs.Add(first);
            // The restarted instance runs at an instant past the claim timeout: the dead run's claims (stamped 08:05:00)
            // are stale by then, so they are taken over rather than skipped.
            var restartAt = T7 + TimeSpan.FromSeconds(o.ClaimTimeoutSeconds + 1);
            Log($"[crash] Killed with {deliveredAtKill} delivered; restarting at {restartAt:HH:mm:ss} (claim timeout {o.ClaimTimeoutSeconds} s)...");
            runs.Add(await RunChildAsync(o, prefix, restartAt, "bench-restarted", killWhenDelivered: null) ?? throw new InvalidOperationException("The restart died."));
        }
        var seconds = started.Elapsed.TotalSeconds;
        await Task.Delay(200);
        limiter.Recording = false;
        connector.Respond = null;

        var expected = Enumerable.Range(0, total).Select(ConversationOf).ToHashSet();
        var reached = limiter.Conversations.Keys.Count(expected.Contains);
        var storage = new StorageServices(Azurite.ConnectionString, prefix);
        var claims = await storage.Pings.ListStageAsync(PlanId, DeadlineId, StageId, default);
        var scenario = new Scenario(crash, total, limiter.Ok, limiter.Delivered.Count, total - reached, limiter.Duplicates, limiter.Throttled,
            seconds, limiter.FirstToLast.TotalSeconds, claims.Count(c => c.SentAt is null), runs, deliveredAtKill, seedSeconds);
        Log($"[{(crash ? "crash" : "plain")}] {scenario}");
        foreach (var table in storage.Tables.All) await table.DeleteAsync();
        return scenario;
    }

    private static async Task<ChildResult?> RunChildAsync(Options o, string prefix, DateTimeOffset now, string instance, Func<bool>? killWhenDelivered)
    {
        var psi = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = Environment.CurrentDirectory,
        };
        if (!Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals("DanVan.PingBench", StringComparison.Ordinal))
            psi.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var a in new[] { "--child", "--prefix", prefix, "--now", now.ToString("O"), "--instance", instance,
                     "--sender-rate", o.SenderRate.ToString(CultureInfo.InvariantCulture), "--claim-timeout", o.ClaimTimeoutSeconds.ToString(CultureInfo.InvariantCulture),
                     "--parallelism", o.Parallelism.ToString(CultureInfo.InvariantCulture) })
            psi.ArgumentList.Add(a);
        using var child = Process.Start(psi)!;
        var output = child.StandardOutput.ReadToEndAsync();
        if (killWhenDelivered is not null)
        {
            while (!child.HasExited && !killWhenDelivered()) await Task.Delay(5);
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: false); // SIGKILL on Linux
                await child.WaitForExitAsync();
                return null;
            }
        }
        await child.WaitForExitAsync();
        var line = (await output).Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
        if (child.ExitCode != 0 || line is null) throw new InvalidOperationException($"The child exited {child.ExitCode} without a result.");
        var result = JsonSerializer.Deserialize<ChildResult>(line["RESULT ".Length..])!;
        Log($"  child {instance}: {result}");
        return result;
    }

    private static async Task SeedAsync(Options o, LoopbackConnector connector, string prefix)
    {
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["Roster:SeedFile"] = "" }, prefix,
            s => s.AddSingleton<TimeProvider>(new RunningClock(T7 - TimeSpan.FromDays(1))));
        var units = Enumerable.Range(1, o.Units).Select(u => new Unit($"P{u:0000}", $"Đơn vị thử {u:0000}")).ToList();
        var heads = Enumerable.Range(0, o.Units * o.HeadsPerUnit)
            .Select(i => new Member(AadOf(i), null, NameOf(i), Role.UnitHead, units[i / o.HeadsPerUnit].Id)).ToList();
        // Chunks of the roster in parallel: one SeedAsync writes row by row.
        await Parallel.ForEachAsync(units.Chunk(50), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (chunk, ct) =>
        {
            var ids = chunk.Select(u => u.Id).ToHashSet();
            await bot.Storage.Roster.SeedAsync(new RosterSeed(false, chunk, [.. heads.Where(h => ids.Contains(h.UnitId!))]), ct);
        });

        // The reference shape from a real install of the first head (what the bot stores), copied to every head.
        var teams = new TeamsChannel(bot, connector);
        var template = new TeamsUser(UserIdOf(0), AadOf(0), NameOf(0));
        var (status, _) = await teams.SendAsync(teams.InstallationUpdate(template));
        if (status != 200) throw new InvalidOperationException($"The template install answered {status}.");
        var installed = await bot.Storage.Conversations.GetAsync(heads[0].Key, default)
            ?? throw new InvalidOperationException("The install stored no conversation reference.");
        var json = installed.ReferenceJson;
        if (!json.Contains(UserIdOf(0), StringComparison.Ordinal)) throw new InvalidOperationException("Unexpected reference shape: " + json);
        await Parallel.ForEachAsync(Enumerable.Range(1, heads.Count - 1), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
        {
            var reference = json.Replace(UserIdOf(0), UserIdOf(i), StringComparison.Ordinal).Replace(AadOf(0), AadOf(i), StringComparison.Ordinal)
                .Replace(NameOf(0), NameOf(i), StringComparison.Ordinal);
            await bot.Storage.Conversations.SaveAsync(new ConversationRecord(heads[i].Key, heads[i].UnitId, reference, Active: true, T7 - TimeSpan.FromDays(1)), ct);
        });
    }

    private static string UserIdOf(int i) => $"29:bench-{i + 1:000000}";
    public static string ConversationOf(int i) => "a:personal-" + UserIdOf(i);
    private static string AadOf(int i) => $"cccccccc-0000-4000-8000-{i + 1:000000000000}";
    private static string NameOf(int i) => $"Head {i + 1:000000}";

    public static void Log(string message) => Console.Error.WriteLine($"[pings] {message}");

    private static string Describe(string connectionString) =>
        connectionString.Split(';').FirstOrDefault(p => p.StartsWith("TableEndpoint=", StringComparison.Ordinal)) ?? "storage";
}
