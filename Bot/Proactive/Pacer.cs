using System.Collections.Concurrent;

namespace DanVan.Bot.Proactive;

/// <summary>
/// Spaces sends evenly: at most one per 1/rate seconds globally and per conversation. Each caller reserves the
/// next free slot and waits for it on the <see cref="TimeProvider"/>; System.Threading.RateLimiting's limiters
/// would do the same but run on the real clock only, which tests with a fake clock cannot drive.
/// </summary>
/// <remarks>
/// The global rate adapts (additive increase, multiplicative decrease, as TCP does): a 429 means the configured
/// rate is above what Teams grants right now, so the pace drops by <see cref="ProactiveOptions.ThrottledPaceFactor"/>
/// and climbs back by <see cref="ProactiveOptions.PaceRecoveryPerSecond"/> of the configured rate each second.
/// Without it, a sender set at the limit meets its jitter with 429s, and every retry is one more request above the
/// limit: the benchmark delivered 0.66 of the limit that way.
/// <para>
/// Slots alone do not bound a rolling second: on a busy machine the timers of several slots fire late, together, and
/// those sends land in the next second beside that second's own. Teams counts requests per rolling window, by when
/// they reach it, so a send is also held until fewer than the current rate may have reached Teams in the last
/// second. When a request reached Teams is known only to lie between its start and its answer: a request counts
/// from its start until one second after its answer (<see cref="Sending.Dispose"/>), in flight the whole time.
/// Counting from the start only (as an earlier version did) let uneven delays on the way bunch 41 arrivals into
/// Teams' second now and then; each cost a 429, a Retry-After and a pace cut, and the benchmark delivered 0.93 of
/// the limit. The cost of counting to the answer is the round trip: the rate becomes R per (1 s + round trip).
/// </para>
/// </remarks>
internal sealed class Pacer
{
    private readonly TimeProvider _clock;
    private readonly double _ceiling, _floor, _cut, _recovery;
    private readonly TimeSpan _perConversation;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan CatchUp = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _next = new();
    // Answers in the order they came (so in time order); requests not answered yet are only counted.
    private readonly Queue<DateTimeOffset> _answered = new();
    private int _inFlight;
    private readonly Lock _gate = new();
    private DateTimeOffset _nextGlobal, _lastRecovery, _noCutBefore;
    private double _rate;

    public Pacer(TimeProvider clock, ProactiveOptions options)
    {
        _clock = clock;
        _ceiling = Positive(options.GlobalPerSecond, nameof(options.GlobalPerSecond));
        _perConversation = TimeSpan.FromSeconds(1 / Positive(options.PerConversationPerSecond, nameof(options.PerConversationPerSecond)));
        _floor = Math.Min(_ceiling, Positive(options.MinGlobalPerSecond, nameof(options.MinGlobalPerSecond)));
        _cut = options.ThrottledPaceFactor is > 0 and <= 1 ? options.ThrottledPaceFactor
            : throw new ArgumentOutOfRangeException(nameof(options), "ThrottledPaceFactor must be in (0, 1].");
        _recovery = options.PaceRecoveryPerSecond >= 0 ? options.PaceRecoveryPerSecond
            : throw new ArgumentOutOfRangeException(nameof(options), "PaceRecoveryPerSecond must be ≥ 0.");
        _rate = _ceiling;
        _lastRecovery = clock.GetUtcNow();
    }

    /// <summary>How many times 429s have cut the pace (for logs and the benchmark).</summary>
    public int Cuts { get; private set; }

    /// <summary>The global rate in force now (sends per second).</summary>
    public double GlobalPerSecond
    {
        get { lock (_gate) { Recover(_clock.GetUtcNow()); return _rate; } }
    }

    /// <summary>Waits until a request to <paramref name="conversationId"/> may go; dispose the result when Teams has
    /// answered it (or the request failed), so its place in the rolling second is freed a second after.</summary>
    public async Task<Sending> WaitAsync(string conversationId, CancellationToken ct)
    {
        var slot = Reserve(conversationId, out var now);
        if (slot > now) await Task.Delay(slot - now, _clock, ct);
        while (TimeToRoom() is { } wait) await Task.Delay(wait, _clock, ct);
        return new Sending(this);
    }

    /// <summary>One request under way; <see cref="Dispose"/> records its answer.</summary>
    public sealed class Sending(Pacer pacer) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) pacer.Answered();
        }
    }

    private void Answered()
    {
        lock (_gate)
        {
            _inFlight--;
            _answered.Enqueue(_clock.GetUtcNow());
        }
    }

    private DateTimeOffset Reserve(string conversationId, out DateTimeOffset now)
    {
        DateTimeOffset slot;
        now = _clock.GetUtcNow();
        lock (_gate)
        {
            Recover(now);
            // The conversation's slot first, then the first global slot at or after it; both are reserved now, so
            // concurrent callers queue up behind each other instead of all waking at once.
            // A fan-out that fell behind (sends slower than their slots, timers late) may use the global slots it
            // missed in the last CatchUp instead of starting over from now: those slots were never used, and the
            // rolling-second check below still bounds what goes out. After a pause, the pace starts from now.
            var globalSlot = _nextGlobal >= now - CatchUp ? _nextGlobal : now;
            slot = Max(_next.GetValueOrDefault(conversationId), globalSlot);
            _nextGlobal = slot + TimeSpan.FromSeconds(1 / _rate);
            // One chat's spacing counts from when its send really goes, never from a caught-up slot in the past.
            _next[conversationId] = Max(slot, now) + _perConversation;
            if (_next.Count > 10_000) Prune(now);
        }
        return slot;
    }

    /// <summary>Null, with the send counted as in flight, when the last second has room for it; else how long until
    /// it may have.</summary>
    private TimeSpan? TimeToRoom()
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            Recover(now);
            while (_answered.Count > 0 && _answered.Peek() <= now - Window) _answered.Dequeue();
            if (_inFlight + _answered.Count < Math.Max(1, (int)_rate))
            {
                _inFlight++;
                return null;
            }
            // The oldest answer leaves the window first; with every counted request still in flight, look again
            // after one slot (an answer may come any moment).
            return _answered.Count > 0 ? _answered.Peek() + Window - now : TimeSpan.FromSeconds(1 / _rate);
        }
    }

    /// <summary>Teams answered 429: slow the global pace.</summary>
    public void Throttled()
    {
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            Recover(now);
            // Sends already in flight when the limit was crossed come back 429 together; they are one signal, not
            // many, so the pace is cut at most once per second (Teams' shortest throttling window).
            if (now < _noCutBefore) return;
            _rate = Math.Max(_floor, _rate * _cut);
            Cuts++;
            _noCutBefore = now + TimeSpan.FromSeconds(1);
        }
    }

    private void Recover(DateTimeOffset now)
    {
        if (now <= _lastRecovery) return;
        _rate = Math.Min(_ceiling, _rate + _ceiling * _recovery * (now - _lastRecovery).TotalSeconds);
        _lastRecovery = now;
    }

    // Slots in the past carry no information; dropping them keeps memory bounded on a long fan-out.
    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, next) in _next)
            if (next <= now) _next.TryRemove(key, out _);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static double Positive(double value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, $"{name} must be > 0.");
}
