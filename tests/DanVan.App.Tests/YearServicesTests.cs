using DanVan.App.Export;
using DanVan.App.Routing;
using DanVan.App.Years;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.App.Tests;

/// <summary>Another plan year's App: built from the host's parts, every route resolvable, the roster and storage shared.</summary>
public sealed class YearServicesTests
{
    private static Plan Plan2027() => PlanFile.Load(Path.Combine(AppContext.BaseDirectory, "plans", "ke-hoach-2027-mau.json"));

    [Fact]
    public void A_years_App_resolves_every_use_case_for_its_own_plan_and_shares_the_hosts_roster_and_storage()
    {
        var world = new World();
        using var year = YearServices.Build(Plan2027(), world.Services);

        Assert.Equal("2027", year.GetRequiredService<Plan>().Id);
        Assert.Equal("2027", year.GetRequiredService<ConversationService>().Plan.Id);
        Assert.NotNull(year.GetRequiredService<ExportService>());
        Assert.NotEmpty(year.GetRequiredService<RouteTable>().All);
        Assert.Same(world.Services.GetRequiredService<RosterCache>(), year.GetRequiredService<RosterCache>());
        Assert.Same(world.Services.GetRequiredService<ISubmissionRepository>(), year.GetRequiredService<ISubmissionRepository>());
        Assert.Same(world.Services.GetRequiredService<Access.TurnLimiter>(), year.GetRequiredService<Access.TurnLimiter>());
        Assert.Same(world.Services.GetRequiredService<PlanYears>(), year.GetRequiredService<PlanYears>());
        foreach (var flow in year.GetServices<Forms.IItemFlow>()) Assert.NotNull(flow);
    }
}
