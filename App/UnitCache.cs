using System.Collections.Concurrent;
using DanVan.Domain.Repositories;

namespace DanVan.App;

/// <summary>
/// Keeps each unit's submissions in memory for a short while, so a submission costs one storage round trip (the
/// atomic write) instead of two. Safe because the write is still conditional on the version the form was filled
/// from: a stale cache can only cause a refused write, which the flow then resolves against storage
/// (<see cref="Forms.ItemFlow{T}"/> re-reads with <see cref="GetAsync{T}"/>, which is never cached).
/// </summary>
public sealed class UnitCache(ISubmissionRepository inner, TimeProvider time, TimeSpan ttl) : ISubmissionRepository
{
    private readonly ConcurrentDictionary<(string Plan, string Unit), (UnitSubmissions Unit, DateTimeOffset At)> _units = new();

    public async Task<UnitSubmissions> LoadUnitAsync(string planId, string unitId, CancellationToken ct)
    {
        if (_units.TryGetValue((planId, unitId), out var hit) && time.GetUtcNow() - hit.At < ttl) return hit.Unit;
        var unit = await inner.LoadUnitAsync(planId, unitId, ct);
        if (_units.Count > 10_000) _units.Clear();
        _units[(planId, unitId)] = (unit, time.GetUtcNow());
        return unit;
    }

    public Task<Versioned<T>> SaveAsync<T>(SubmissionKey key, T value, Versioned<T>? previous, Stamp stamp, CancellationToken ct)
        where T : class => WriteThroughAsync(key, () => inner.SaveAsync(key, value, previous, stamp, ct));

    public Task<Versioned<T>> AttachFileAsync<T>(SubmissionKey key, Versioned<T> current, Domain.Files.ItemFiles files, Stamp stamp,
        CancellationToken ct) where T : class => WriteThroughAsync(key, () => inner.AttachFileAsync(key, current, files, stamp, ct));

    /// <summary>A write to storage, then the cached unit updated with what was stored; a conflict drops the cached unit,
    /// so the next read (the flow's re-check) goes to storage.</summary>
    private async Task<Versioned<T>> WriteThroughAsync<T>(SubmissionKey key, Func<Task<Versioned<T>>> write) where T : class
    {
        try
        {
            var saved = await write();
            if (_units.TryGetValue((key.PlanId, key.UnitId), out var hit))
                _units[(key.PlanId, key.UnitId)] = (hit.Unit.With(key.Item, saved), hit.At);
            return saved;
        }
        catch (ConcurrencyConflictException)
        {
            _units.TryRemove((key.PlanId, key.UnitId), out _);
            throw;
        }
    }

    public Task<Versioned<T>?> GetAsync<T>(SubmissionKey key, CancellationToken ct) where T : class => inner.GetAsync<T>(key, ct);

    public Task<IReadOnlyList<UnitSubmissions>> LoadPlanAsync(string planId, CancellationToken ct) => inner.LoadPlanAsync(planId, ct);

    public Task<IReadOnlyList<UnitSubmissions>> LoadPlanAsync(string planId, IReadOnlyCollection<string> unitIds, CancellationToken ct) =>
        inner.LoadPlanAsync(planId, unitIds, ct);

    public Task<IReadOnlyList<AuditEntry>> HistoryAsync(string planId, string unitId, int max, CancellationToken ct) =>
        inner.HistoryAsync(planId, unitId, max, ct);
}
