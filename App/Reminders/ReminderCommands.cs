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

/// <summary>"nhắc hạn": what a run at <paramref name="At"/> did. Due: the messages the plan asks for now;
/// AlreadySent: claimed (or sent) by an earlier run; Blocked: the user blocked or removed the bot.</summary>
public sealed record ReminderSendResult(DateTimeOffset At, int Due, int Sent, int AlreadySent, int Blocked, int Failed);

/// <summary>The office's reminder commands, run on demand from a chat.</summary>
public interface IReminderCommands
{
    Task<ReminderPreview> PreviewAsync(CancellationToken ct);
    Task<ReminderSendResult> SendNowAsync(CancellationToken ct);
}
