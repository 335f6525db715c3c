using DanVan.App.Years;
using DanVan.Bot.Proactive;
using DanVan.Domain.Repositories;
using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bot.Tests;

/// <summary>
/// A next plan year that opens before the running one closes (units write next year's plans while this year's results
/// reports are still being chased): both years are open, so both remind. The 2024 plan closes on 15/11/2024; the 2025
/// plan here opens on 01/10/2024, so on Tuesday 15/10/2024 (2024's results-report deadline) 2025 is the current year.
/// </summary>
public sealed class OverlappingYearsTests : BotTest
{
    /// <summary>09:00 on Tuesday 15/10/2024 in Vietnam: 2024's results report is due today.</summary>
    private static readonly DateTimeOffset DeadlineDay = new(2024, 10, 15, 9, 0, 0, TimeSpan.FromHours(7));

    /// <summary>The 2024 plan a year on, opening on 01/10/2024.</summary>
    internal static string Plan2025()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plans", "ke-hoach-2024.json"));
        // Every date a year on, the id and year with them; then it opens on 01/10/2024, six weeks before 2024 closes.
        text = text.Replace("\"2024-", "\"2025-", StringComparison.Ordinal)
            .Replace("\"id\": \"2024\"", "\"id\": \"2025\"", StringComparison.Ordinal)
            .Replace("\"year\": 2024", "\"year\": 2025", StringComparison.Ordinal)
            .Replace("\"opensOn\": \"2025-01-01\"", "\"opensOn\": \"2024-10-01\"", StringComparison.Ordinal);
        Assert.Contains("\"opensOn\": \"2024-10-01\"", text);
        return text;
    }

    [Fact]
    public async Task A_year_still_open_when_the_next_one_opens_keeps_its_reminders()
    {
        // Alex heads Chi cục Kiểm lâm and has no results report for 2024: due today.
        Assert.Equal(200, (await Teams.SendAsync(Teams.InstallationUpdate(TeamsUser.Alex))).Status);
        await Bot.Services.GetRequiredService<IPlanStore>().AddAsync(new StoredPlan("2025", "ke-hoach-2025.json", Plan2025()),
            new Stamp("aad:test", "Test", DeadlineDay), default);
        var years = Bot.Services.GetRequiredService<PlanYears>();
        years.Forget();
        Bot.Clock.SetUtcNow(DeadlineDay);
        Assert.Equal("2025", (await years.CurrentAtAsync(DeadlineDay, default)).Plan.Id);

        var outgoing = await Bot.Services.GetRequiredService<ReminderRun>().PreviewAsync(DeadlineDay, default);

        var ping = Assert.Single(outgoing, o => o.Key.PlanId == "2024" && o.Key.DeadlineId == "results-report");
        Assert.Equal("CCKL", ping.Key.UnitId);
        // 2025 asks nothing yet on that day (its deadlines are in 2025).
        Assert.DoesNotContain(outgoing, o => o.Key.PlanId == "2025");
    }
}
