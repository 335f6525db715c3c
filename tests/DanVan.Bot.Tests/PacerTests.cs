using DanVan.Bot.Proactive;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Bot.Tests;

/// <summary>The pacer's slots on a fake clock: fixed spacing, and the global pace cut by 429s and recovering.</summary>
public sealed class PacerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2024, 4, 12, 1, 0, 0, TimeSpan.Zero));

    private Pacer New(double perSecond = 10, double cut = 0.5, double recovery = 0.1, double floor = 1) =>
        new(_clock, new ProactiveOptions { GlobalPerSecond = perSecond, ThrottledPaceFactor = cut, PaceRecoveryPerSecond = recovery, MinGlobalPerSecond = floor });

    /// <summary>When each of <paramref name="count"/> sends to distinct chats may go, relative to now.</summary>
    private static List<TimeSpan> Slots(Pacer pacer, FakeTimeProvider clock, int count)
    {
        var start = clock.GetUtcNow();
        var waits = Enumerable.Range(0, count).Select(i => (Index: i, Task: pacer.WaitAsync("chat-" + Guid.NewGuid(), default))).ToList();
        var slots = new TimeSpan[count];
        var step = TimeSpan.FromMilliseconds(1);
        for (var elapsed = TimeSpan.Zero; waits.Any(w => !w.Task.IsCompleted) && elapsed < TimeSpan.FromMinutes(1); elapsed += step)
        {
            foreach (var w in waits.Where(w => w.Task.IsCompleted && slots[w.Index] == default && w.Index > 0)) slots[w.Index] = clock.GetUtcNow() - start;
            clock.Advance(step);
        }
        foreach (var w in waits.Where(w => slots[w.Index] == default && w.Index > 0)) slots[w.Index] = clock.GetUtcNow() - start;
        return [.. slots];
    }

    [Fact]
    public void Sends_to_different_chats_are_spaced_by_the_global_rate()
    {
        var slots = Slots(New(perSecond: 10), _clock, 5);

        Assert.Equal([0, 100, 200, 300, 400], slots.Select(s => (int)Math.Round(s.TotalMilliseconds)));
    }

    [Fact]
    public void Sends_to_one_chat_are_spaced_by_the_per_conversation_rate()
    {
        var pacer = New(perSecond: 100);
        var first = pacer.WaitAsync("one", default);
        var second = pacer.WaitAsync("one", default);

        Assert.True(first.IsCompleted);
        // 7/s in one chat: 1/7 s ≈ 142.9 ms (FakeTimeProvider schedules in whole milliseconds), not the global 10 ms.
        _clock.Advance(TimeSpan.FromMilliseconds(140));
        Assert.False(second.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(3));
        Assert.True(second.IsCompleted);
    }

    [Fact]
    public void A_fan_out_that_fell_behind_uses_the_slots_it_missed_then_keeps_the_pace()
    {
        var pacer = New(perSecond: 10);
        Assert.True(pacer.WaitAsync("chat-a", default).IsCompleted); // slot 0
        // The send took 220 ms (slow connector, late timer): the slots at 100 and 200 ms went unused.
        _clock.Advance(TimeSpan.FromMilliseconds(220));

        var b = pacer.WaitAsync("chat-b", default);
        var c = pacer.WaitAsync("chat-c", default);
        var d = pacer.WaitAsync("chat-d", default);

        Assert.True(b.IsCompleted && c.IsCompleted, "the two missed slots are used at once");
        Assert.False(d.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(80));
        Assert.True(d.IsCompleted, "then the pace goes on from the slots, at 300 ms");
    }

    [Fact]
    public void After_a_pause_the_pace_starts_from_now_without_a_burst()
    {
        var pacer = New(perSecond: 10);
        Assert.True(pacer.WaitAsync("chat-a", default).IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.True(pacer.WaitAsync("chat-b", default).IsCompleted);
        Assert.False(pacer.WaitAsync("chat-c", default).IsCompleted);
    }

    [Fact]
    public void Late_timers_never_put_more_than_the_rate_into_one_rolling_second()
    {
        var pacer = New(perSecond: 10);
        var waits = Enumerable.Range(0, 30).Select(i => AnsweredAtOnce(pacer, "chat-" + i)).ToList();
        var went = waits.Where(w => w.IsCompleted).Select(_ => TimeSpan.Zero).ToList();
        var start = _clock.GetUtcNow();

        // A busy machine: the clock moves in uneven jumps, so many reserved slots come due at the same instant.
        foreach (var jump in new[] { 1300, 50, 700, 20, 1500, 10, 900, 3000, 5000 })
        {
            _clock.Advance(TimeSpan.FromMilliseconds(jump));
            var now = _clock.GetUtcNow() - start;
            for (var n = waits.Count(w => w.IsCompleted) - went.Count; n > 0; n--) went.Add(now);
        }

        Assert.Equal(30, went.Count);
        foreach (var t in went)
            Assert.True(went.Count(u => u > t - TimeSpan.FromSeconds(1) && u <= t) <= 10, $"more than 10 sends in the second up to {t}: {string.Join(", ", went)}");
    }

    [Fact]
    public void Answered_sends_fill_a_rolling_second_to_the_rate_and_no_further()
    {
        var pacer = New(perSecond: 40);
        var waits = Enumerable.Range(0, 120).Select(i => AnsweredAtOnce(pacer, "chat-" + i)).ToList();
        var went = waits.Where(w => w.IsCompleted).Select(_ => TimeSpan.Zero).ToList();
        var start = _clock.GetUtcNow();
        foreach (var jump in Enumerable.Repeat(10, 500))
        {
            _clock.Advance(TimeSpan.FromMilliseconds(jump));
            var now = _clock.GetUtcNow() - start;
            for (var n = waits.Count(w => w.IsCompleted) - went.Count; n > 0; n--) went.Add(now);
        }

        // Answered as soon as sent, a request is known to have reached Teams when it went: 40 in a second, not 41.
        Assert.All(went, t => Assert.True(went.Count(u => u > t - TimeSpan.FromSeconds(1) && u <= t) <= 40));
        Assert.Contains(went, t => went.Count(u => u > t - TimeSpan.FromSeconds(1) && u <= t) == 40);
    }

    /// <summary>A send whose request is answered the moment it may go (a connector with no delay).</summary>
    private static Task AnsweredAtOnce(Pacer pacer, string chat) =>
        pacer.WaitAsync(chat, default).ContinueWith(t => t.Result.Dispose(), TaskContinuationOptions.ExecuteSynchronously);

    [Fact]
    public async Task A_send_holds_its_place_in_the_rolling_second_until_its_answer()
    {
        var pacer = New(perSecond: 10, recovery: 0);
        var first = Enumerable.Range(0, 10).Select(i => pacer.WaitAsync("chat-" + i, default)).ToList();
        var eleventh = pacer.WaitAsync("chat-10", default);
        Step(TimeSpan.FromMilliseconds(1500));

        // Ten requests went out in the first second and none has been answered at 1.5 s: each may reach Teams only
        // now, so an eleventh would be the eleventh in Teams' rolling second.
        Assert.All(first, w => Assert.True(w.IsCompleted));
        Assert.False(eleventh.IsCompleted, "an eleventh send went while ten were unanswered");

        foreach (var w in first) (await w).Dispose(); // all answered at 1.5 s
        Step(TimeSpan.FromMilliseconds(999));
        Assert.False(eleventh.IsCompleted, "an eleventh send went within a second of ten answers");
        Step(TimeSpan.FromMilliseconds(1));
        Assert.True(eleventh.IsCompleted, "the eleventh send still waits a second after the answers");
    }

    /// <summary>Moves the clock in 1 ms steps, so each timer fires at its own instant (one big jump fires them all at its end).</summary>
    private void Step(TimeSpan span)
    {
        for (var t = TimeSpan.Zero; t < span; t += TimeSpan.FromMilliseconds(1)) _clock.Advance(TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public void A_429_cuts_the_global_pace_by_the_factor()
    {
        var pacer = New(perSecond: 10, cut: 0.5, recovery: 0);

        pacer.Throttled();

        Assert.Equal(5, pacer.GlobalPerSecond, 6);
        Assert.Equal([0, 200, 400], Slots(pacer, _clock, 3).Select(s => (int)Math.Round(s.TotalMilliseconds)));
    }

    [Fact]
    public void Throttles_within_a_second_of_a_cut_are_one_signal()
    {
        var pacer = New(perSecond: 10, cut: 0.5, recovery: 0);

        pacer.Throttled();
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        pacer.Throttled();
        Assert.Equal(5, pacer.GlobalPerSecond, 6);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        pacer.Throttled();
        Assert.Equal(2.5, pacer.GlobalPerSecond, 6);
    }

    [Fact]
    public void The_pace_never_drops_below_the_floor()
    {
        var pacer = New(perSecond: 10, cut: 0.1, recovery: 0, floor: 2);

        for (var i = 0; i < 5; i++) { pacer.Throttled(); _clock.Advance(TimeSpan.FromSeconds(1)); }

        Assert.Equal(2, pacer.GlobalPerSecond, 6);
    }

    [Fact]
    public void The_pace_climbs_back_linearly_to_the_configured_rate_and_no_further()
    {
        var pacer = New(perSecond: 10, cut: 0.5, recovery: 0.1); // +1/s each second

        pacer.Throttled();
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(7, pacer.GlobalPerSecond, 6);
        _clock.Advance(TimeSpan.FromSeconds(2.5));
        Assert.Equal(9.5, pacer.GlobalPerSecond, 6);
        _clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(10, pacer.GlobalPerSecond, 6);
    }

    [Theory]
    [InlineData(0, 0.9, 0.01, 1)]
    [InlineData(30, 0, 0.01, 1)]
    [InlineData(30, 1.5, 0.01, 1)]
    [InlineData(30, 0.9, -0.1, 1)]
    [InlineData(30, 0.9, 0.01, 0)]
    public void Nonsense_settings_are_refused_at_start(double perSecond, double cut, double recovery, double floor) =>
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => New(perSecond, cut, recovery, floor));
}
