using System.Net;
using System.Text.Json.Nodes;
using DanVan.Bot.Hosting;
using DanVan.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using static DanVan.Bot.Tests.OfficeDepartment;

namespace DanVan.Bot.Tests;

/// <summary>The export's settings: a bad key or lifetime stops start-up; one key serves every instance.</summary>
public sealed class ExportSettingsTests
{
    private static WebApplication BuildHost(string key, string minutes = "15") => DanVanHost.Build([], builder =>
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ExportSetup.KeySetting] = key,
            ["Export:LinkMinutes"] = minutes,
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["MicrosoftAppId"] = "",
            ["DanVan:AllowAnonymous"] = "true",
        }));

    [Fact]
    public async Task A_short_signing_key_or_a_silly_lifetime_stops_start_up()
    {
        Assert.Contains("Export__SigningKey must be at least 32 characters",
            (await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => StartAsync(BuildHost("too-short")))).Message);
        Assert.Contains("Export__LinkMinutes must be between 1 and 1440",
            (await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => StartAsync(BuildHost("", "0")))).Message);
    }

    private static async Task StartAsync(WebApplication app)
    {
        await using (app) await app.StartAsync();
    }

    [Fact]
    public async Task A_link_made_on_one_instance_downloads_from_another_with_the_same_key_and_not_from_one_without()
    {
        var shared = new Dictionary<string, string?>(OfficeDepartment.Settings) { [ExportSetup.KeySetting] = "khoa-chung-cua-moi-phien-ban-0123456789" };
        var prefix = Azurite.NewTablePrefix();
        await using var connector = await LoopbackConnector.StartAsync();
        await using var first = await BotServer.StartAsync(shared, prefix);
        await using var second = await BotServer.StartAsync(shared, prefix);
        await using var stranger = await BotServer.StartAsync(OfficeDepartment.Settings, prefix);
        try
        {
            await SeedAsync(first);
            second.Clock.SetUtcNow(OfficeDepartment.Now);
            stranger.Clock.SetUtcNow(OfficeDepartment.Now);
            var teams = new TeamsChannel(first, connector);
            await teams.SendAsync(teams.Message(Office, "xuất báo cáo"));
            var url = connector.TakeAll().Select(a => a["attachments"]![0]!["content"]!["body"]!.AsArray()).SelectMany(b => b)
                .Where(e => (string?)e!["type"] == "ActionSet").SelectMany(e => e!["actions"]!.AsArray()).Select(a => (string)a!["url"]!).First();

            Assert.Equal(HttpStatusCode.OK, (await second.Http.GetAsync(url.Replace(first.BaseUrl, second.BaseUrl))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await stranger.Http.GetAsync(url.Replace(first.BaseUrl, stranger.BaseUrl))).StatusCode);
        }
        finally
        {
            foreach (var table in first.Storage.Tables.All) await table.DeleteAsync();
        }
    }
}
