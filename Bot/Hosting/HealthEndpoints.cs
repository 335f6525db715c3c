using DanVan.Domain.Repositories;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVan.Bot.Hosting;

/// <summary>
/// ASP.NET Core health checks. <c>/healthz/live</c>: the process answers (no check runs, so a storage outage never
/// makes App Service restart a healthy process). <c>/healthz/ready</c> and <c>/healthz</c> (what run.sh and the
/// browser tests wait for): storage reachable and the plan loaded. Bodies say only healthy or unhealthy; the reason,
/// which names hosts and ports, goes to the log.
/// </summary>
public static class HealthEndpoints
{
    public const string Live = "/healthz/live";
    public const string Ready = "/healthz/ready";
    public const string Legacy = "/healthz";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddDanVanHealth(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(sp => new StorageHealthCheck(sp.GetRequiredService<IStorageHealth>(), sp.GetRequiredService<TimeProvider>(),
            TimeSpan.FromSeconds(sp.GetRequiredService<Settings.HealthSettings>().CacheSeconds), sp.GetRequiredService<ILogger<StorageHealthCheck>>()));
        services.AddSingleton<PlanHealthCheck>();
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag])
            .AddCheck<PlanHealthCheck>("plan", tags: [ReadyTag]);
        return services;
    }

    public static void MapDanVanHealth(this WebApplication app)
    {
        app.MapHealthChecks(Live, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync };
        app.MapHealthChecks(Ready, ready);
        app.MapHealthChecks(Legacy, ready);
    }

    // Status only: the default writer is plain text, and a detailed one would show descriptions and exceptions.
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(new { status = report.Status == HealthStatus.Healthy ? "healthy" : "unhealthy" });
    }
}
