using DanVan.Cards.Reminders;

namespace DanVan.App.Reminders;

/// <summary>The pings of one deadline that a run would send now: how many units lack the item, and how many people
/// (their heads with an active chat) would be pinged.</summary>
public sealed record DeadlinePreview(ReminderSubject Subject, int Units, int Recipients);

/// <summary>"nhắc hạn thử": what a run at <paramref name="At"/> would send, per deadline, and how many digests
/// (office and leaders) would go out. Nothing is claimed or sent.</summary>
public sealed record ReminderPreview(DateTimeOffset At, IReadOnlyList<DeadlinePreview> Deadlines, int Digests)
{
    public bool Nothing => Deadlines.Count == 0 && Digests == 0;
}
