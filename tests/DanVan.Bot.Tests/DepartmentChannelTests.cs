using System.Text.Json.Nodes;
using DanVan.Bot.Proactive;
using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Bot.Tests.OfficeDepartment;

namespace DanVan.Bot.Tests;

/// <summary>
/// The department channel over HTTP and Azurite: an office member makes a team channel the department's channel
/// ("đặt kênh sở"), DanVan posts the department picture there once a week (Monday 08:00 in the 2024 plan), once
/// across instances, naming no unit and carrying no link, and "dừng kênh sở" stops it.
/// </summary>
public sealed class DepartmentChannelTests : BotTest
{
    private readonly string _prefix = Azurite.NewTablePrefix();

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>(OfficeDepartment.Settings)
    {
        ["Storage:TablePrefix"] = _prefix,
    };

    /// <summary>Monday 21/10/2024 at 08:00 in Vietnam: the week's post is due.</summary>
    private static readonly DateTimeOffset Monday = new(2024, 10, 21, 8, 0, 0, TimeSpan.FromHours(7));

    /// <summary>The channel itself, as a new post: not the thread the command was typed in.</summary>
    private static bool InChannel(JsonObject a) => LoopbackConnector.PostedTo(a, TeamsChannel.TeamId);

    private async Task<IReadOnlyList<JsonObject>> SayInChannelAsync(TeamsUser user, string text)
    {
        var (status, _) = await Teams.SendAsync(TeamsChannel.InChannel(Teams.Message(user, text)));
        Assert.Equal(200, status);
        return Connector.TakeAll();
    }

    private static Task<DepartmentPostCounts> RunAsync(BotServer bot, DateTimeOffset now, string instance = "test-1") =>
        DriveAsync(bot.Services.GetRequiredService<DepartmentPostRun>().RunOnceAsync(now, instance, default), bot);

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

    [Fact]
    public async Task The_office_sets_the_channel_and_the_weekly_picture_is_posted_there_once_without_names_or_links()
    {
        await SeedAsync(Bot);

        var answer = Assert.Single(await SayInChannelAsync(Office, "đặt kênh sở"));
        Assert.Contains("Đã đặt kênh này làm kênh của Sở", Text(answer));
        Assert.Contains("thứ Hai lúc 08:00", Text(answer));

        Assert.Equal(0, (await RunAsync(Bot, Monday.AddMinutes(-1))).Due); // not yet
        var counts = await RunAsync(Bot, Monday);
        Assert.Equal((1, 1), (counts.Due, counts.Posted));
        var post = Assert.Single(Connector.TakeAll());
        Assert.True(InChannel(post), (string?)post["_path"]);
        Assert.DoesNotContain("messageid", (string?)post["_path"]);
        var card = CardOf(post)!;
        var json = card.ToJsonString();
        var text = CardText(card);
        Assert.Contains("Tình hình toàn Sở — công tác dân vận chính quyền năm 2024", text);
        Assert.Contains("Chart.HorizontalBar.Stacked", json);
        Assert.Contains("Học tập, quán triệt: còn 3 đơn vị.", text);
        Assert.Contains("145/150 (96,7%)", text);
        // A channel is read by the whole team: no unit named, no link, no button.
        foreach (var unit in new[] { "Chi cục Kiểm lâm", "Chi cục Thủy lợi", "Phòng Kế hoạch - Tài chính", "Đội kiểm tra" })
            Assert.DoesNotContain(unit, text);
        Assert.DoesNotContain("http", json.Replace("\"$schema\":\"http://adaptivecards.io/schemas/adaptive-card.json\"", "", StringComparison.Ordinal));
        Assert.DoesNotContain("Action.", json);

        // Later the same week, and after a restart: nothing more.
        Assert.Equal(0, (await RunAsync(Bot, Monday.AddDays(2), "test-2")).Posted);
        Assert.Empty(Connector.TakeAll());
        // The next week: the next picture.
        Assert.Equal(1, (await RunAsync(Bot, Monday.AddDays(7))).Posted);
        Assert.Single(Connector.TakeAll(), InChannel);
    }

    [Fact]
    public async Task Teams_announcing_the_install_again_keeps_the_channel_the_office_chose()
    {
        await SeedAsync(Bot);
        await SayInChannelAsync(Office, "đặt kênh sở");

        // Teams repeats the team install (installationUpdate, conversationUpdate): the team's record is written again.
        await Teams.SendAsync(TeamsChannel.InChannel(Teams.InstallationUpdate(Office)));
        await Teams.SendAsync(TeamsChannel.InChannel(Teams.ConversationUpdate(Office)));
        Connector.TakeAll();

        Assert.Equal(1, (await RunAsync(Bot, Monday)).Posted);
        Assert.Single(Connector.TakeAll(), InChannel);
    }

    [Fact]
    public async Task Dung_kenh_so_stops_the_weekly_post()
    {
        await SeedAsync(Bot);
        await SayInChannelAsync(Office, "đặt kênh sở");

        Assert.Contains("Đã dừng", Text(Assert.Single(await SayInChannelAsync(Office, "dừng kênh sở"))));
        Assert.Contains("chưa có kênh của Sở", Text(Assert.Single(await SayInChannelAsync(Office, "dung kenh so"))));

        Assert.Equal(0, (await RunAsync(Bot, Monday)).Due);
        Assert.Empty(Connector.TakeAll());
    }

    [Fact]
    public async Task A_unit_head_cannot_set_it_and_in_a_personal_chat_it_says_where_to_type_it()
    {
        await SeedAsync(Bot);

        var refused = Text(Assert.Single(await SayInChannelAsync(Head, "đặt kênh sở")));
        Assert.DoesNotContain("Đã đặt", refused);
        Assert.Contains("trong một kênh của nhóm", Text(Assert.Single(await SayAsync(Office, "đặt kênh sở"))));

        Assert.Equal(0, (await RunAsync(Bot, Monday)).Due);
    }

    [Fact]
    public async Task Two_instances_on_one_storage_post_the_weeks_picture_once()
    {
        await SeedAsync(Bot);
        await SayInChannelAsync(Office, "đặt kênh sở");
        await using var second = await BotServer.StartAsync(Settings);
        second.Clock.SetUtcNow(Now);
        BotServer[] bots = [Bot, second];

        foreach (var at in new[] { Monday, Monday.AddMinutes(1) })
        {
            var runs = bots.Select((b, i) => b.Services.GetRequiredService<DepartmentPostRun>().RunOnceAsync(at, "instance-" + i, default));
            await DriveAsync(Task.WhenAll(runs), bots);
        }

        Assert.Single(Connector.TakeAll(), InChannel);
    }
}
