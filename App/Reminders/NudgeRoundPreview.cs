using DanVan.Domain.Plans;

namespace DanVan.App.Reminders;

/// <summary>
/// What a nudge about <paramref name="Deadline"/> would do now: <paramref name="Pings"/> (unit and person, by name)
/// would be sent; <paramref name="AlreadyToday"/> were reminded today (by a nudge or the schedule) and are not again;
/// <paramref name="Unreachable"/> are overdue but have no unit head with an active chat.
/// </summary>
public sealed record NudgeRoundPreview(Deadline Deadline, IReadOnlyList<PreviewPing> Pings, IReadOnlyList<string> AlreadyToday,
    IReadOnlyList<string> Unreachable);
