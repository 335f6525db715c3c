using DanVan.App.Reminders;
using DanVan.Cards.Reminders;
using DanVan.Domain.Reminders;

namespace DanVan.Bot.Proactive;

/// <summary>
/// The office's "nhắc hạn thử" / "nhắc hạn" over <see cref="ReminderRun"/>, at the host's "now". Sends use the same
/// claims as the background service, so a command racing a scheduled run never doubles a ping.
/// </summary>
public sealed class ReminderCommands(ReminderRun run, TimeProvider clock) : IReminderCommands
{
    /// <summary>Who holds claims taken by a command: one id per process, readable in storage.</summary>
    public static readonly string InstanceId = $"command-{Environment.MachineName}-{Environment.ProcessId}";

    public async Task<ReminderPreview> PreviewAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var outgoing = await run.PreviewAsync(now, ct);
        var digests = outgoing.Count(o => o.Key.DeadlineId == ReminderFanOut.DigestDeadline);
        var deadlines = outgoing
            .Where(o => o.Key.DeadlineId != ReminderFanOut.DigestDeadline)
            .GroupBy(o => o.Key.DeadlineId)
            .Select(g => (Subject: ReminderItem.For(g.Key) is { } item ? ReminderSubjects.For(item.Item) : null, Group: g))
            .Where(x => x.Subject is not null)
            .Select(x => new DeadlinePreview(x.Subject!.Value, x.Group.Select(o => o.Key.UnitId).Distinct().Count(), x.Group.Count()))
            .OrderBy(d => d.Subject)
            .ToList();
        return new ReminderPreview(now, deadlines, digests);
    }

    public async Task<ReminderSendResult> SendNowAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var c = await run.RunOnceAsync(now, InstanceId, ct);
        return new ReminderSendResult(now, c.Due, c.Sent, c.AlreadyClaimed, c.Blocked + c.Gone, c.Failed);
    }
}
