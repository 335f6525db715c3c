using DanVan.Domain.Roster;

namespace DanVan.App.Tests;

public class RosterCacheTests
{
    private readonly FakeRoster _roster = new([World.Cckl], [World.Head]);
    private readonly SettableTime _time = new(World.Start);
    private readonly RosterCache _cache;

    public RosterCacheTests() => _cache = new RosterCache(_roster, _time, TimeSpan.FromSeconds(60));

    private static readonly string HeadKey = UserKeys.For(World.HeadAad, null);

    [Fact]
    public async Task A_member_is_read_from_storage_once_within_the_ttl_and_again_after_it()
    {
        Assert.Equal(World.Head, await _cache.FindMemberAsync(HeadKey, default));
        _time.UtcNow += TimeSpan.FromSeconds(59);
        Assert.Equal(World.Head, await _cache.FindMemberAsync(HeadKey, default));
        Assert.Single(_roster.MemberLookups);

        _time.UtcNow += TimeSpan.FromSeconds(2);
        await _cache.FindMemberAsync(HeadKey, default);
        Assert.Equal(2, _roster.MemberLookups.Count);
    }

    [Fact]
    public async Task An_unknown_user_is_remembered_as_unknown_too()
    {
        Assert.Null(await _cache.FindMemberAsync("aad:stranger", default));
        Assert.Null(await _cache.FindMemberAsync("aad:stranger", default));

        Assert.Single(_roster.MemberLookups);
    }

    [Fact]
    public async Task Clearing_forgets_everything_at_once()
    {
        await _cache.FindMemberAsync(HeadKey, default);
        _cache.Clear();
        await _cache.FindMemberAsync(HeadKey, default);

        Assert.Equal(2, _roster.MemberLookups.Count);
    }
}
