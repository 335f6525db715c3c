namespace DanVan.Domain.Repositories;

/// <summary>Identifies one item a unit submits for a plan, e.g. ("2024", "CCKL", "training").</summary>
public sealed record SubmissionKey(string PlanId, string UnitId, string Item);

public static class SubmissionItems
{
    public const string Training = "training";
    public const string UnitPlan = "unit-plan";
    public const string Report = "report";
    /// <summary>Models are a list: each is stored as "model|{id}".</summary>
    public const string ModelPrefix = "model|";
}

/// <summary>
/// A change to a unit's data: who, when, what, and the value before and after, as JSON with the web defaults
/// of System.Text.Json (camelCase), which is how values are stored.
/// </summary>
public sealed record AuditEntry(string PlanId, string UnitId, string Item, Stamp Stamp, string? Before, string After)
{
    /// <summary>For a document attached to the item: the file added (its value is unchanged).</summary>
    public Files.StoredFile? File { get; init; }
}


public interface ISubmissionRepository
{
    Task<Versioned<T>?> GetAsync<T>(SubmissionKey key, CancellationToken ct) where T : class;

    /// <summary>
    /// Stores <paramref name="value"/> if the stored record is still the one read as <paramref name="previous"/>
    /// (null: there must be none yet) and records the change in the unit's audit history in the same atomic
    /// write. Throws <see cref="ConcurrencyConflictException"/> otherwise; then nothing is written.
    /// </summary>
    Task<Versioned<T>> SaveAsync<T>(SubmissionKey key, T value, Versioned<T>? previous, Stamp stamp, CancellationToken ct)
        where T : class;

    /// <summary>
    /// Records <paramref name="files"/> (the item's documents, the new one last) in the item's row if it is still the
    /// version read as <paramref name="current"/>, with an audit row naming the file added, in one atomic write; the
    /// value itself is unchanged. Throws <see cref="ConcurrencyConflictException"/> otherwise; then nothing is written.
    /// </summary>
    Task<Versioned<T>> AttachFileAsync<T>(SubmissionKey key, Versioned<T> current, Files.ItemFiles files, Stamp stamp, CancellationToken ct)
        where T : class;

    /// <summary>All of one unit's current items: one partition query.</summary>
    Task<UnitSubmissions> LoadUnitAsync(string planId, string unitId, CancellationToken ct);

    /// <summary>All units' current items for a plan: one range query over the plan's partitions.</summary>
    Task<IReadOnlyList<UnitSubmissions>> LoadPlanAsync(string planId, CancellationToken ct);

    /// <summary>
    /// The same, read as a few range queries side by side, split at the roster's <paramref name="unitIds"/>: still no
    /// read per unit, but a department of a thousand units does not wait for its pages one after another. The
    /// slices cover the whole plan, so units missing from <paramref name="unitIds"/> come back too.
    /// </summary>
    Task<IReadOnlyList<UnitSubmissions>> LoadPlanAsync(string planId, IReadOnlyCollection<string> unitIds, CancellationToken ct) =>
        LoadPlanAsync(planId, ct);

    /// <summary>A unit's most recent changes, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> HistoryAsync(string planId, string unitId, int max, CancellationToken ct);
}
