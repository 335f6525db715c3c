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

/// <summary>"nhắc hạn" answered at once: <paramref name="Due"/> messages are being sent in the background since
/// <paramref name="At"/>, or (<paramref name="AlreadyRunning"/>) an earlier "nhắc hạn" started then is still sending.</summary>
public sealed record ReminderSendStart(DateTimeOffset At, int Due, bool AlreadyRunning);

/// <summary>The office's reminder commands, run on demand from a chat.</summary>
public interface IReminderCommands
{
    Task<ReminderPreview> PreviewAsync(CancellationToken ct);

    /// <summary>
    /// Starts sending what is due now and returns without waiting: a paced fan-out to thousands of chats takes
    /// minutes, far longer than Teams waits for a turn. When it ends, the counts (<see cref="ReminderSendResult"/>)
    /// go to <paramref name="requesterKey"/>'s chat.
    /// </summary>
    Task<ReminderSendStart> StartSendAsync(string requesterKey, CancellationToken ct);
}
