namespace DanVan.Domain.Repositories;

/// <summary>
/// Storage as the host's start-up and health checks see it, so the host needs no storage SDK type. Each call is one
/// attempt without the SDK's own retries: the caller decides whether and when to try again, and logs each attempt.
/// </summary>
public interface IStorageHealth
{
    /// <summary>Creates the tables that are missing. Throws <see cref="StorageUnavailableException"/> when storage
    /// cannot be reached or refuses.</summary>
    Task PrepareAsync(CancellationToken ct);

    /// <summary>One cheap read. Null when storage answered; otherwise what went wrong, for the log only (it names
    /// hosts and ports, so it never goes into a response).</summary>
    Task<string?> ProbeAsync(CancellationToken ct);
}
