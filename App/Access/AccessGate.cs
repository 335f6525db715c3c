using DanVan.App.Telemetry;
using DanVan.Cards.Text;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;

namespace DanVan.App.Access;

/// <summary>
/// Applies <see cref="AccessPolicy"/> to a turn: a refusal is answered in the caller's language and written to
/// the department's audit history (who, when, what they tried), where the office reads it.
/// </summary>
/// <param name="log">Null only where no storage is wired (unit tests of other features); the host always sets it.</param>
public sealed class AccessGate(IRosterEditor? log, DepartmentClock clock)
{
    private const int MaxAttemptShown = 60;

    /// <summary>The refusal to answer with, or null when <paramref name="command"/> is allowed.</summary>
    public async Task<string?> RefuseCommandAsync(Identity who, Texts t, Command command, string? said, CancellationToken ct) =>
        AccessPolicy.ForCommand(who, command) is { } refusal ? await RefuseAsync(who, t, Clip(said), refusal, null, ct) : null;

    public async Task<string?> RefuseVerbAsync(Identity who, Texts t, string verb, VerbKind kind, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        if (AccessPolicy.ForVerb(who, kind, data) is not { } refusal) return null;
        var detail = refusal == Refusal.OtherUnit ? AccessPolicy.OtherUnitNamed(who, data) : null;
        return await RefuseAsync(who, t, Clip(verb), refusal, detail, ct);
    }

    private async Task<string> RefuseAsync(Identity who, Texts t, string attempt, Refusal refusal, string? detail, CancellationToken ct)
    {
        DanVanTelemetry.Refused(refusal.ToString());
        if (log is not null)
            await log.RecordRefusalAsync(new AccessRefused(new Stamp(who.Member.Key, who.Member.DisplayName, clock.UtcNow),
                attempt, refusal.ToString(), detail is null ? null : Clip(detail)), ct);
        return t.Refused(refusal);
    }

    private static string Clip(string? s)
    {
        var text = (s ?? "").Trim();
        return text.Length <= MaxAttemptShown ? text : text[..(MaxAttemptShown - 1)] + "…";
    }
}
