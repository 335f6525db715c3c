using DanVan.App.Reminders;
using DanVan.Cards.Reminders;
using DanVan.Cards.Text;
using DanVan.Domain.Reminders;
using DanVan.Domain.Repositories;

namespace DanVan.Bot.Proactive;

/// <summary>
/// The office's "nhắc hạn thử" / "nhắc hạn" over <see cref="ReminderRun"/>, at the host's "now". Sends use the same
/// claims as the background service, so a command racing a scheduled run never doubles a ping. "nhắc hạn" runs in the
/// background (one at a time per instance) and reports its counts to the requester's chat when it ends.
/// </summary>
public sealed class ProactiveReminderCommands(ReminderRun run, ProactiveSender sender, IConversationRepository conversations,
    IRosterRepository roster, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<ProactiveReminderCommands> log,
    Domain.Progress.ProgressItems items) : IReminderCommands
{
    /// <summary>Who holds claims taken by a command: one id per process, readable in storage.</summary>
    public static readonly string InstanceId = $"command-{Environment.MachineName}-{Environment.ProcessId}";

    private readonly Lock _gate = new();
    private Task _current = Task.CompletedTask;
    private DateTimeOffset _since;

    /// <summary>The send the last "nhắc hạn" started (completed when none is running).</summary>
    public Task Current { get { lock (_gate) return _current; } }

    public async Task<ReminderPreview> PreviewAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var outgoing = await run.PreviewAsync(now, ct);
        var units = await roster.ListUnitsAsync(ct);
        var members = await roster.ListMembersAsync(ct);
        var unitNames = units.GroupBy(u => u.Id).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var people = members.GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.First().DisplayName, StringComparer.Ordinal);
        var digests = outgoing.Count(o => o.Key.DeadlineId == ReminderFanOut.DigestDeadline);
        var deadlines = outgoing
            .Where(o => o.Key.DeadlineId != ReminderFanOut.DigestDeadline)
            .GroupBy(o => o.Key.DeadlineId)
            .Select(g => (Subject: items.Reminder(g.Key) is { } item ? ReminderSubjects.For(item.Wording) : null, Group: g))
            .Where(x => x.Subject is not null)
            .Select(x => new DeadlinePreview(x.Subject!.Value, x.Group.Select(o => o.Key.UnitId).Distinct().Count(), x.Group.Count())
            {
                Pings = [.. x.Group.Select(o => new PreviewPing(unitNames.GetValueOrDefault(o.Key.UnitId) ?? o.Key.UnitId,
                    people.GetValueOrDefault(o.To.UserKey) ?? o.To.UserKey)).OrderBy(p => p.Unit, StringComparer.Ordinal)],
            })
            .OrderBy(d => d.Subject)
            .ToList();
        var unreachable = ReminderFanOut.Unreachable(units, members, await conversations.ListActiveAsync(ct));
        return new ReminderPreview(now, deadlines, digests) { Unreachable = unreachable };
    }

    public async Task<ReminderSendStart> StartSendAsync(string requesterKey, CancellationToken ct)
    {
        if (Running() is { } since) return new(since, 0, AlreadyRunning: true);
        var now = clock.GetUtcNow();
        var due = (await run.PreviewAsync(now, ct)).Count;
        if (due == 0) return new(now, 0, AlreadyRunning: false);
        lock (_gate)
        {
            if (!_current.IsCompleted) return new(_since, 0, AlreadyRunning: true);
            // Not the turn's token: the turn ends now, the send goes on until it is done or the host stops.
            _since = now;
            _current = Task.Run(() => SendAndReportAsync(now, requesterKey, lifetime.ApplicationStopping), CancellationToken.None);
        }
        return new(now, due, AlreadyRunning: false);
    }

    private DateTimeOffset? Running()
    {
        lock (_gate) return _current.IsCompleted ? null : _since;
    }

    private async Task SendAndReportAsync(DateTimeOffset now, string requesterKey, CancellationToken ct)
    {
        Func<Texts, string> report;
        try
        {
            var c = await run.RunOnceAsync(now, InstanceId, ct);
            log.LogInformation("Reminders sent on request of {User}: {Counts}", requesterKey, c);
            report = t => t.RemindersSent(c.Sent, c.Blocked + c.Gone, c.Failed, c.AlreadyClaimed);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return; // shutting down: the next run takes over the claims left unsent
        }
        catch (Exception e)
        {
            log.LogError(e, "Reminder send requested by {User} failed.", requesterKey);
            report = t => t.RemindersSendStopped;
        }
        try
        {
            await ReportAsync(requesterKey, report, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not report the reminder send to {User}.", requesterKey);
        }
    }

    private async Task ReportAsync(string requesterKey, Func<Texts, string> text, CancellationToken ct)
    {
        if (await conversations.GetAsync(requesterKey, ct) is not { Active: true } record)
        {
            log.LogWarning("No active chat with {User} to report the reminder send to.", requesterKey);
            return;
        }
        await sender.SendAsync(record, text(run.TextsFor(record)), null, ct);
    }
}
