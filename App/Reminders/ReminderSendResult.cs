namespace DanVan.App.Reminders;

/// <summary>"nhắc hạn": what a run at <paramref name="At"/> did. Due: the messages the plan asks for now;
/// AlreadySent: claimed (or sent) by an earlier run; Blocked: the user blocked or removed the bot.</summary>
public sealed record ReminderSendResult(DateTimeOffset At, int Due, int Sent, int AlreadySent, int Blocked, int Failed);
