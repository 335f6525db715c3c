namespace DanVan.Domain.Repositories;

/// <summary>
/// A plan year DanVan serves, as the office confirmed it (or as the host's plan file gave it): the plan file's own
/// text, so every instance and every restart reads the same year whatever file it was started with.
/// </summary>
/// <param name="Source">Where the text came from (a file name), for the audit and the office's list of years.</param>
public sealed record StoredPlan(string Id, string Source, string Json);

/// <summary>
/// The plan years DanVan knows. Each addition or change is one atomic write of the plan's row and its audit entry
/// (who, when, which file); a plan is never removed, so a past year stays readable.
/// </summary>
public interface IPlanStore
{
    Task<IReadOnlyList<StoredPlan>> ListAsync(CancellationToken ct);

    /// <summary>Adds a plan year; <see cref="ConcurrencyConflictException"/> if its id is taken (nothing written).</summary>
    Task AddAsync(StoredPlan plan, Stamp stamp, CancellationToken ct);

    /// <summary>Adds the plan, or replaces a stored plan of the same id whose text differs; false when it was already stored as it is.</summary>
    Task<bool> PutAsync(StoredPlan plan, Stamp stamp, CancellationToken ct);
}
