using DanVan.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DanVan.Bot.Tests;

/// <summary>Settings are read one way (bound, validated, checked at start): a bad value stops start-up naming the setting.</summary>
public sealed class SettingsTests
{
    private static WebApplication BuildHost(params (string Key, string? Value)[] settings) => DanVanHost.Build([], builder =>
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["MicrosoftAppId"] = "",
            ["DanVan:AllowAnonymous"] = "true",
            ["Urls"] = "http://127.0.0.1:0",
        };
        foreach (var (k, v) in settings) values[k] = v;
        builder.Configuration.AddInMemoryCollection(values);
    });

    [Theory]
    [InlineData("Storage:ConnectionString", "", "Storage__ConnectionString is not set")]
    [InlineData("Storage:TablePrefix", "danvan-2024", "Storage__TablePrefix must be letters and digits")]
    [InlineData("Storage:UnitCacheSeconds", "-1", "Storage__UnitCacheSeconds must be between 0 and 3600")]
    [InlineData("Roster:CacheSeconds", "99999", "Roster__CacheSeconds must be between 0 and 3600")]
    [InlineData("DanVan:TurnBurst", "0", "DanVan__TurnBurst must be at least 1")]
    [InlineData("DanVan:OfficeContact", "", "DanVan__OfficeContact must name")]
    [InlineData("Proactive:GlobalPerSecond", "0", "Proactive__GlobalPerSecond")]
    [InlineData("Reminders:Parallelism", "0", "__Parallelism at least 1")]
    [InlineData("Files:MaxMegabytes", "0", "Files__MaxMegabytes must be between 1 and 100")]
    [InlineData("Files:DownloadTimeoutSeconds", "0", "Files__DownloadTimeoutSeconds must be between 1 and 600")]
    [InlineData("Files:AllowedHosts", "com", "Files__AllowedHosts: \"com\" is not a host suffix")]
    [InlineData("Files:AllowedHosts", "sharepoint.com, *", "Files__AllowedHosts: \"*\" is not a host suffix")]
    [InlineData("Files:AllowedHosts", " , ", "Files__AllowedHosts must name at least one host suffix")]
    public async Task A_bad_value_stops_start_up_naming_the_setting(string key, string value, string message)
    {
        await using var app = BuildHost((key, value));

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(message, refused.Message);
    }

    /// <summary>The identity, tenant and demo-clock settings are settings like the others: bound, validated, and a bad
    /// value stops start-up (building or starting the host) with an <see cref="OptionsValidationException"/> whose one
    /// line names the setting.</summary>
    [Theory]
    [InlineData("Production", "DanVan:AllowAnonymous", "yes", "DanVan:AllowAnonymous must be true or false, not \"yes\" (DanVan__AllowAnonymous).")]
    [InlineData("Development", "MicrosoftAppTenantId", "contoso.onmicrosoft.com", "MicrosoftAppTenantId must hold Entra tenant ids (GUIDs)")]
    [InlineData("Development", "DanVan:AllowedTenants", "72f988bf-0000-0000-0000-000000000001, 12345", "DanVan:AllowedTenants must hold Entra tenant ids (GUIDs); \"12345\"")]
    [InlineData("Development", "DanVan:DemoStart", "12/04/2024", "DanVan:DemoStart (DanVan__DemoStart, run.sh: DANVAN_DEMO_START) is \"12/04/2024\"")]
    [InlineData("Production", "DanVan:AllowAnonymous", null, "MicrosoftAppId is empty in the Production environment")]
    public async Task A_bad_identity_tenant_or_clock_setting_stops_start_up_naming_the_setting(string environment, string key, string? value, string message)
    {
        var refused = await Record.ExceptionAsync(async () =>
        {
            await using var app = DanVanHost.Build(["--environment", environment], builder => builder.Configuration.AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Storage:ConnectionString"] = "UseDevelopmentStorage=true", ["MicrosoftAppId"] = "", ["DanVan:AllowAnonymous"] = "true",
                    ["Urls"] = "http://127.0.0.1:0", [key] = value,
                }));
            await app.StartAsync();
            await app.StopAsync();
        });

        var error = Assert.IsType<OptionsValidationException>(refused);
        Assert.Contains(message, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task Good_values_start()
    {
        await using var app = BuildHost(("DanVan:TurnBurst", "5"), ("Storage:TablePrefix", "danvan2024"));
        await app.StartAsync();
        await app.StopAsync();
    }

    [Fact]
    public async Task The_content_root_is_the_bots_folder_wherever_the_process_started()
    {
        await using var app = BuildHost();

        Assert.Equal(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory), Path.TrimEndingDirectorySeparator(app.Environment.ContentRootPath));
        // appsettings.json beside the bot was read: its roster seed is the sample file.
        Assert.Equal("plans/danh-sach-don-vi-mau.json", app.Configuration["Roster:SeedFile"]);
    }
}
