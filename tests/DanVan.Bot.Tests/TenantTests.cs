using System.Text.Json.Nodes;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bot.Tests;

/// <summary>With tenants configured, an activity from any other tenant is refused before the bot reads storage.</summary>
public sealed class TenantTests : BotTest
{
    private const string Home = "72f988bf-0000-0000-0000-000000000001"; // TeamsChannel's activities carry this one
    private const string Sister = "5a0c3f1e-9b8d-4c7a-8e6f-1d2c3b4a5f60";
    private const string Foreign = "0badc0de-0000-4000-8000-000000000bad";

    private readonly CountingRoster _roster = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["MicrosoftAppTenantId"] = Home,
        ["DanVan:AllowedTenants"] = " " + Sister.ToUpperInvariant() + " ,",
    };

    protected override void ReplaceServices(IServiceCollection services) =>
        services.AddSingleton<IRosterRepository>(sp => _roster.Wrap(sp.GetRequiredService<DanVan.App.RosterCache>()));

    /// <summary>Sets (or, with null, removes) the two places Teams puts the tenant.</summary>
    private static JsonObject From(JsonObject activity, string? conversationTenant, string? channelDataTenant)
    {
        var conversation = activity["conversation"]!.AsObject();
        if (conversationTenant is null) conversation.Remove("tenantId"); else conversation["tenantId"] = conversationTenant;
        if (channelDataTenant is null) activity.Remove("channelData");
        else activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = channelDataTenant } };
        return activity;
    }

    private async Task AssertRefusedBeforeStorageAsync(JsonObject activity)
    {
        var (status, body) = await Teams.SendAsync(activity);

        Assert.Equal(403, status);
        Assert.Null(body);
        Assert.Equal(0, _roster.Reads);
        Assert.Empty(Connector.TakeAll());
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
        Assert.Equal(0, await ConversationRowsAsync());
    }

    [Theory]
    [InlineData(Foreign, Foreign)]
    [InlineData(Foreign, null)]
    [InlineData(null, Foreign)]
    [InlineData(Home, Foreign)] // both present and disagreeing: neither is believed
    [InlineData(Foreign, Home)]
    [InlineData(null, null)]    // no tenant at all
    [InlineData("not-a-guid", null)]
    public async Task A_message_from_another_tenant_is_refused_with_403_before_any_storage_read(string? conversation, string? channelData) =>
        await AssertRefusedBeforeStorageAsync(From(Teams.Message(TeamsUser.Alex, "tập huấn"), conversation, channelData));

    [Fact]
    public async Task A_card_action_or_an_install_from_another_tenant_is_refused_the_same_way()
    {
        await AssertRefusedBeforeStorageAsync(From(Teams.CardAction(TeamsUser.Alex, "training.submit", new Dictionary<string, string?>
        {
            ["totalStaff"] = "50", ["trained"] = "45", ["sessions"] = "2", ["lastSessionDate"] = "2024-03-15",
        }), Foreign, Foreign));
        await AssertRefusedBeforeStorageAsync(From(Teams.InstallationUpdate(TeamsUser.Alex), Foreign, Foreign));
        await AssertRefusedBeforeStorageAsync(From(Teams.ConversationUpdate(TeamsUser.Alex), null, Foreign));
    }

    [Theory]
    [InlineData(Home, Home)]
    [InlineData(Home, null)]
    [InlineData(null, Sister)]
    [InlineData(Sister, "5A0C3F1E-9B8D-4C7A-8E6F-1D2C3B4A5F60")]
    public async Task The_configured_tenants_are_served(string? conversation, string? channelData)
    {
        var (status, _) = await Teams.SendAsync(From(Teams.Message(TeamsUser.Alex, "tập huấn"), conversation, channelData));

        Assert.Equal(200, status);
        Assert.True(_roster.Reads > 0);
        Assert.Single(Connector.TakeAll());
    }

    /// <summary>Counts the roster reads that reach the repository the turn is given (the caller's identity is the first).</summary>
    private sealed class CountingRoster
    {
        private int _reads;
        public int Reads => Volatile.Read(ref _reads);

        public IRosterRepository Wrap(IRosterRepository inner) => new Counting(this, inner);

        private sealed class Counting(CountingRoster counter, IRosterRepository inner) : IRosterRepository
        {
            public Task<Member?> FindMemberAsync(string userKey, CancellationToken ct) { counter.Count(); return inner.FindMemberAsync(userKey, ct); }
            public Task<Unit?> FindUnitAsync(string unitId, CancellationToken ct) { counter.Count(); return inner.FindUnitAsync(unitId, ct); }
            public Task<IReadOnlyList<Unit>> ListUnitsAsync(CancellationToken ct) { counter.Count(); return inner.ListUnitsAsync(ct); }
            public Task<IReadOnlyList<Member>> ListMembersAsync(CancellationToken ct) { counter.Count(); return inner.ListMembersAsync(ct); }
            public Task<int> SeedAsync(RosterSeed seed, CancellationToken ct) => inner.SeedAsync(seed, ct);
        }

        private void Count() => Interlocked.Increment(ref _reads);
    }
}

/// <summary>With no tenant configured (local development) every tenant passes.</summary>
public sealed class NoTenantConfiguredTests : BotTest
{
    [Fact]
    public async Task Any_tenant_is_served_when_none_is_configured()
    {
        var activity = Teams.Message(TeamsUser.Alex, "tập huấn");
        activity["conversation"]!["tenantId"] = "0badc0de-0000-4000-8000-000000000bad";

        var (status, _) = await Teams.SendAsync(activity);

        Assert.Equal(200, status);
        Assert.Single(Connector.TakeAll());
    }
}
