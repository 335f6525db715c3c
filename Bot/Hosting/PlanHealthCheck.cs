using DanVan.Domain.Plans;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVan.Bot.Hosting;

/// <summary>Ready only once the plan file is loaded: without it no form, standing or reminder can be answered.</summary>
public sealed class PlanHealthCheck(IServiceProvider services, ILogger<PlanHealthCheck> log) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            // The plan is a lazily built singleton: resolving it loads it once, or fails the same way every time.
            _ = services.GetRequiredService<Plan>();
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or FormatException or System.Text.Json.JsonException)
        {
            log.LogError(e, "Readiness: the plan file could not be loaded.");
            return Task.FromResult(HealthCheckResult.Unhealthy("plan not loaded"));
        }
    }
}
