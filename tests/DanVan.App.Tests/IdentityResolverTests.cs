namespace DanVan.App.Tests;

public class IdentityResolverTests
{
    private readonly World _world = new();
    private int _upnAsked;

    private Task<Identity?> Resolve(string? aad, string? upn)
    {
        var caller = World.Caller(aad) with
        {
            FindUpn = upn is null ? null : _ => { _upnAsked++; return Task.FromResult<string?>(upn); },
        };
        return new IdentityResolver(_world.Roster, _world.Editor).ResolveAsync(caller, default);
    }

    [Fact]
    public async Task Unknown_user_is_nobody()
    {
        Assert.Null(await Resolve("aad-stranger", null));
        Assert.Null(await Resolve("aad-stranger", "stranger@example.com"));
        Assert.Null(await Resolve(null, null));
    }

    [Fact]
    public async Task Finds_a_unit_head_by_object_id_without_asking_for_the_upn()
    {
        var who = await Resolve(World.HeadAad.ToUpperInvariant(), "alexw@example.com");

        Assert.Equal(new Identity(World.Head, World.Cckl), who);
        Assert.Equal(0, _upnAsked);
        Assert.Equal(["aad:" + World.HeadAad], _world.Roster.MemberLookups);
    }

    [Fact]
    public async Task Falls_back_to_the_upn_when_the_object_id_is_unknown()
    {
        var who = await Resolve("aad-of-binh", "Binh@Example.com");

        Assert.Equal(new Identity(World.Deputy, World.Cckl), who);
        Assert.Equal(1, _upnAsked);
        Assert.Equal(["aad:aad-of-binh", "upn:binh@example.com"], _world.Roster.MemberLookups);
    }

    [Fact]
    public async Task Asks_for_the_upn_when_there_is_no_object_id()
    {
        Assert.Equal(new Identity(World.Deputy, World.Cckl), await Resolve(null, "binh@example.com"));
        Assert.Equal(["upn:binh@example.com"], _world.Roster.MemberLookups);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task A_channel_without_a_upn_is_nobody(string? upn)
    {
        var caller = World.Caller("aad-of-binh") with { FindUpn = _ => Task.FromResult(upn) };

        Assert.Null(await new IdentityResolver(_world.Roster, _world.Editor).ResolveAsync(caller, default));
    }

    [Fact]
    public async Task The_head_of_an_inactive_unit_is_nobody() => Assert.Null(await Resolve("aad-former", null));

    [Fact]
    public async Task Office_members_have_no_unit() =>
        Assert.Equal(new Identity(World.Office, null), await Resolve("aad-not-on-roster", "vanphong@example.com"));
}
