namespace DanVan.App.Reminders;

/// <summary>
/// What a nudge did, in units: <paramref name="Sent"/> reminded now (<paramref name="People"/> messages delivered);
/// <paramref name="AlreadyToday"/> already reminded today (this run sent them nothing); <paramref name="Failed"/> whose
/// send failed (left to a later try); <paramref name="Unreachable"/> no head with an active chat, or every head's chat
/// refused the message (blocked, removed).
/// </summary>
public sealed record NudgeCounts(int Sent, int People, int AlreadyToday, int Failed, IReadOnlyList<string> Unreachable);
