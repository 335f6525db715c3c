using DanVan.App.Routing;
using DanVan.App.Telemetry;
using DanVan.Cards.Text;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;
using DanVan.Domain.Validation;

namespace DanVan.App.Access;

/// <summary>
/// Applies <see cref="AccessPolicy"/> to a turn: a refusal is answered in the caller's language and written to
/// the department's log of refused attempts (who, when, what they tried), where the office reads it.
/// </summary>
public sealed class AccessGate(IRosterEditor log, DepartmentClock clock)
{
    private const int MaxAttemptShown = 60;

    /// <summary>The refusal to answer with, or null when the caller may use the route.</summary>
    /// <param name="attempt">What they typed, or the card verb: for the log.</param>
    public async Task<string?> RefuseAsync(Route route, Identity who, Texts t, string? attempt, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        if (AccessPolicy.Check(route, who, data) is not { } refusal) return null;
        var detail = refusal == Refusal.OtherUnit ? AccessPolicy.OtherUnitNamed(who, data) : null;
        DanVanTelemetry.Refused(refusal.ToString());
        await log.RecordRefusalAsync(new AccessRefused(new Stamp(who.Member.Key, who.Member.DisplayName, clock.UtcNow),
            Clip(attempt), refusal.ToString(), detail is null ? null : Clip(detail)), ct);
        return t.Refused(refusal);
    }

    private static string Clip(string? s) => TextClip.Clip((s ?? "").Trim(), MaxAttemptShown);
}
