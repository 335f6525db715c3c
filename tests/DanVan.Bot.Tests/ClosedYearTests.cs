using DanVan.Bot.Proactive;
using DanVan.Domain.Roster;
using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bot.Tests;

/// <summary>
/// The bot on the real clock (no demo clock, no test clock) with the 2024 plan, which closed on 15/11/2024: the
/// standing is the year's final result, no reminder or digest goes out although units and the office are reachable
/// and everything is overdue, and the closed year's figures can no longer be changed.
/// </summary>
public sealed class ClosedYearTests : BotTest
{
    private static readonly TeamsUser Carol = new("29:carol", "00000000-0000-0000-0000-000000000041", "Carol");

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Reminders:Enabled"] = "true",
        ["Reminders:Interval"] = "00:00:01",
    };

    protected override void ReplaceServices(IServiceCollection services) => services.AddSingleton(TimeProvider.System);

    [Fact]
    public async Task On_the_real_clock_the_2024_standing_is_its_final_result_and_nothing_is_sent()
    {
        Assert.True(DateTimeOffset.UtcNow > new DateTimeOffset(2024, 11, 15, 0, 0, 0, TimeSpan.FromHours(7)), "this test needs today's clock");
        await Bot.Storage.Roster.SeedAsync(new RosterSeed(false, [], [new Member(Carol.AadObjectId, null, Carol.Name, Role.Office, null)]), default);
        foreach (var user in new[] { TeamsUser.Alex, Carol })
        {
            Assert.Equal(200, (await Teams.SendAsync(Teams.InstallationUpdate(user))).Status);
            Connector.TakeAll(); // the welcome card
        }

        var standing = CardText(CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "tình hình"))));

        Assert.Contains("Kết quả năm 2024 — Chi cục Kiểm lâm", standing);
        Assert.Contains("đã khép lại ngày 15/11/2024", standing);
        Assert.Contains("Chỉ tiêu 2 — Kế hoạch của đơn vị: Chưa đạt", standing);
        Assert.DoesNotContain("quá hạn", standing);

        // The background service has run every second since start; a run now finds nothing due either.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Empty(Connector.TakeAll());
        var counts = await Bot.Services.GetRequiredService<ReminderRun>().RunOnceAsync(DateTimeOffset.UtcNow, "closed-year-test", default);
        Assert.Equal(0, counts.Due);
        Assert.Empty(Connector.TakeAll());
    }

    [Fact]
    public async Task The_office_reads_the_closed_year_as_it_stood_at_the_close()
    {
        await Bot.Storage.Roster.SeedAsync(new RosterSeed(false, [], [new Member(Carol.AadObjectId, null, Carol.Name, Role.Office, null)]), default);
        Assert.Equal(200, (await Teams.SendAsync(Teams.InstallationUpdate(Carol))).Status);
        Connector.TakeAll();

        var summary = CardText(CardOf(Assert.Single(await SayAsync(Carol, "tổng hợp"))));

        // The unit plan was due 20/04/2024; the year's last open day is 14/11/2024.
        var atClose = new DateOnly(2024, 11, 14).DayNumber - new DateOnly(2024, 4, 20).DayNumber;
        var today = DateOnly.FromDateTime(DateTime.UtcNow).DayNumber - new DateOnly(2024, 4, 20).DayNumber;
        Assert.Contains($"quá hạn {atClose} ngày", summary);
        Assert.DoesNotContain($"quá hạn {today} ngày", summary);
        Assert.DoesNotContain($"quá hạn {today - 1} ngày", summary);
    }

    [Fact]
    public async Task A_closed_year_refuses_changes_and_stores_nothing()
    {
        Assert.Equal(200, (await Teams.SendAsync(Teams.InstallationUpdate(TeamsUser.Alex))).Status);
        Connector.TakeAll();

        var (card, replies) = await ClickAsync(TeamsUser.Alex, "training.submit", new Dictionary<string, string?>
        {
            ["totalStaff"] = "50", ["trained"] = "45", ["sessions"] = "2", ["lastSessionDate"] = "2024-03-15", ["baseVersion"] = "",
        });

        Assert.Contains("Kế hoạch năm 2024 đã khép lại ngày 15/11/2024", CardText(card));
        Assert.Empty(replies);
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
    }
}
