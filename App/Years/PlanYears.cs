using System.Collections.Concurrent;
using System.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;
using Microsoft.Extensions.Logging;

namespace DanVan.App.Years;

/// <summary>
/// The plan years DanVan serves side by side: the host's own plan (the <c>Plan:File</c> setting, served by the host's
/// App) and every year recorded in storage (<see cref="IPlanStore"/>: the office started it from chat, or the host
/// ran it before), each with an App of its own (<see cref="YearServices"/>). The current year is the latest one
/// opened (<see cref="PlanYearChoice"/>); the others stay readable ("năm 2024"). The stored list is read again after
/// <see cref="RefreshAfter"/>, so a year another instance started is served here too.
/// </summary>
public sealed class PlanYears(Plan configured, IPlanStore store, IServiceProvider host, DepartmentClock clock, ILogger<PlanYears> log) : IDisposable
{
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<string, (string Json, PlanYear Year)> _built = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _reading = new(1, 1);
    private (IReadOnlyList<Plan> Plans, DateTimeOffset At)? _known;

    /// <summary>The host's own year: served by the host's App itself.</summary>
    public PlanYear Configured { get; } = new(configured, host);

    /// <summary>Every year, oldest first.</summary>
    public async Task<IReadOnlyList<Plan>> AllAsync(CancellationToken ct)
    {
        if (_known is { } known && clock.UtcNow - known.At < RefreshAfter) return known.Plans;
        await _reading.WaitAsync(ct);
        try
        {
            if (_known is { } again && clock.UtcNow - again.At < RefreshAfter) return again.Plans;
            var plans = new List<Plan> { configured };
            IReadOnlyList<StoredPlan> recorded;
            try
            {
                recorded = await store.ListAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage unreachable: keep serving the years last read (the host's own at least) rather than fail
                // every turn; the list is read again at the next turn.
                log.LogWarning(e, "Plan years could not be read; serving the years last read.");
                return _known?.Plans ?? [configured];
            }
            foreach (var stored in recorded)
            {
                // The host's plan file wins over a stored copy of its own year (the file may have been corrected).
                if (stored.Id == configured.Id) continue;
                // Parsed again only when its text changed: the same plan object keeps the same App.
                if (_built.TryGetValue(stored.Id, out var built) && built.Json == stored.Json) plans.Add(built.Year.Plan);
                else if (Parse(stored) is { } plan)
                {
                    _texts[stored.Id] = stored.Json;
                    plans.Add(plan);
                }
            }
            IReadOnlyList<Plan> ordered = [.. plans.OrderBy(p => p.OpensOn).ThenBy(p => p.Year)];
            _known = (ordered, clock.UtcNow);
            return ordered;
        }
        finally
        {
            _reading.Release();
        }
    }

    /// <summary>The year served today: the latest that has opened.</summary>
    public async Task<PlanYear> CurrentAsync(CancellationToken ct) => Of(PlanYearChoice.Current(await AllAsync(ct), clock.Today));

    /// <summary>The year served at <paramref name="instant"/> (a reminder run's "now").</summary>
    public async Task<PlanYear> CurrentAtAsync(DateTimeOffset instant, CancellationToken ct) =>
        Of(PlanYearChoice.Current(await AllAsync(ct), DateOnly.FromDateTime(DepartmentClock.ToLocal(instant).DateTime)));

    /// <summary>The year a user named ("năm 2024"); null when DanVan knows no plan for it.</summary>
    public async Task<PlanYear?> ByYearAsync(int year, CancellationToken ct) =>
        (await AllAsync(ct)).LastOrDefault(p => p.Year == year) is { } plan ? Of(plan) : null;

    /// <summary>The year a card names (untrusted data): only a known plan id, else null.</summary>
    public async Task<PlanYear?> ByIdAsync(string? id, CancellationToken ct) =>
        id is { Length: > 0 } && (await AllAsync(ct)).FirstOrDefault(p => p.Id == id) is { } plan ? Of(plan) : null;

    /// <summary>The year before <paramref name="plan"/>, if DanVan knows one.</summary>
    public async Task<Plan?> PreviousAsync(Plan plan, CancellationToken ct) => PlanYearChoice.Previous(await AllAsync(ct), plan);

    /// <summary>A year this instance just recorded: read the list again on the next turn.</summary>
    public void Forget() => _known = null;

    /// <summary>Records the host's own plan, so the year stays readable after <c>Plan:File</c> moves on to the next one.</summary>
    public Task<bool> RecordConfiguredAsync(string json, string source, CancellationToken ct) =>
        store.PutAsync(new StoredPlan(configured.Id, source, json), new Stamp("system", "DanVan", clock.UtcNow), ct);

    public PlanYear Of(Plan plan)
    {
        if (plan.Id == configured.Id) return Configured;
        var json = _texts.GetValueOrDefault(plan.Id, "");
        // Built once per year (again only if its plan changed): each year's caches and route table live as long as the host.
        var built = _built.AddOrUpdate(plan.Id, _ => (json, new PlanYear(plan, YearServices.Build(plan, host))),
            (_, old) => old.Json == json && ReferenceEquals(old.Year.Plan, plan) ? old : (json, new PlanYear(plan, YearServices.Build(plan, host))));
        return built.Year;
    }

    /// <summary>A stored plan's text, checked as a plan file is; a broken one is left out with a warning (never a turn's failure).</summary>
    public Plan? Parse(StoredPlan stored)
    {
        try
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(stored.Json));
            return PlanFile.Parse(stream, stored.Source);
        }
        catch (InvalidDataException e)
        {
            log.LogWarning("Stored plan year {Id} is left out: {Problem}", stored.Id, e.Message);
            return null;
        }
    }

    public void Dispose()
    {
        foreach (var (_, year) in _built.Values) (year.Services as IDisposable)?.Dispose();
        _reading.Dispose();
    }
}
