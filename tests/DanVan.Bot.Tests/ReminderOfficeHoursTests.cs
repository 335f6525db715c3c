using System.Text.Json.Nodes;
using DanVan.Domain.Roster;
using DanVan.Testing;

namespace DanVan.Bot.Tests;

/// <summary>
/// Two instances of the real host on one Azurite, each with its background reminder service on its own clock, through
/// restarts. The 2024 unit plan is overdue; Alex's unit (CCKL) never sends it and Carol is in Văn phòng Sở. Thursday
/// 02/05 and Friday 03/05/2024 pass with no instance up; one starts at 01:45 on Saturday, then on Monday 06/05 one
/// restarts at 07:59 and the other at 08:01. Exactly Monday's two messages go, once: Carol's digest of 06/05 and
/// Alex's overdue-5 ping; Friday's digest and Thursday's ping are dropped.
/// </summary>
public sealed class ReminderOfficeHoursTests : BotTest
{
    private static readonly TeamsUser Carol = new("29:carol", "00000000-0000-0000-0000-000000000041", "Carol");
    private readonly string _prefix = Azurite.NewTablePrefix();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Storage:TablePrefix"] = _prefix };

    private static DateTimeOffset Ict(int month, int day, int hour, int minute) => new(2024, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    private Task<BotServer> StartInstanceAsync(DateTimeOffset now) =>
        BotServer.StartAsync(new Dictionary<string, string?> { ["Storage:TablePrefix"] = _prefix, ["Reminders:Enabled"] = "true" }, now: now);

    /// <summary>Lets the services run: each clock moves on by <paramref name="minutes"/> in small steps (pacing and
    /// the one-minute timer both follow it), and returns what reached the connector meanwhile.</summary>
    private async Task<List<JsonObject>> RunForAsync(int minutes, params BotServer[] bots)
    {
        var received = new List<JsonObject>();
        for (var i = 0; i < minutes * 6; i++)
        {
            foreach (var b in bots) b.Clock.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(15);
            received.AddRange(Connector.TakeAll());
        }
        for (var i = 0; i < 20; i++) { await Task.Delay(15); received.AddRange(Connector.TakeAll()); }
        return received;
    }

    [Fact]
    public async Task Two_instances_restarting_around_08_00_after_a_missed_friday_send_mondays_messages_once()
    {
        await Bot.Storage.Roster.SeedAsync(new RosterSeed(false, [], [new Member(Carol.AadObjectId, null, Carol.Name, Role.Office, null)]), default);
        foreach (var user in new[] { TeamsUser.Alex, Carol })
        {
            Assert.Equal(200, (await Teams.SendAsync(Teams.InstallationUpdate(user))).Status);
            Connector.TakeAll(); // the welcome card
        }

        // Saturday 01:45: Friday's digest and Thursday's ping were missed; neither is sent now nor later.
        await using (var night = await StartInstanceAsync(Ict(5, 4, 1, 45)))
            Assert.Empty(await RunForAsync(10, night));

        await using var a = await StartInstanceAsync(Ict(5, 6, 7, 59));
        Assert.Empty(await RunForAsync(0, a));
        // A's 08:00 tick and B's start at 08:01 (A's clock at 08:01 too) race for the same claims.
        a.Clock.Advance(TimeSpan.FromSeconds(50));
        await using var b = await StartInstanceAsync(Ict(5, 6, 8, 1));
        var monday = await RunForAsync(15, a, b);

        Assert.Equal(2, monday.Count);
        var digest = Assert.Single(monday, m => (string)m["conversation"]!["id"]! == "a:personal-29:carol");
        Assert.StartsWith("Tổng hợp ngày 06/05/2024:", Text(digest));
        var ping = Assert.Single(monday, m => (string)m["conversation"]!["id"]! == "a:personal-29:alex");
        Assert.StartsWith("Nhắc hạn: Chi cục Kiểm lâm", Text(ping));

        // The rest of Monday, on both: nothing more.
        Assert.Empty(await RunForAsync(20, a, b));
        foreach (var table in a.Storage.Tables.All) await table.DeleteAsync();
    }
}
