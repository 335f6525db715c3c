using Azure.Monitor.OpenTelemetry.Exporter;
using DanVan.Bot.Hosting.Settings;
using DanVan.App.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DanVan.Bot.Hosting;

/// <summary>
/// OpenTelemetry traces, metrics and logs: ASP.NET Core, HttpClient (the Bot Connector and Table Storage) and
/// DanVan's own source and meter (<see cref="DanVanTelemetry"/>). Exported to the console when
/// <c>Telemetry:Console</c> is true, to Azure Monitor (Application Insights) when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set; with neither, no OpenTelemetry SDK at all (DanVan's
/// instruments cost next to nothing unlistened). <see cref="TelemetryRedaction"/> runs before any exporter.
/// </summary>
public static class Telemetry
{
    public const string ConsoleSetting = "Telemetry:Console";
    public const string AzureMonitorSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static void AddDanVanTelemetry(this WebApplicationBuilder builder)
    {
        // Decided while registering, so read here as start-up will bind them (SettingsRegistration).
        var console = SettingsRegistration.Read<TelemetrySettings>(builder.Configuration, TelemetrySettings.Section).Console;
        var azureMonitor = SettingsRegistration.Read<AppRegistrationSettings>(builder.Configuration, AppRegistrationSettings.Section)
            .ApplicationInsightsConnectionString is { Length: > 0 };
        // No exporter, no pipeline: the SDK would otherwise record every request and dependency span per turn for
        // nobody. DanVan's own instruments stay (a listener may still attach, as the tests do).
        if (console || azureMonitor) AddPipeline(builder.Services, console, azureMonitor);
    }

    /// <summary>The OpenTelemetry pipeline; public so that tests can run the very same one with in-memory exporters.</summary>
    public static OpenTelemetryBuilder AddPipeline(IServiceCollection services, bool console, bool azureMonitor)
    {
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("DanVan", serviceVersion: typeof(Telemetry).Assembly.GetName().Version?.ToString()))
            .WithTracing(t =>
            {
                t.AddSource(DanVanTelemetry.Name)
                    // Health probes every few seconds would drown the turns.
                    .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/healthz"))
                    .AddHttpClientInstrumentation()
                    .AddProcessor(new TelemetryRedaction());
                if (console) t.AddConsoleExporter();
            })
            .WithMetrics(m =>
            {
                m.AddMeter(DanVanTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (console) m.AddConsoleExporter();
            })
            .WithLogging(l =>
            {
                l.AddProcessor(new TelemetryRedaction.Logs());
                if (console) l.AddConsoleExporter();
            }, o =>
            {
                // The template and hashed arguments only: a formatted message would carry the user keys in clear.
                o.IncludeFormattedMessage = false;
                o.IncludeScopes = false;
            });
        // Reads the connection string from the same setting itself; added last, so redaction runs before it.
        if (azureMonitor) otel.UseAzureMonitorExporter();
        return otel;
    }
}
