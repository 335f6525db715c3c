using DanVan.Cards.Reminders;

namespace DanVan.App.Reminders;

/// <summary>The pings of one deadline that a run would send now: how many units lack the item, and how many people
/// (their heads with an active chat) would be pinged.</summary>
public sealed record DeadlinePreview(ReminderSubject Subject, int Units, int Recipients)
{
    /// <summary>Who exactly: each unit (by name) and the person its ping would reach.</summary>
    public IReadOnlyList<PreviewPing> Pings { get; init; } = [];
}

/// <summary>One ping a run would send: the unit's name and its head's display name.</summary>
public sealed record PreviewPing(string Unit, string Person);

/// <summary>"nhắc hạn thử": what a run at <paramref name="At"/> would send, per deadline, and how many digests
/// (office and leaders) would go out. Nothing is claimed or sent.</summary>
public sealed record ReminderPreview(DateTimeOffset At, IReadOnlyList<DeadlinePreview> Deadlines, int Digests)
{
    /// <summary>Active units no ping can reach (no head, or no active chat with DanVan), by name: the office must act.</summary>
    public IReadOnlyList<string> Unreachable { get; init; } = [];

    public bool Nothing => Deadlines.Count == 0 && Digests == 0;
}
