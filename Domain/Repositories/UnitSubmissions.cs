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

    /// <summary>This unit as it is after <paramref name="value"/> was saved, without reading it back.</summary>
    public UnitSubmissions With<TValue>(string item, Versioned<TValue> value) where TValue : class => new Overlay<TValue>(this, item, value);

    public static UnitSubmissions Empty(string unitId) => new Nothing(unitId);

    private sealed class Overlay<TValue>(UnitSubmissions inner, string item, Versioned<TValue> saved)
        : UnitSubmissions(inner.UnitId) where TValue : class
    {
        // One item always holds one type, so asking for it as another type is a programming error worth the cast exception.
        public override Versioned<T>? Get<T>(string i) where T : class => i == item ? (Versioned<T>)(object)saved : inner.Get<T>(i);

        public override IReadOnlyList<(string Item, Versioned<T> Value)> GetAll<T>(string itemPrefix) where T : class =>
        [
            .. inner.GetAll<T>(itemPrefix).Where(x => x.Item != item),
            .. item.StartsWith(itemPrefix, StringComparison.Ordinal) ? [(item, (Versioned<T>)(object)saved)] : Array.Empty<(string, Versioned<T>)>(),
        ];
    }

    private sealed class Nothing(string unitId) : UnitSubmissions(unitId)
    {
        public override Versioned<T>? Get<T>(string item) where T : class => null;
        public override IReadOnlyList<(string Item, Versioned<T> Value)> GetAll<T>(string itemPrefix) where T : class => [];
    }
}
