using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using DanVan.Testing;

namespace DanVan.PingBench;

/// <summary>
/// The loopback connector's <see cref="LoopbackConnector.Respond"/> hook playing Teams' global limit: a request
/// arriving when more than <c>rate</c> requests (answered or refused) arrived in the last second gets 429 with
/// Retry-After: 1. Every 200 is recorded here, in the parent process, so deliveries survive a killed bot.
/// </summary>
public sealed class RateLimiter(int rate)
{
    private static readonly Dictionary<string, string> RetryAfter = new() { ["Retry-After"] = "1" };
    private readonly Queue<long> _arrivals = new();
    private readonly Lock _gate = new();

    /// <summary>Deliveries (200s) by conversation id and text: more than one for a key is a duplicate.</summary>
    public ConcurrentDictionary<string, int> Delivered { get; } = new();
    public ConcurrentDictionary<string, byte> Conversations { get; } = new();
    public bool Recording { get; set; }
    private int _ok, _throttled;
    private long _first, _last;
    public int Ok => Volatile.Read(ref _ok);
    public int Throttled => Volatile.Read(ref _throttled);
    public TimeSpan FirstToLast => _first == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(_first, Volatile.Read(ref _last));

    public LoopbackConnector.Answer? Respond(JsonObject activity)
    {
        if (!Recording) return null;
        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            var windowStart = now - Stopwatch.Frequency;
            while (_arrivals.Count > 0 && _arrivals.Peek() <= windowStart) _arrivals.Dequeue();
            _arrivals.Enqueue(now);
            if (_arrivals.Count > rate)
            {
                _throttled++;
                return new LoopbackConnector.Answer(429, """{"error":{"code":"TooManyRequests","message":"bench limit"}}""", RetryAfter);
            }
            _ok++;
            if (_first == 0) _first = now;
            _last = now;
        }
        var conversation = (string?)activity["conversation"]?["id"] ?? "?";
        var text = (string?)activity["text"] ?? "";
        Conversations[conversation] = 0;
        Delivered.AddOrUpdate(conversation + "\n" + text, 1, (_, n) => n + 1);
        return null;
    }

    public int Duplicates => Delivered.Values.Sum(n => n - 1);
}
