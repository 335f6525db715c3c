namespace DanVan.Domain.Repositories;

/// <summary>
/// Everything one unit has submitted for a plan, read in one go (one partition), decoded per item on demand.
/// </summary>
public abstract class UnitSubmissions(string unitId)
{
    public string UnitId { get; } = unitId;

    public abstract Versioned<T>? Get<T>(string item) where T : class;

    /// <summary>Items kept as a list, e.g. every "model|…" record, keyed by their item key.</summary>
    public abstract IReadOnlyList<(string Item, Versioned<T> Value)> GetAll<T>(string itemPrefix) where T : class;
}
