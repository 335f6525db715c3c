using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace DanVan.PingBench;

public static class Report
{
    public const string Heading = "## Reminder fan-out under a rate limit, with a crash (issue 4)";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Markdown(Options o, IReadOnlyList<Program.Scenario> results)
    {
        var s = new StringBuilder();
        s.AppendLine(Heading).AppendLine();
        s.AppendLine("Written by `bench/pings.sh` (bench/DanVan.PingBench); rerun it to refresh this section.").AppendLine();
        s.AppendLine($"- Command: `{o.Command}`");
        s.AppendLine($"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        s.AppendLine($"- Machine: nproc {Environment.ProcessorCount}; {RuntimeInformation.OSDescription}; .NET {Environment.Version}, Release, Server GC; Azurite {o.AzuriteVersion ?? "?"} (Table, in memory)");
        s.AppendLine($"- Setup: {o.Units} units × {o.HeadsPerUnit} unit heads = {o.Units * o.HeadsPerUnit} heads, none with a unit plan, each with an active conversation reference " +
                     "saved through IConversationRepository (the JSON of a real install of the first head, ids swapped). `ReminderRun.RunOnceAsync` at 12/04/2024 08:05 ICT (unit plan T-7 due) " +
                     $"in a child process (the real host, DanVanHost.Build over Azurite), `Proactive:GlobalPerSecond` = {o.SenderRate.ToString(Inv)}, `Reminders:Parallelism` = {o.Parallelism}, `Reminders:ClaimTimeout` = {o.ClaimTimeoutSeconds} s.");
        s.AppendLine($"- Connector: the loopback connector (tests/DanVan.Testing) in the parent process answers 429 with `Retry-After: 1` to a request arriving when more than R = {o.Rate} requests " +
                     "(answered or refused) arrived in the last second, and records every 200 by conversation and text, so deliveries survive the child's death. " +
                     "Lost: heads whose conversation never got the ping; duplicates: 200s beyond the first for the same conversation and text.");
        if (o.Crash)
            s.AppendLine($"- Crash: the child is SIGKILLed after {o.KillAt * 100:F0} % of the pings were delivered and started again (new instance id) at 08:05:{o.ClaimTimeoutSeconds + 1:00}, " +
                         "past the claim timeout, so it takes over the claims the dead run left unsent and claims the rest. Elapsed includes the restart (host start-up, listing).");
        s.AppendLine();
        s.AppendLine("| run | pings due | delivered | delivered ÷ (R × elapsed) | elapsed s (first delivery → last) | lost | duplicates | 429s seen | claims left unsent | peak RSS of the bot process |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var efficiency = r.Unique / (o.Rate * r.Seconds);
            var name = r.Crash ? $"SIGKILL at {r.DeliveredAtKill} delivered, restart" : "one run";
            var rss = string.Join(" / ", r.Runs.Select(c => (c.PeakRssKb / 1024.0).ToString("F0", Inv) + " MB"));
            s.AppendLine($"| {name} | {r.Expected} | {r.Delivered} | {efficiency.ToString("F2", Inv)} | {r.Seconds.ToString("F1", Inv)} ({r.DeliverySeconds.ToString("F1", Inv)}) | {r.Lost} | {r.Duplicates} | {r.Throttled} | {r.UnsentClaims} | {rss} |");
        }
        s.AppendLine();
        s.AppendLine("Elapsed is the parent's wall time from starting the child to its exit (host start-up, the run's listing of units, members, references and claims, and the paced sends); " +
                     "the ratio counts distinct pings delivered. Runs of the child (ReminderCounts):").AppendLine();
        foreach (var r in results)
            foreach (var c in r.Runs)
                s.AppendLine($"- {(r.Crash ? "crash variant" : "one run")}: due {c.Due}, claimed {c.Claimed}, reclaimed {c.Reclaimed}, sent {c.Sent}, already claimed {c.AlreadyClaimed}, failed {c.Failed}; RunOnceAsync {c.Seconds.ToString("F1", Inv)} s; pace cut {c.PaceCuts} times by 429s, {c.FinalPace.ToString("F1", Inv)}/s at the end; CPU of the sending process during RunOnceAsync {c.CpuMsPerPing.ToString("F2", Inv)} ms per ping sent");
        return s.ToString();
    }

    public static void UpdateDoc(string path, string section) => Benchmarks.BenchmarkDoc.Update(path, Heading, section);
}
