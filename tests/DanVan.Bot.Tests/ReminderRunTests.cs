using System.Text.Json.Nodes;
using DanVan.Bot.Proactive;
using DanVan.Domain.Reminders;
using DanVan.Domain.Roster;
using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bot.Tests;

/// <summary>
/// The reminder fan-out over real HTTP and Azurite, on the 2024 plan's calendar: the unit plan is due Saturday
/// 20/04/2024, so T-7 moves to Friday 12/04 and T-3 is Wednesday 17/04, both at 08:00 in Vietnam. Runs are given
/// their instant; the hosts' fake clocks only drive the sender's pacing.
/// </summary>
public sealed class ReminderRunTests : BotTest
{
    private const string AlexKey = "aad:00000000-0000-0000-0000-000000000020";
    private static readonly TeamsUser Bob = new("29:bob", "00000000-0000-0000-0000-000000000031", "Bob Head");
    private static readonly PingKey AlexT7 = new("2024", "CCKL", AlexKey, "unit-plan", "t-7");
    private readonly string _prefix = Azurite.NewTablePrefix();

    // A known prefix, so extra hosts can share this test's tables.
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Storage:TablePrefix"] = _prefix };

    private static DateTimeOffset Ict(int month, int day, int hour, int minute, int second = 0) =>
        new(2024, month, day, hour, minute, second, TimeSpan.FromHours(7));

    private async Task InstallAsync(TeamsUser user)
    {
        Assert.Equal(200, (await Teams.SendAsync(Teams.InstallationUpdate(user))).Status);
        Connector.TakeAll(); // the welcome card
    }

    /// <summary>Bob heads Chi cục Thủy lợi: a second unit, so "nothing sent" is not just "nobody to send to".</summary>
    private async Task InstallBobAsync()
    {
        await Bot.Storage.Roster.SeedAsync(new RosterSeed(false, [], [new Member(Bob.AadObjectId, null, Bob.Name, Role.UnitHead, "CCTL")]), default);
        await InstallAsync(Bob);
    }

    private Task<ReminderCounts> RunAsync(DateTimeOffset now, BotServer? bot = null, string instance = "test-1")
    {
        bot ??= Bot;
        return DriveAsync(bot.Services.GetRequiredService<ReminderRun>().RunOnceAsync(now, instance, default), bot);
    }

    // The sender paces on its host's fake clock: step the clocks until the work ends, so nothing really sleeps.
    private static async Task<T> DriveAsync<T>(Task<T> work, params BotServer[] bots)
    {
        for (var i = 0; i < 3000 && !work.IsCompleted; i++)
        {
            await Task.Delay(1);
            foreach (var b in bots) b.Clock.Advance(TimeSpan.FromMilliseconds(100));
        }
        return await work;
    }

    private static string Conversation(JsonObject activity) => (string)activity["conversation"]!["id"]!;

    [Fact]
    public async Task The_unit_plan_calendar_pings_once_per_stage_and_stops_when_the_plan_is_sent()
    {
        await InstallAsync(TeamsUser.Alex);

        Assert.Equal(0, (await RunAsync(Ict(4, 11, 8, 0))).Due);
        Assert.Empty(Connector.TakeAll());

        var first = await RunAsync(Ict(4, 12, 8, 5));
        Assert.Equal((1, 1, 1), (first.Due, first.Claimed, first.Sent));
        var ping = Assert.Single(Connector.TakeAll());
        Assert.Equal("a:personal-29:alex", Conversation(ping));
        Assert.StartsWith("Nhắc hạn: Chi cục Kiểm lâm chưa gửi", Text(ping));
        Assert.Contains("hạn 20/04/2024", Text(ping));
        var card = CardOf(ping)!;
        Assert.Contains("Cập nhật kế hoạch", CardText(card));
        Assert.Contains("\"verb\":\"unit-plan.open\"", card.ToJsonString());

        var again = await RunAsync(Ict(4, 12, 8, 6));
        Assert.Equal((1, 0, 0, 1), (again.Due, again.Claimed, again.Sent, again.AlreadyClaimed));
        Assert.Empty(Connector.TakeAll());

        await ClickAsync(TeamsUser.Alex, "unit-plan.submit", new Dictionary<string, string?>
        {
            ["issued"] = "true", ["planNumber"] = "12/KH-CCKL", ["issuedOn"] = "2024-04-05", ["sentOn"] = "2024-04-16",
            ["link"] = "https://snnptnt.tayninh.gov.vn/van-ban/12-kh-cckl.pdf", ["note"] = "", ["baseVersion"] = "",
        });
        var afterSubmit = await RunAsync(Ict(4, 17, 8, 5));
        Assert.Equal(0, afterSubmit.Due);
        Assert.Empty(Connector.TakeAll());
    }

