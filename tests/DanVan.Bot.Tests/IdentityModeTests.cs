using DanVan.Bot.Hosting;
using DanVan.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Tests;

/// <summary>Anonymous mode (no MicrosoftAppId) only where it is meant: start-up refuses it elsewhere.</summary>
public sealed class IdentityModeTests
{
    /// <summary>Builds the real host as Program.cs does, in <paramref name="environment"/>, with no app registration.</summary>
    private static Exception? BuildError(string environment, params (string Key, string? Value)[] settings) =>
        Record.Exception(() =>
        {
            var config = new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = Azurite.ConnectionString, ["MicrosoftAppId"] = "", ["DanVan:AllowAnonymous"] = null,
            };
            foreach (var (k, v) in settings) config[k] = v;
            using var _ = DanVanHost.Build(["--environment", environment], b => b.Configuration.AddInMemoryCollection(config));
        });

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Outside_Development_no_app_id_stops_start_up_with_one_line_naming_the_settings(string environment)
    {
        var error = Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(BuildError(environment));

        Assert.DoesNotContain('\n', error.Message);
        Assert.StartsWith($"MicrosoftAppId is empty in the {environment} environment", error.Message);
        Assert.Contains("DanVan:AllowAnonymous=true (DanVan__AllowAnonymous)", error.Message);
    }

    [Theory]
    [InlineData("Production", "DanVan:AllowAnonymous", "yes")]
    [InlineData("Development", "MicrosoftAppTenantId", "contoso.onmicrosoft.com")]
    [InlineData("Development", "DanVan:AllowedTenants", "72f988bf-0000-0000-0000-000000000001, 12345")]
    public void A_malformed_identity_setting_stops_start_up(string environment, string key, string value)
    {
        var error = Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(BuildError(environment, (key, value)));

        Assert.StartsWith(key, error.Message);
    }

    [Fact]
    public void In_Development_no_app_id_is_the_local_anonymous_mode() => Assert.Null(BuildError("Development"));

    [Fact]
    public async Task With_DanVan_AllowAnonymous_the_production_host_starts_warns_and_serves_local_requests()
    {
        var log = new LogCapture();
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["DanVan:AllowAnonymous"] = "true" },
            replaceServices: s => s.AddSingleton<ILoggerProvider>(log), environment: "Production");
        var teams = new TeamsChannel(bot, connector);

        var (status, _) = await teams.SendAsync(teams.Message(TeamsUser.Alex, "help"));

        Assert.Equal(200, status);
        Assert.Single(connector.TakeAll());
        var warning = Assert.Single(log.AtLeast(LogLevel.Warning), e => e.Message.Contains("Anonymous mode"));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("DanVan:AllowAnonymous=true", warning.Message);
        foreach (var table in bot.Storage.Tables.All) await table.DeleteAsync();
    }
}

/// <summary>
/// The attack: an unsigned request naming an office member, with a serviceUrl of the caller's choosing, got
/// the export card posted there. An anonymous bot serves only a connector on this machine.
/// </summary>
public sealed class AnonymousServiceUrlTests : BotTest
{
    protected override IDictionary<string, string?>? Settings => OfficeDepartment.Settings;

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("http://127.0.0.1.evil.example/")]
    [InlineData("http://10.0.0.5:3978/")]
    [InlineData("not a url")]
    [InlineData(null)]
    public async Task An_unsigned_activity_whose_serviceUrl_is_not_loopback_is_refused_before_the_turn(string? serviceUrl)
    {
        await OfficeDepartment.SeedAsync(Bot);
        var message = Teams.Message(OfficeDepartment.Office, "xuất báo cáo");
        message["serviceUrl"] = serviceUrl;
        var click = Teams.CardAction(OfficeDepartment.Office, "export.create", new Dictionary<string, string?>());
        click["serviceUrl"] = serviceUrl;

        var (status, body) = await Teams.SendAsync(message);
        var (clickStatus, clickBody) = await Teams.SendAsync(click);

        Assert.Equal((401, 401), (status, clickStatus));
        Assert.Null(body);
        Assert.Null(clickBody);
        Assert.Empty(Connector.TakeAll());
        Assert.Equal(0, await ConversationRowsAsync());
    }

    [Fact]
    public async Task The_same_request_from_the_local_connector_is_served()
    {
        await OfficeDepartment.SeedAsync(Bot);

        Assert.Contains("Tải tệp Excel (.xlsx)", CardText(CardOf(Assert.Single(await SayAsync(OfficeDepartment.Office, "xuất báo cáo")))));
    }
}
