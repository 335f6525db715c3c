using DanVan.App;
using DanVan.App.Forms;
using DanVan.App.History;
using DanVan.App.Standing;
using DanVan.App.Training;
using DanVan.Domain.Training;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;
using DanVan.Bot.Hosting.Settings;
using Microsoft.Extensions.Options;
using DanVan.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace DanVan.Bot.Hosting;

/// <summary>Builds the web host. Tests call the same code with their own configuration, so they run the real bot.</summary>
public static class DanVanHost
{
    /// <param name="configure">Runs first: configuration and settings for the host.</param>
    /// <param name="replaceServices">Runs after DanVan's registrations, so tests and benchmarks can swap one (a clock, a bot).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null,
        Action<IServiceCollection>? replaceServices = null)
    {
        // The content root is the bot's own folder, wherever the process is started from: appsettings.json, the plan
        // and the roster seed sit beside DanVan.Bot.dll (started from elsewhere, the default would silently skip them).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        // One line per event with a timestamp, so a log can be read against Azurite's and the playground's.
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss.fff "; });
        configure?.Invoke(builder);
        builder.AddDanVanTelemetry();
        // An app type (e.g. SingleTenant from a deployment template) without an app id would fail every turn;
        // locally there is no app registration, so run anonymously.
        if (!SettingsRegistration.Read<AppRegistrationSettings>(builder.Configuration, AppRegistrationSettings.Section).HasAppId)
            builder.Configuration["MicrosoftAppType"] = "MultiTenant";
        builder.Services.AddSingleton<MessagesEndpoint>();
        AddDanVan(builder.Services, builder.Configuration);
        replaceServices?.Invoke(builder.Services);

        var app = builder.Build();
        LoadPlanOrStop(app);
        var (clock, identity) = IdentityOrStop(app);
        if (clock is DemoClock demo)
            app.Logger.LogWarning("Demo clock: {Clock}. Every deadline, standing count and reminder follows it; unset DanVan:DemoStart for the real clock.", demo);
        if (identity.Warning is { } identityWarning) app.Logger.LogWarning("{Warning}", identityWarning);
        app.MapPost("/api/messages", (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapDanVanHealth();
        app.MapGet(DanVan.App.Export.ExportService.PathPrefix + "{token?}", ExportEndpoint.DownloadAsync);
        FilesSetup.Map(app);
        ExportSetup.LogKey(app);
        return app;
    }

    /// <summary>
    /// Reads the plan file now, so a broken one stops start-up with one critical line naming the file, the field and
    /// the rule (<see cref="StartupException"/>), instead of failing the first turn or the reminder service with a
    /// stack trace.
    /// </summary>
    private static void LoadPlanOrStop(WebApplication app)
    {
        string? problem;
        Exception error;
        try
        {
            var plan = app.Services.GetRequiredService<Plan>();
            if (plan.Sample) app.Logger.LogWarning("Plan {File} is a SAMPLE plan (\"sample\": true), not an issued one: set Plan__File to the department's plan.",
                app.Services.GetRequiredService<PlanSettings>().File);
            return;
        }
        catch (InvalidDataException e) { (problem, error) = (e.Message, e); }
        catch (IOException e) { (problem, error) = ($"{app.Services.GetRequiredService<PlanSettings>().File}: the plan file could not be read ({e.Message})", e); }
        catch (UnauthorizedAccessException e) { (problem, error) = ($"{app.Services.GetRequiredService<PlanSettings>().File}: the plan file could not be read ({e.Message})", e); }
        problem = problem.ReplaceLineEndings(" ");
        app.Logger.LogCritical("DanVan cannot start: {Problem}", problem);
        // Disposing flushes the console logger, so the line is written before the process exits.
        ((IDisposable)app).Dispose();
        throw new StartupException(problem, error);
    }

    /// <summary>
    /// The clock and the identity mode, resolved now: no app id outside Development, a malformed tenant list or demo
    /// start (the settings' validation, <see cref="OptionsValidationException"/>) stops start-up here, before anything
    /// is served, with one critical line; the host is disposed first.
    /// </summary>
    private static (TimeProvider Clock, BotIdentity Identity) IdentityOrStop(WebApplication app)
    {
        try
        {
            _ = app.Services.GetRequiredService<TenantGate>();
            return (app.Services.GetRequiredService<TimeProvider>(), app.Services.GetRequiredService<BotIdentity>());
        }
        catch (OptionsValidationException e)
        {
            app.Logger.LogCritical("DanVan cannot start: {Problem}", e.Message);
            ((IDisposable)app).Dispose();
            throw;
        }
    }

    private static void AddDanVan(IServiceCollection services, IConfiguration config)
    {
        // Every settings class bound, validated and checked at start-up (SettingsRegistration).
        services.AddSettings<AppRegistrationSettings>(config, AppRegistrationSettings.Section);
        services.AddSettings<HostSettings>(config, HostSettings.Section);
        services.AddSingleton<IValidateOptions<HostSettings>, HostSettingsValidation>();
        services.AddSingleton<IValidateOptions<AppRegistrationSettings>, AppRegistrationSettingsValidation>();
        services.AddSettings<TelemetrySettings>(config, TelemetrySettings.Section);
        services.AddSingleton(sp => BotIdentity.From(sp.GetRequiredService<AppRegistrationSettings>(), sp.GetRequiredService<HostSettings>(),
            sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton(sp => TenantGate.From(sp.GetRequiredService<AppRegistrationSettings>(), sp.GetRequiredService<HostSettings>()));
        // DanVan:DemoStart (run.sh: DANVAN_DEMO_START) shifts the clock for a demo.
        services.AddSingleton(sp => DemoClock.FromSetting(sp.GetRequiredService<HostSettings>().DemoStart, TimeProvider.System));

        services.AddSettings<PlanSettings>(config, PlanSettings.Section);
        services.AddSettings<StorageSettings>(config, StorageSettings.Section);
        services.AddSettings<RosterSettings>(config, RosterSettings.Section);
        services.AddSettings<DanVanOptions>(config, DanVanOptions.Section);
        services.AddSettings<HealthSettings>(config, HealthSettings.Section);
        services.AddSettings<Proactive.ProactiveOptions>(config, Proactive.ProactiveOptions.Section)
            .Validate(o => o.GlobalPerSecond > 0 && o.PerConversationPerSecond > 0 && o.MinGlobalPerSecond > 0 && o.MaxAttempts >= 1
                && o.ThrottledPaceFactor is > 0 and <= 1, "Proactive__GlobalPerSecond, __PerConversationPerSecond and __MinGlobalPerSecond must be above 0, " +
                "__MaxAttempts at least 1 and __ThrottledPaceFactor in (0, 1].");
        services.AddSettings<Proactive.ReminderOptions>(config, Proactive.ReminderOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.ClaimTimeout > TimeSpan.Zero && o.MaxAttempts >= 1 && o.Parallelism >= 1,
                "Reminders__Interval and __ClaimTimeout must be positive, __MaxAttempts and __Parallelism at least 1.");

        services.AddSingleton(sp => PlanFile.Load(ResolvePath(sp.GetRequiredService<PlanSettings>().File)));
        services.AddSingleton(sp => sp.GetRequiredService<StorageSettings>() is var s ? new StorageServices(s.ConnectionString, s.TablePrefix) : null!);
        // What App needs of storage; App puts its caches in front (AppRegistration).
        services.AddSingleton(sp => sp.GetRequiredService<StorageServices>() is var s
            ? new AppStorage(s.Roster, s.RosterEditor, s.Submissions, s.Conversations,
                TimeSpan.FromSeconds(sp.GetRequiredService<RosterSettings>().CacheSeconds),
                TimeSpan.FromSeconds(sp.GetRequiredService<StorageSettings>().UnitCacheSeconds))
            : null!);
        services.AddSingleton(sp => sp.GetRequiredService<StorageServices>().Health);
        // Plan years side by side: the years recorded in storage, and the folder the office starts a next year from.
        services.AddSingleton(sp => sp.GetRequiredService<StorageServices>().Plans);
        services.AddSingleton(sp => new DanVan.App.Years.PlanFolder(ResolvePath(sp.GetRequiredService<PlanSettings>().Folder)));
        services.AddDanVanHealth(config);

        ExportSetup.Add(services, config);
        FilesSetup.Add(services, config);
        // The official reports (.docx): a loopback upload URL only where the bot runs on this machine.
        services.AddSingleton(sp => new DanVan.App.OfficialReports.UploadPolicy(
            sp.GetRequiredService<BotIdentity>().Anonymous || sp.GetRequiredService<IHostEnvironment>().IsDevelopment()));
        Teams.FileUpload.AddTo(services);
        services.AddSingleton<DanVan.App.OfficialReports.IFileUpload, Teams.FileUpload>();
        services.AddSingleton(new Teams.ReplySender.Options());
        services.AddSingleton<Teams.ReplySender>();
        services.AddSingleton<DanVan.App.Conversations.IPersonalChat, Teams.PersonalChat>();
        services.AddDanVanApp();

        // Reads MicrosoftAppType/Id/Password/TenantId; with no MicrosoftAppId the bot accepts anonymous requests
        // (local playground), with one it requires a valid Bot Framework token.
        // Connector clients come from one pool (one per service URL, kept for the life of the host) instead of a new
        // ConnectorClient and HttpClient per turn; token validation and credentials stay the SDK's.
        ConnectorPool.AddTo(services);
        services.AddSingleton<BotFrameworkAuthentication>(sp => new PooledBotFrameworkAuthentication(
            new ConfigurationBotFrameworkAuthentication(sp.GetRequiredService<IConfiguration>(),
                httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(), logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            sp.GetRequiredService<ConnectorPool>()));
        // CloudAdapter has two public constructors that DI finds ambiguous: build it explicitly.
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => new DanVanAdapter(
            sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<Language>(), sp.GetRequiredService<ILogger<DanVanAdapter>>()));
        services.AddTransient<IBot, Teams.DanVanBot>();

        // Proactive sends (reminders) through the same adapter; background work only, never from a turn.
        services.AddSingleton(sp => Proactive.ProactiveSender.Create(sp, sp.GetRequiredService<Proactive.ProactiveOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredService<StorageServices>().Pings);
        // Whether to run the background service at all is decided while registering: read once more, as start-up will.
        var reminders = SettingsRegistration.Read<Proactive.ReminderOptions>(config, Proactive.ReminderOptions.Section);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<Proactive.ReminderRun>(sp));
        services.AddSingleton<DanVan.App.Reminders.IReminderCommands, Proactive.ProactiveReminderCommands>();
        services.AddSingleton<DanVan.App.Reminders.INudges, Proactive.ProactiveNudges>();
        services.AddSingleton<Proactive.ProactiveReviewNotifier>();
        services.AddSingleton<DanVan.App.Reviews.IReviewNotifier>(sp => sp.GetRequiredService<Proactive.ProactiveReviewNotifier>());
        // The fan-out runs only here, in the background, so its pacing never holds up a turn.
        if (reminders.Enabled) services.AddHostedService<Proactive.ReminderService>();
        // The department channel's weekly picture: the only post DanVan makes in a channel (same switch and pace).
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<Proactive.DepartmentPostRun>(sp));
        if (reminders.Enabled) services.AddHostedService<Proactive.DepartmentPostService>();
    }

    /// <summary>
    /// Creates the tables and seeds the roster before the first request. Storage may come up after the bot (Azurite
    /// started beside it, a storage account still being created): wait for it, <c>Storage:StartupAttempts</c> times
    /// with a growing pause and one log line per attempt, then stop with a message that says so.
    /// </summary>
    public static async Task PrepareStorageAsync(WebApplication app, CancellationToken ct = default)
    {
        var storage = app.Services.GetRequiredService<StorageServices>();
        var health = app.Services.GetRequiredService<IStorageHealth>();
        var roster = app.Services.GetRequiredService<RosterSettings>();
        var log = app.Services.GetRequiredService<ILogger<StorageServices>>();
        // The first office members, so someone can open the roster card; like the seed, each added once, ever.
        // Read before touching storage: a malformed entry stops start-up with nothing half done.
        var office = OfficeBootstrap.Parse(roster.OfficeUsers, "Văn phòng Sở");
        var attempts = app.Services.GetRequiredService<StorageSettings>().StartupAttempts;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await health.PrepareAsync(ct);
                if (attempt > 1) log.LogInformation("Table Storage reachable at attempt {Attempt}/{Attempts}.", attempt, attempts);
                break;
            }
            catch (StorageUnavailableException e) when (attempt < attempts)
            {
                var pause = TimeSpan.FromSeconds(Math.Min(attempt, 5));
                log.LogWarning("Table Storage not reachable, attempt {Attempt}/{Attempts}: {Problem}. Next attempt in {Pause} s.",
                    attempt, attempts, e.Message, pause.TotalSeconds);
                // Real time on purpose: a demo or test clock must not stretch or freeze the wait for storage.
                await Task.Delay(pause, TimeProvider.System, ct);
            }
            catch (StorageUnavailableException e)
            {
                log.LogCritical("Table Storage not reachable, attempt {Attempt}/{Attempts}: {Problem}. Giving up.", attempt, attempts, e.Message);
                throw new InvalidOperationException(
                    $"Table Storage was not reachable after {attempts} attempts (Storage:StartupAttempts); check Storage:ConnectionString and that the storage account or Azurite is running. Last error: {e.Message}", e);
            }
        }
        if (roster.SeedFile is { Length: > 0 } seedFile)
        {
            var path = ResolvePath(seedFile);
            // A missing seed would leave everyone "unknown" without a word: stop and say which file.
            if (!File.Exists(path)) throw new InvalidOperationException($"Roster:SeedFile {seedFile} was not found at {path} (Roster__SeedFile; empty for no seed).");
            var seed = RosterFile.Load(path);
            var added = await storage.Roster.SeedAsync(seed, ct);
            log.LogInformation("Roster seed {File}{Sample}: {Added} rows added.", seedFile, seed.Sample ? " (SAMPLE DATA)" : "", added);
        }
        // The host's own plan is recorded too, so its year stays readable ("năm 2024") once Plan:File moves on.
        var planFile = app.Services.GetRequiredService<PlanSettings>().File;
        if (await app.Services.GetRequiredService<DanVan.App.Years.PlanYears>().RecordConfiguredAsync(
                await File.ReadAllTextAsync(ResolvePath(planFile), ct), Path.GetFileName(planFile), ct))
            log.LogInformation("Plan {File} recorded among the plan years.", planFile);
        if (office.Count > 0)
        {
            var added = await storage.Roster.SeedAsync(new RosterSeed(false, [], office), ct);
            log.LogInformation("Roster:OfficeUsers: {Count} office member(s) configured, {Added} rows added.", office.Count, added);
        }
    }

    private static string ResolvePath(string path) =>
        Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
}