    [Fact]
    public async Task A_head_whose_Teams_speaks_English_gets_the_reminder_in_English_and_others_in_Vietnamese()
    {
        await InstallAsync(TeamsUser.Alex with { Locale = "en-US" });
        await InstallBobAsync();

        Assert.Equal(2, (await RunAsync(Ict(4, 12, 8, 5))).Sent);

        var pings = Connector.TakeAll().ToDictionary(Conversation, Text);
        Assert.StartsWith("Reminder: Chi cục Kiểm lâm has not sent", pings["a:personal-29:alex"]);
        Assert.StartsWith("Nhắc hạn: Chi cục Thủy lợi chưa gửi", pings["a:personal-29:bob"]);
    }

    [Fact]
    public async Task A_unit_that_has_not_sent_its_plan_gets_the_next_stage()
    {
        await InstallAsync(TeamsUser.Alex);
        await RunAsync(Ict(4, 12, 8, 5));
        Connector.TakeAll();

        Assert.Equal(1, (await RunAsync(Ict(4, 17, 8, 5))).Sent);
        Assert.Contains("hạn 20/04/2024", Text(Assert.Single(Connector.TakeAll())));
        Assert.True(await Bot.Storage.Pings.IsSentAsync(AlexT7 with { StageId = "t-3" }, default));
    }

    [Fact]
    public async Task A_head_who_uninstalled_gets_nothing()
    {
        await InstallAsync(TeamsUser.Alex);
        await InstallBobAsync();
        var uninstall = Teams.InstallationUpdate(TeamsUser.Alex);
        uninstall["action"] = "remove";
        Assert.Equal(200, (await Teams.SendAsync(uninstall)).Status);

        var counts = await RunAsync(Ict(4, 12, 8, 5));

        Assert.Equal((1, 1), (counts.Due, counts.Sent));
        Assert.Equal("a:personal-29:bob", Conversation(Assert.Single(Connector.TakeAll())));
    }

    [Fact]
    public async Task Three_instances_at_the_same_instant_send_each_ping_exactly_once()
    {
        await InstallAsync(TeamsUser.Alex);
        await InstallBobAsync();
        await using var second = await BotServer.StartAsync(Settings);
        await using var third = await BotServer.StartAsync(Settings);
        BotServer[] bots = [Bot, second, third];

        foreach (var at in new[] { Ict(4, 12, 8, 5), Ict(4, 17, 8, 5), Ict(4, 17, 8, 6) })
        {
            var runs = bots.Select((b, i) => b.Services.GetRequiredService<ReminderRun>().RunOnceAsync(at, "instance-" + i, default));
            var counts = await DriveAsync(Task.WhenAll(runs), bots);

            Assert.Equal(6, counts.Sum(c => c.Due));
            Assert.Equal(at.Minute == 5 ? 2 : 0, counts.Sum(c => c.Sent));
            Assert.Equal(at.Minute == 5 ? 4 : 6, counts.Sum(c => c.AlreadyClaimed));
        }
        var sent = Connector.TakeAll();
        Assert.Equal(4, sent.Count);
        Assert.Equal(2, sent.Count(a => Conversation(a) == "a:personal-29:alex"));
        Assert.Equal(2, sent.Count(a => Conversation(a) == "a:personal-29:bob"));
    }

