namespace DanVan.App.Reminders;

/// <summary>"nhắc hạn" answered at once: <paramref name="Due"/> messages are being sent in the background since
/// <paramref name="At"/>, or (<paramref name="AlreadyRunning"/>) an earlier "nhắc hạn" started then is still sending.</summary>
public sealed record ReminderSendStart(DateTimeOffset At, int Due, bool AlreadyRunning);
