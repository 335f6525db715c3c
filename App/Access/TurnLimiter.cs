using System.Collections.Concurrent;
using DanVan.Domain.Time;

namespace DanVan.App.Access;

/// <summary>What the rate limit says about one turn.</summary>
public enum TurnAllowance
{
    Allowed,
    /// <summary>Over the limit, and the user has not been told since: answer once, saying to wait.</summary>
    LimitedTellOnce,
    /// <summary>Over the limit and already told: drop the turn without a word (no reply amplifies a flood).</summary>
    LimitedSilently,
}

/// <summary>
/// A token bucket per user on this instance: <see cref="DanVanOptions.TurnBurst"/> turns at once, refilled at
/// <see cref="DanVanOptions.TurnsPerMinute"/>. Checked before the roster is read, so a flood costs no storage.
/// Per instance on purpose: several instances only multiply a generous limit, and no shared store is touched.
/// </summary>
public sealed class TurnLimiter(DepartmentClock clock, DanVanOptions options)
{
    private const int MaxTracked = 100_000;

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new();
    private readonly double _perSecond = Math.Max(options.TurnsPerMinute, 1) / 60.0;
    private readonly double _burst = Math.Max(options.TurnBurst, 1);

    private sealed class Bucket(double tokens, DateTimeOffset at)
    {
        public double Tokens = tokens;
        public DateTimeOffset At = at;
        public bool Told;
    }

    public TurnAllowance Take(string userKey)
    {
        var now = clock.UtcNow;
        if (_buckets.Count > MaxTracked) _buckets.Clear();
        var bucket = _buckets.GetOrAdd(userKey, _ => new Bucket(_burst, now));
        lock (bucket)
        {
            var elapsed = (now - bucket.At).TotalSeconds;
            if (elapsed > 0) bucket.Tokens = Math.Min(_burst, bucket.Tokens + elapsed * _perSecond);
            bucket.At = now;
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                bucket.Told = false;
                return TurnAllowance.Allowed;
            }
            if (bucket.Told) return TurnAllowance.LimitedSilently;
            bucket.Told = true;
            return TurnAllowance.LimitedTellOnce;
        }
    }

    /// <summary>Whole seconds until the next turn is allowed, for the message.</summary>
    public int SecondsToWait => (int)Math.Ceiling(1 / _perSecond);
}
