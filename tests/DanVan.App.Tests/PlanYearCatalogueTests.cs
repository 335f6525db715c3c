using DanVan.App.Years;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.App.Tests;

/// <summary>The catalogue of plan years: which one is current on a day, and what a storage failure leaves.</summary>
public sealed class PlanYearCatalogueTests
{
    private static string Sample2027 => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plans", "ke-hoach-2027-mau.json"));

    [Fact]
    public async Task The_next_year_is_current_from_its_opening_date_and_the_host_year_stays_known()
    {
        var world = new World();
        var years = world.Services.GetRequiredService<PlanYears>();
        await world.Services.GetRequiredService<IPlanStore>().AddAsync(new StoredPlan("2027", "ke-hoach-2027-mau.json", Sample2027), new Stamp("x", "x", DateTimeOffset.UnixEpoch), default);
        years.Forget();

        world.Time.UtcNow = new DateTimeOffset(2026, 11, 30, 16, 59, 0, TimeSpan.Zero); // 23:59 on 30/11/2026 in Vietnam
        Assert.Equal("2024", (await years.CurrentAsync(default)).Plan.Id);
        world.Time.UtcNow = new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero); // 00:00 on 01/12/2026
        years.Forget();
        Assert.Equal("2027", (await years.CurrentAsync(default)).Plan.Id);
        Assert.Equal(["2024", "2027"], (await years.AllAsync(default)).Select(p => p.Id));
        Assert.Equal("2024", (await years.PreviousAsync((await years.ByYearAsync(2027, default))!.Plan, default))!.Id);
        Assert.Null(await years.ByIdAsync("2099", default));
        Assert.Same(world.Service, (await years.ByIdAsync("2024", default))!.Conversation);
    }

    [Fact]
    public async Task Storage_out_of_reach_leaves_the_years_last_read_instead_of_failing_the_turn()
    {
        var store = new FailingPlans();
        var world = new World();
        var years = new PlanYears(World.Plan, store, world.Services, world.Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<PlanYears>.Instance);

        Assert.Equal(["2024"], (await years.AllAsync(default)).Select(p => p.Id));
    }

    private sealed class FailingPlans : IPlanStore
    {
        public Task<IReadOnlyList<StoredPlan>> ListAsync(CancellationToken ct) => throw new StorageUnavailableException("down", new IOException("down"));
        public Task AddAsync(StoredPlan plan, Stamp stamp, CancellationToken ct) => throw new StorageUnavailableException("down", new IOException("down"));
        public Task<bool> PutAsync(StoredPlan plan, Stamp stamp, CancellationToken ct) => throw new StorageUnavailableException("down", new IOException("down"));
    }
}
