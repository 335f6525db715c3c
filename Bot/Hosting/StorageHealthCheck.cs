using DanVan.Domain.Repositories;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVan.Bot.Hosting;

/// <summary>
/// Ready when storage answers a probe. The answer is kept for <c>Health:CacheSeconds</c>, so a load balancer
/// polling every second costs storage one request per period; one probe at a time, the others wait for it.
/// </summary>
public sealed class StorageHealthCheck(IStorageHealth storage, TimeProvider time, TimeSpan cacheFor, ILogger<StorageHealthCheck> log) : IHealthCheck, IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);

    public void Dispose() => _one.Dispose();
    private (DateTimeOffset At, HealthCheckResult Result)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (Fresh() is { } cached) return cached;
        await _one.WaitAsync(ct);
        try
        {
            if (Fresh() is { } settled) return settled;
            var problem = await storage.ProbeAsync(ct);
            if (problem is not null) log.LogWarning("Readiness: Table Storage or Blob Storage unreachable: {Problem}", problem);
            else if (_last is { Result.Status: not HealthStatus.Healthy }) log.LogInformation("Readiness: Table Storage and Blob Storage reachable again.");
            var result = problem is null ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("storage unreachable");
            _last = (time.GetUtcNow(), result);
            return result;
        }
        finally
        {
            _one.Release();
        }
    }

    private HealthCheckResult? Fresh() =>
        _last is { } last && time.GetUtcNow() - last.At < cacheFor ? last.Result : null;
}
