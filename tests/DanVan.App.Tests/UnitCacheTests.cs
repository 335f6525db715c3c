using DanVan.App.Forms;
using DanVan.Domain.Repositories;
using DanVan.Domain.Training;

namespace DanVan.App.Tests;

/// <summary>The submission path reads a unit from memory, yet never refuses or loses a save because of it.</summary>
public class UnitCacheTests
{
    private readonly World _world = new();
    private readonly CountingSubmissions _storage;
    private readonly UnitCache _cache;
    private readonly ItemFlow<TrainingReport> _flow;

    public UnitCacheTests()
    {
        _storage = new CountingSubmissions(_world.Submissions);
        _cache = new UnitCache(_storage, _world.Time, TimeSpan.FromSeconds(30));
        _flow = new ItemFlow<TrainingReport>(_world.TrainingSpec, World.Plan, _cache, _world.Clock, _world.Standing,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ItemFlow<TrainingReport>>.Instance);
    }

    [Fact]
    public async Task A_unit_is_read_once_within_the_ttl_and_a_save_keeps_the_cached_copy_current()
    {
        var first = await _cache.LoadUnitAsync(World.Plan.Id, World.Cckl.Id, default);
        var saved = await _cache.SaveAsync(World.TrainingKey, new TrainingReport(50, 45, 2, null), null, Stamp(), default);
        var again = await _cache.LoadUnitAsync(World.Plan.Id, World.Cckl.Id, default);

        Assert.Null(first.Get<TrainingReport>(SubmissionItems.Training));
        Assert.Equal(saved.Version, again.Get<TrainingReport>(SubmissionItems.Training)!.Version);
        Assert.Equal(1, _storage.UnitLoads);

        _world.Time.UtcNow += TimeSpan.FromSeconds(31);
        await _cache.LoadUnitAsync(World.Plan.Id, World.Cckl.Id, default);
        Assert.Equal(2, _storage.UnitLoads);
    }

    [Fact]
    public async Task A_form_filled_from_a_newer_version_than_the_cache_holds_is_saved_not_refused()
    {
        await _cache.LoadUnitAsync(World.Plan.Id, World.Cckl.Id, default);            // cached: nothing stored yet
        var other = _world.DeputySaves(new TrainingReport(50, 40, 1, null));            // another instance saves
        var form = World.Form(trained: "48", baseVersion: other.Version);               // the head opened it after that

        var result = await _flow.SubmitAsync(World.HeadActor(), form, default);

        Assert.True(result.Card.IsReceipt(), string.Join(" | ", result.Card.Texts()));
        Assert.Equal(48, (await _world.Submissions.GetAsync<TrainingReport>(World.TrainingKey, default))!.Value.Trained);
    }

    [Fact]
    public async Task A_stale_form_is_still_refused_when_the_cache_is_stale_too()
    {
        await _cache.LoadUnitAsync(World.Plan.Id, World.Cckl.Id, default);
        _world.DeputySaves(new TrainingReport(50, 40, 1, null));

        var result = await _flow.SubmitAsync(World.HeadActor(), World.Form(trained: "48", baseVersion: ""), default);

        Assert.False(result.Card.IsReceipt());
        Assert.Equal(40, (await _world.Submissions.GetAsync<TrainingReport>(World.TrainingKey, default))!.Value.Trained);
    }

    private static Stamp Stamp() => new("aad:" + World.HeadAad, "Alex Wilber", World.Start);

    /// <summary>Counts the partition reads that reach storage.</summary>
    private sealed class CountingSubmissions(ISubmissionRepository inner) : ISubmissionRepository
    {
        public int UnitLoads { get; private set; }

        public Task<UnitSubmissions> LoadUnitAsync(string planId, string unitId, CancellationToken ct)
        {
            UnitLoads++;
            return inner.LoadUnitAsync(planId, unitId, ct);
        }

        public Task<Versioned<T>?> GetAsync<T>(SubmissionKey key, CancellationToken ct) where T : class => inner.GetAsync<T>(key, ct);
        public Task<Versioned<T>> SaveAsync<T>(SubmissionKey key, T value, Versioned<T>? previous, Stamp stamp, CancellationToken ct) where T : class =>
            inner.SaveAsync(key, value, previous, stamp, ct);
        public Task<Versioned<T>> AttachFileAsync<T>(SubmissionKey key, Versioned<T> current, DanVan.Domain.Files.ItemFiles files, Stamp stamp,
            CancellationToken ct) where T : class => inner.AttachFileAsync(key, current, files, stamp, ct);
        public Task<IReadOnlyList<UnitSubmissions>> LoadPlanAsync(string planId, CancellationToken ct) => inner.LoadPlanAsync(planId, ct);
        public Task<IReadOnlyList<AuditEntry>> HistoryAsync(string planId, string unitId, int max, CancellationToken ct) => inner.HistoryAsync(planId, unitId, max, ct);
    }
}
