using DanVan.Domain.Reminders;

namespace DanVan.Domain.Repositories;

/// <summary>A claim as stored: who holds it since when, its storage version, and when it was sent (null: not yet).</summary>
public sealed record PingClaim(PingKey Key, string Owner, DateTimeOffset ClaimedAt, string Version, DateTimeOffset? SentAt, int Attempts);

/// <summary>
/// Claim-before-send: a ping is sent only by the instance that claimed its key, and marked sent afterwards. A claim
/// left unsent (the instance crashed mid-send) can be taken over after a timeout by exactly one other instance.
/// </summary>
public interface IPingClaims
{
    /// <summary>The claim if this call created it; null if the key was already claimed (by anyone, sent or not).</summary>
    Task<PingClaim?> TryClaimAsync(PingKey key, string owner, DateTimeOffset now, CancellationToken ct);

    /// <summary>Records the send, only if the claim is still the one held at <paramref name="version"/>. False if it
    /// was taken over meanwhile (the send outlived the timeout) or is gone.</summary>
    Task<bool> MarkSentAsync(PingKey key, string version, DateTimeOffset now, CancellationToken ct);

    /// <summary>Takes over a claim unsent for at least <paramref name="timeout"/>; of concurrent callers at most one
    /// gets it. Null if it is missing, sent, still fresh, or someone else took it over first.</summary>
    Task<PingClaim?> ReclaimStaleAsync(PingKey key, string owner, DateTimeOffset now, TimeSpan timeout, CancellationToken ct);

    Task<bool> IsSentAsync(PingKey key, CancellationToken ct);

    /// <summary>Every claim of one fan-out (plan, deadline, stage; keys as in <see cref="PingKey"/>): one partition query, e.g. to find stale claims after a restart.</summary>
    Task<IReadOnlyList<PingClaim>> ListStageAsync(string planId, string deadlineId, string stageId, CancellationToken ct);
}
