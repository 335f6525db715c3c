using DanVan.App.Conversations;
using DanVan.App.Forms;
using DanVan.App.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.App.Tests;

/// <summary>The one registration the host and the tests share (<see cref="AppRegistration"/>).</summary>
public class AppRegistrationTests
{
    [Fact]
    public void Every_form_in_the_assembly_is_registered_with_its_flow_and_its_verbs()
    {
        var world = new World();

        var specs = world.Services.GetServices<IItemSpec>().Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
        var flows = world.Services.GetServices<IItemFlow>().Select(f => f.Name).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["model", "report", "training", "unit-plan"], specs);
        Assert.Equal(specs, flows);
        foreach (var name in specs)
            Assert.All(new[] { "open", "submit", "refresh" }, v => Assert.NotNull(world.Routes.ForVerb($"{name}.{v}")));
    }

    [Fact]
    public void A_missing_outside_part_stops_the_build_instead_of_a_null_branch_at_the_first_turn()
    {
        // Everything the World provides but the personal chat: the container refuses to build.
        var services = new ServiceCollection();
        foreach (var d in World.OutsideParts(new World()).Where(d => d.ServiceType != typeof(IPersonalChat))) ((ICollection<ServiceDescriptor>)services).Add(d);
        services.AddDanVanApp();

        var e = Assert.Throws<AggregateException>(() => services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
        Assert.Contains(nameof(IPersonalChat), e.ToString());
    }
}
