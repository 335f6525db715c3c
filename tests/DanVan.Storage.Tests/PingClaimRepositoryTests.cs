using DanVan.Domain.Reminders;
using DanVan.Domain.Repositories;

namespace DanVan.Storage.Tests;

public sealed class PingClaimRepositoryTests : StorageTest
{
    private const string Deadline = "unit-plan";
    private static readonly DateTimeOffset Now = new(2024, 4, 13, 1, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private static PingKey Key(string unit = "CCKL", string stage = "t-7") => new("2024", unit, "aad:head-" + unit, Deadline, stage);

    [Fact]
    public async Task A_ping_is_claimed_once_and_a_second_claim_is_refused()
    {
        var first = await Storage.Pings.TryClaimAsync(Key(), "instance-a", Now, default);
        var second = await Storage.Pings.TryClaimAsync(Key(), "instance-b", Now, default);

        Assert.Equal("instance-a", first!.Owner);
        Assert.Null(second);
        Assert.Equal(1, await CountRowsAsync(Storage.Tables.Pings, "2024|unit-plan|t-7"));
    }

    [Fact]
    public async Task Of_many_concurrent_claimers_exactly_one_wins_each_ping()
    {
        var keys = Enumerable.Range(0, 50).Select(i => Key("unit" + i)).ToArray();
        var winners = new System.Collections.Concurrent.ConcurrentBag<PingKey>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 20), new ParallelOptions { MaxDegreeOfParallelism = 20 }, async (claimer, ct) =>
        {
            foreach (var key in keys.OrderBy(_ => Random.Shared.Next()))
                if (await Storage.Pings.TryClaimAsync(key, "instance-" + claimer, Now, ct) is not null) winners.Add(key);
        });

        Assert.Equal(keys.Length, winners.Count);
        Assert.Equal(keys.OrderBy(k => k.UnitId), winners.OrderBy(k => k.UnitId));
    }

    [Fact]
    public async Task A_ping_marked_sent_reads_as_sent_and_cannot_be_reclaimed()
    {
        var claim = await Storage.Pings.TryClaimAsync(Key(), "instance-a", Now, default);
        Assert.False(await Storage.Pings.IsSentAsync(Key(), default));

        Assert.True(await Storage.Pings.MarkSentAsync(Key(), claim!.Version, Now.AddSeconds(2), default));

        Assert.True(await Storage.Pings.IsSentAsync(Key(), default));
        Assert.False(await Storage.Pings.IsSentAsync(Key("other"), default));
        Assert.Null(await Storage.Pings.ReclaimStaleAsync(Key(), "instance-b", Now + 2 * Timeout, Timeout, default));
    }

    [Fact]
    public async Task A_stale_claim_is_taken_over_by_exactly_one_of_two_instances()
    {
        var crashed = await Storage.Pings.TryClaimAsync(Key(), "instance-a", Now, default);
        var later = Now + Timeout + TimeSpan.FromSeconds(1);

        var both = await Task.WhenAll(
            Storage.Pings.ReclaimStaleAsync(Key(), "instance-b", later, Timeout, default),
            Storage.Pings.ReclaimStaleAsync(Key(), "instance-c", later, Timeout, default));

        var winner = Assert.Single(both, c => c is not null)!;
        Assert.Equal(2, winner.Attempts);
        // The crashed instance's version is stale now: if it wakes up, its "sent" is refused; the winner's counts.
        Assert.False(await Storage.Pings.MarkSentAsync(Key(), crashed!.Version, later, default));
        Assert.True(await Storage.Pings.MarkSentAsync(Key(), winner.Version, later, default));
        var stored = Assert.Single(await Storage.Pings.ListStageAsync("2024", Deadline, "t-7", default));
        Assert.Equal((winner.Owner, later), (stored.Owner, stored.SentAt));
    }

    [Fact]
    public async Task Racing_takeovers_of_many_stale_claims_give_each_one_owner()
    {
        // One race can be won by timing alone; 30 of them make a takeover that ignores the ETag show up.
        var keys = Enumerable.Range(0, 30).Select(i => Key("unit" + i)).ToArray();
        foreach (var key in keys) await Storage.Pings.TryClaimAsync(key, "crashed", Now, default);
        var later = Now + Timeout;

        var winners = await Task.WhenAll(keys.Select(async key =>
        {
            var race = await Task.WhenAll(Enumerable.Range(0, 3).Select(i =>
                Task.Run(() => Storage.Pings.ReclaimStaleAsync(key, "instance-" + i, later, Timeout, default))));
            return race.Count(c => c is not null);
        }));

        Assert.All(winners, n => Assert.Equal(1, n));
    }

    [Fact]
    public async Task A_fresh_claim_is_not_reclaimable()
    {
        await Storage.Pings.TryClaimAsync(Key(), "instance-a", Now, default);

        Assert.Null(await Storage.Pings.ReclaimStaleAsync(Key(), "instance-b", Now + Timeout - TimeSpan.FromSeconds(1), Timeout, default));
        Assert.Null(await Storage.Pings.ReclaimStaleAsync(Key("never-claimed"), "instance-b", Now + 2 * Timeout, Timeout, default));
        Assert.Equal("instance-a", Assert.Single(await Storage.Pings.ListStageAsync("2024", Deadline, "t-7", default)).Owner);
    }

    [Fact]
    public async Task A_stage_lists_only_its_own_claims_with_their_keys()
    {
        await Storage.Pings.TryClaimAsync(Key("CCKL"), "a", Now, default);
        await Storage.Pings.TryClaimAsync(Key("CCTL"), "a", Now, default);
        await Storage.Pings.TryClaimAsync(Key("CCKL", stage: "t-3"), "a", Now, default);

        var t7 = await Storage.Pings.ListStageAsync("2024", Deadline, "t-7", default);

        Assert.Equal([Key("CCKL"), Key("CCTL")], t7.Select(c => c.Key).OrderBy(k => k.UnitId));
        Assert.All(t7, c => Assert.Null(c.SentAt));
    }
}
