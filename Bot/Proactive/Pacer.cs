using System.Collections.Concurrent;

namespace DanVan.Bot.Proactive;

/// <summary>
/// Spaces sends evenly: at most one per 1/rate seconds globally and per conversation. Each caller reserves the
/// next free slot and waits for it on the <see cref="TimeProvider"/>; System.Threading.RateLimiting's limiters
/// would do the same but run on the real clock only, which tests with a fake clock cannot drive.
/// </summary>
internal sealed class Pacer(TimeProvider clock, double globalPerSecond, double perConversationPerSecond)
{
    private readonly TimeSpan _global = Interval(globalPerSecond);
    private readonly TimeSpan _perConversation = Interval(perConversationPerSecond);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _next = new();
    private readonly Lock _gate = new();
    private DateTimeOffset _nextGlobal;

    public Task WaitAsync(string conversationId, CancellationToken ct)
    {
        DateTimeOffset slot, now = clock.GetUtcNow();
        lock (_gate)
        {
            // The conversation's slot first, then the first global slot at or after it; both are reserved now, so
            // concurrent callers queue up behind each other instead of all waking at once.
            var conversationSlot = Max(now, _next.GetValueOrDefault(conversationId));
            slot = Max(conversationSlot, _nextGlobal);
            _nextGlobal = slot + _global;
            _next[conversationId] = slot + _perConversation;
            if (_next.Count > 10_000) Prune(now);
        }
        return slot > now ? Task.Delay(slot - now, clock, ct) : Task.CompletedTask;
    }

    // Slots in the past carry no information; dropping them keeps memory bounded on a long fan-out.
    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, next) in _next)
            if (next <= now) _next.TryRemove(key, out _);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static TimeSpan Interval(double perSecond) =>
        perSecond > 0 ? TimeSpan.FromSeconds(1 / perSecond) : throw new ArgumentOutOfRangeException(nameof(perSecond));
}
