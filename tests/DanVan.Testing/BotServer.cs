using DanVan.Bot.Hosting;
using DanVan.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Testing;

/// <summary>The real DanVan host on Kestrel (127.0.0.1, a free port) over Azurite, with a clock the test controls.</summary>
public sealed class BotServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotServer(WebApplication app, FakeTimeProvider clock, StorageServices storage, string baseUrl) =>
        (_app, Clock, Storage, BaseUrl) = (app, clock, storage, baseUrl);

    public FakeTimeProvider Clock { get; }
    public StorageServices Storage { get; }
    public string BaseUrl { get; }
    public HttpClient Http { get; } = new();

    /// <summary>The host's services, for tests that call what no HTTP endpoint exposes (e.g. the proactive sender).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>10/05/2024 09:00 in Vietnam: after the unit-plan deadline, inside the plan year.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2024, 5, 10, 2, 0, 0, TimeSpan.Zero);

    /// <param name="replaceServices">Runs after DanVan's registrations and the test clock (e.g. the benchmark's echo bot).</param>
    /// <param name="environment">The host's environment name (ASPNETCORE_ENVIRONMENT); null leaves the process's (Production if unset).</param>
    /// <param name="now">What the host's clock reads at start (<see cref="DefaultNow"/> if null): a restart at a given time.</param>
    public static async Task<BotServer> StartAsync(IDictionary<string, string?>? settings = null, string? tablePrefix = null,
        Action<IServiceCollection>? replaceServices = null, string? environment = null, DateTimeOffset? now = null)
    {
        var clock = new FakeTimeProvider(now ?? DefaultNow);
        var config = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = Azurite.ConnectionString,
            ["Storage:TablePrefix"] = tablePrefix ?? Azurite.NewTablePrefix(),
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            // No app registration in tests: anonymous on purpose, whatever the environment (serviceUrls are loopback).
            ["DanVan:AllowAnonymous"] = "true",
            // Tests call ReminderRun.RunOnceAsync themselves; a test wanting the background service sets it "true".
            ["Reminders:Enabled"] = "false",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) config[k] = v;
        // With an app registration the setting would only earn a "has no effect" warning.
        if (!string.IsNullOrEmpty(config["MicrosoftAppId"]) && settings?.ContainsKey("DanVan:AllowAnonymous") != true) config.Remove("DanVan:AllowAnonymous");

        var app = DanVanHost.Build(environment is null ? [] : ["--environment", environment], builder =>
        {
            builder.Configuration.AddInMemoryCollection(config);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            replaceServices?.Invoke(services);
        });
        try
        {
            await DanVanHost.PrepareStorageAsync(app);
        }
        catch
        {
            // Start-up gave up (storage unreachable): nothing to serve, but the host's services must go.
            await app.DisposeAsync();
            throw;
        }
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotServer(app, clock, app.Services.GetRequiredService<StorageServices>(), address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }
}
