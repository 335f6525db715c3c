using System.Diagnostics;

namespace DanVan.Bot.Tests;

/// <summary>
/// The bot process itself (dotnet DanVan.Bot.dll) started with a broken plan file: it stops with a non-zero exit code
/// and one critical line naming the file, the field and the rule, never a stack trace.
/// </summary>
public sealed class PlanStartupTests
{
    private static string BotDll()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DanVan.sln")))
                return Path.Combine(dir.FullName, "Bot", "bin", "Debug", "net10.0", "DanVan.Bot.dll");
        throw new InvalidOperationException("DanVan.sln not found above " + AppContext.BaseDirectory);
    }

    private static async Task<(int Exit, string[] Lines)> StartAsync(string planFile)
    {
        var start = new ProcessStartInfo("dotnet", [BotDll(), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Plan__File"] = planFile;
        start.Environment["Storage__ConnectionString"] = "UseDevelopmentStorage=true";
        start.Environment["Reminders__Enabled"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); throw; }
        var lines = ((await output) + (await error)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (process.ExitCode, lines);
    }

    [Fact]
    public async Task A_plan_with_a_deadline_after_its_closing_date_stops_start_up_with_one_line()
    {
        var plan = Path.Combine(Path.GetTempPath(), $"ke-hoach-hong-{Guid.NewGuid():N}.json");
        var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "plans", "ke-hoach-2024.json"));
        await File.WriteAllTextAsync(plan, text.Replace("\"date\": \"2024-10-15\"", "\"date\": \"2024-12-15\""));
        try
        {
            var (exit, lines) = await StartAsync(plan);

            Assert.NotEqual(0, exit);
            var line = Assert.Single(lines, l => l.Contains("crit", StringComparison.Ordinal));
            Assert.Contains(plan, line);
            Assert.Contains("deadlines['results-report'].date 2024-12-15 must be on or after opensOn 2024-01-01 and before closesOn 2024-11-15", line);
            Assert.DoesNotContain(lines, l => l.StartsWith("at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(plan);
        }
    }
}