    [Fact]
    public async Task A_claim_left_unsent_by_a_crash_is_sent_after_the_timeout_and_never_before()
    {
        await InstallAsync(TeamsUser.Alex);
        // The crashed instance claimed at 08:01 and died before sending.
        Assert.NotNull(await Bot.Storage.Pings.TryClaimAsync(AlexT7, "crashed", Ict(4, 12, 8, 1), default));

        Assert.Equal(1, (await RunAsync(Ict(4, 12, 8, 5))).AlreadyClaimed);
        Assert.Equal(1, (await RunAsync(Ict(4, 12, 8, 10, 59))).AlreadyClaimed);
        Assert.Empty(Connector.TakeAll());

        var takeover = await RunAsync(Ict(4, 12, 8, 11), instance: "restarted");
        Assert.Equal((1, 1), (takeover.Reclaimed, takeover.Sent));
        Assert.Equal("a:personal-29:alex", Conversation(Assert.Single(Connector.TakeAll())));
        Assert.True(await Bot.Storage.Pings.IsSentAsync(AlexT7, default));

        Assert.Equal(0, (await RunAsync(Ict(4, 12, 8, 30))).Sent);
        Assert.Empty(Connector.TakeAll());
    }

    [Fact]
    public async Task From_the_deadline_the_office_and_leaders_get_one_digest_a_day_and_heads_do_not()
    {
        TeamsUser office = new("29:carol", "00000000-0000-0000-0000-000000000041", "Carol"), leader = new("29:dan", "00000000-0000-0000-0000-000000000042", "Dan");
        await Bot.Storage.Roster.SeedAsync(new RosterSeed(false, [],
            [new Member(office.AadObjectId, null, office.Name, Role.Office, null), new Member(leader.AadObjectId, null, leader.Name, Role.Leader, null)]), default);
        foreach (var user in new[] { TeamsUser.Alex, office, leader }) await InstallAsync(user);

        // Monday 22/04: the Saturday deadline has passed; no head's stage is due today, the digest is.
        var counts = await RunAsync(Ict(4, 22, 8, 5));
        Assert.Equal((2, 2), (counts.Due, counts.Sent));
        Assert.Equal(0, (await RunAsync(Ict(4, 22, 15, 0))).Sent);

        var digests = Connector.TakeAll();
        Assert.Equal(["a:personal-29:carol", "a:personal-29:dan"], digests.Select(Conversation).Order());
        Assert.All(digests, d => Assert.StartsWith("Tổng hợp ngày 22/04/2024: 15 đơn vị chưa gửi", Text(d)));
    }

    /// <summary>The hosted service on the host's clock: 10/05/2024 is a Friday after the deadline, so the office's
    /// digest of 08:00 is due; it goes out on the next tick after the office installs, and only once.</summary>
    [Fact]
    public async Task The_background_service_sends_due_reminders_on_its_clock_once()
    {
        var office = new TeamsUser("29:carol", "00000000-0000-0000-0000-000000000041", "Carol");
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["Reminders:Enabled"] = "true" });
        await bot.Storage.Roster.SeedAsync(new RosterSeed(false, [], [new Member(office.AadObjectId, null, office.Name, Role.Office, null)]), default);
        var teams = new TeamsChannel(bot, Connector);
        Assert.Equal(200, (await teams.SendAsync(teams.InstallationUpdate(office))).Status);
        Connector.TakeAll(); // the welcome card

        var received = new List<JsonObject>();
        for (var i = 0; i < 100 && received.Count == 0; i++)
        {
            bot.Clock.Advance(TimeSpan.FromSeconds(20));
            await Task.Delay(20);
            received.AddRange(Connector.TakeAll());
        }
        for (var i = 0; i < 10; i++)
        {
            bot.Clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(20);
        }
        received.AddRange(Connector.TakeAll());
        foreach (var table in bot.Storage.Tables.All) await table.DeleteAsync();

        Assert.StartsWith("Tổng hợp ngày 10/05/2024:", Text(Assert.Single(received)));
    }

    [Fact]
    public async Task Preview_lists_who_would_be_pinged_without_claiming_or_sending()
    {
        await InstallAsync(TeamsUser.Alex);
        var run = Bot.Services.GetRequiredService<ReminderRun>();

        var preview = await run.PreviewAsync(Ict(4, 12, 8, 5), default);

        Assert.Equal(AlexT7, Assert.Single(preview).Key);
        Assert.Empty(Connector.TakeAll());
        Assert.Equal(1, (await RunAsync(Ict(4, 12, 8, 5))).Sent); // nothing was claimed by the preview
        Assert.Empty(await run.PreviewAsync(Ict(4, 12, 8, 6), default));
    }
}
