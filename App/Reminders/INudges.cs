using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;

namespace DanVan.App.Reminders;

/// <summary>
/// The office's nudge, at the host's "now": the overdue units of one deadline reminded outside the schedule, through
/// the reminder claims, so a unit is reminded about a deadline at most once a day whoever asks, on whichever instance.
/// The send window and the year's phase are checked by the caller (<see cref="NudgeService"/>), on the same clock;
/// the plan is the caller's year (the host serves one sender for every year).
/// </summary>
public interface INudges
{
    /// <summary>The deadlines with overdue units now, with the count.</summary>
    Task<IReadOnlyList<NudgeChoice>> ChoicesAsync(Plan plan, CancellationToken ct);

    /// <summary>Whom a nudge about <paramref name="deadlineId"/> would reach now; null when it has no overdue unit
    /// (or is no deadline of the plan). Nothing is claimed or sent.</summary>
    Task<NudgeRoundPreview?> PreviewAsync(Plan plan, string deadlineId, CancellationToken ct);

    /// <summary>
    /// Claims and sends the nudge in the background (a paced send must not hold up the turn) and reports the counts
    /// (<see cref="NudgeCounts"/>) to <paramref name="requester"/>'s chat when it ends; when nothing is left to send it
    /// answers with the counts at once. The claims name the requester: who asked is stored with every nudge.
    /// </summary>
    Task<NudgeStart> StartAsync(Plan plan, string deadlineId, Stamp requester, CancellationToken ct);
}
