using DanVan.Domain.Plans;

namespace DanVan.App.Reminders;

/// <summary>
/// "Nhắc ngay" answered at once: <paramref name="Deadline"/> null when it has no overdue unit; else either a send of
/// <paramref name="Units"/> units (<paramref name="People"/> messages) started in the background at <paramref name="At"/>,
/// or <paramref name="Done"/> when nothing was left to send (the counts say why), or <paramref name="AlreadyRunning"/>
/// since <paramref name="At"/>.
/// </summary>
public sealed record NudgeStart(Deadline? Deadline, DateTimeOffset At, int Units, int People, NudgeCounts? Done, bool AlreadyRunning);
