using DanVan.App.Reminders;
using DanVan.Domain.Plans;
using DanVan.Domain.Reminders;
using DanVan.Domain.Repositories;

namespace DanVan.Bot.Proactive;

/// <summary>
/// The office's nudge over <see cref="ReminderRun.DeliverAsync"/>: the same claims as the scheduled reminders, keyed
/// by the day (<see cref="Nudge.StageOn"/>), so a unit gets at most one reminder about a deadline a day, with two
/// instances, repeated clicks or a restart. The send runs in the background (one at a time per instance) and its counts
/// go to the requester's chat; every claim it takes names the requester, which is the stored record of who asked.
/// </summary>
public sealed class ProactiveNudges(ReminderRun run, ProactiveSender sender, ISubmissionRepository submissions, IRosterRepository roster,
    IConversationRepository conversations, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<ProactiveNudges> log,
    Domain.Progress.ProgressItems items) : INudges
{
    private readonly Lock _gate = new();
    private Task _current = Task.CompletedTask;
    private DateTimeOffset _since;

    /// <summary>The send the last confirmation started (completed when none is running).</summary>
    public Task Current { get { lock (_gate) return _current; } }

    /// <summary>The owner stored with a nudge's claims: who asked (their key), on which instance.</summary>
    public static string Owner(Stamp requester) => $"nudge by {requester.UserKey} via {ProactiveReminderCommands.InstanceId}";

    public async Task<IReadOnlyList<NudgeChoice>> ChoicesAsync(Plan plan, CancellationToken ct)
    {
        var units = roster.ListUnitsAsync(ct);
        var stored = submissions.LoadPlanAsync(plan.Id, ct);
        return [.. NudgeFanOut.Overdue(plan, clock.GetUtcNow(), await units, await stored, items.Reminders).Select(d => new NudgeChoice(d.Deadline, d.UnitIds.Count))];
    }

    public async Task<NudgeRoundPreview?> PreviewAsync(Plan plan, string deadlineId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (round, known) = await LoadAsync(plan, deadlineId, now, ct);
        if (round is null) return null;
        var (pending, already, unreachable) = Split(round, known, now);
        return new NudgeRoundPreview(round.Overdue.Deadline, [.. pending.SelectMany(u => u.To.Where(t => run.IsOpen(known.GetValueOrDefault(t.Message.Key.Value), now))
            .Select(t => new PreviewPing(u.UnitName, t.Person)))], [.. already.Select(u => u.UnitName)], [.. unreachable.Select(u => u.UnitName)]);
    }

    public async Task<NudgeStart> StartAsync(Plan plan, string deadlineId, Stamp requester, CancellationToken ct)
    {
        lock (_gate) if (!_current.IsCompleted) return new(plan.Deadlines.FirstOrDefault(d => d.Id == deadlineId), _since, 0, 0, null, AlreadyRunning: true);
        var now = clock.GetUtcNow();
        var (round, known) = await LoadAsync(plan, deadlineId, now, ct);
        if (round is null) return new(null, now, 0, 0, null, false);
        var deadline = round.Overdue.Deadline;
        var (pending, already, unreachable) = Split(round, known, now);
        if (pending.Count == 0)
        {
            var counts = new NudgeCounts(0, 0, already.Count, 0, [.. unreachable.Select(u => u.UnitName)]);
            log.LogInformation("Nudge about {Deadline} asked by {User} ({Name}): nothing left to send, {Counts}", deadline.Id, requester.UserKey, requester.UserName, counts);
            return new(deadline, now, 0, 0, counts, false);
        }
        var messages = pending.SelectMany(u => u.To.Select(t => t.Message)).Where(m => run.IsOpen(known.GetValueOrDefault(m.Key.Value), now)).ToList();
        lock (_gate)
        {
            if (!_current.IsCompleted) return new(deadline, _since, 0, 0, null, AlreadyRunning: true);
            _since = now;
            // Not the turn's token: the turn ends now, the send goes on until it is done or the host stops.
            _current = Task.Run(() => SendAndReportAsync(round, known, messages, already.Count, unreachable, requester, now, lifetime.ApplicationStopping),
                CancellationToken.None);
        }
        return new(deadline, now, pending.Count, messages.Count, null, false);
    }

    private async Task<(NudgeRound? Round, IReadOnlyDictionary<string, PingClaim> Known)> LoadAsync(Plan plan, string deadlineId, DateTimeOffset now, CancellationToken ct)
    {
        var units = roster.ListUnitsAsync(ct);
        var stored = submissions.LoadPlanAsync(plan.Id, ct);
        var members = roster.ListMembersAsync(ct);
        var active = conversations.ListActiveAsync(ct);
        var round = NudgeFanOut.Plan(plan, deadlineId, now, await units, await stored, await members, await active, run.TextsFor, items.Reminders);
        if (round is null) return (null, new Dictionary<string, PingClaim>());
        // The day's claims of this deadline, the schedule's and the nudges' alike: one partition query.
        return (round, await run.ClaimsAsync(plan.Id, [(round.Overdue.Deadline.Id, round.Stage.Id)], ct));
    }

    /// <summary>Units with a head still to remind now; units all of whose heads were reminded today (or whose claim
    /// is being sent); units with no reachable head.</summary>
    private (List<NudgeUnit> Pending, List<NudgeUnit> Already, List<NudgeUnit> Unreachable) Split(NudgeRound round,
        IReadOnlyDictionary<string, PingClaim> known, DateTimeOffset now)
    {
        var unreachable = round.Units.Where(u => u.To.Count == 0).ToList();
        var reachable = round.Units.Where(u => u.To.Count > 0).ToList();
        var already = reachable.Where(u => u.To.All(t => !run.IsOpen(known.GetValueOrDefault(t.Message.Key.Value), now))).ToList();
        return ([.. reachable.Except(already)], already, unreachable);
    }

    private async Task SendAndReportAsync(NudgeRound round, IReadOnlyDictionary<string, PingClaim> known, IReadOnlyList<Outgoing> messages,
        int alreadyBefore, IReadOnlyList<NudgeUnit> unreachableBefore, Stamp requester, DateTimeOffset now, CancellationToken ct)
    {
        var deadline = round.Overdue.Deadline;
        Func<DanVan.Cards.Text.Texts, string> report;
        try
        {
            var delivered = await run.DeliverAsync(messages, known, now, Owner(requester), ct);
            var counts = Count(round, delivered, alreadyBefore, unreachableBefore);
            log.LogInformation("Nudge about {Deadline} asked by {User} ({Name}): {Counts}", deadline.Id, requester.UserKey, requester.UserName, counts);
            report = t => NudgeService.Done(t, items, deadline, counts);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return; // shutting down: a claim left unsent is taken over by the next try after the claim timeout
        }
        catch (Exception e)
        {
            log.LogError(e, "Nudge about {Deadline} asked by {User} failed.", deadline.Id, requester.UserKey);
            report = t => t.NudgeStopped;
        }
        try
        {
            if (await conversations.GetAsync(requester.UserKey, ct) is not { Active: true } record)
                log.LogWarning("No active chat with {User} to report the nudge to.", requester.UserKey);
            else
                await sender.SendAsync(record, report(run.TextsFor(record)), null, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not report the nudge to {User}.", requester.UserKey);
        }
    }

    /// <summary>Per unit: sent if any head got it now; else already if another run holds a head's claim; else failed
    /// if a send failed; else (every head's chat refused it) unreachable.</summary>
    private static NudgeCounts Count(NudgeRound round, IReadOnlyList<Delivered> delivered, int alreadyBefore, IReadOnlyList<NudgeUnit> unreachableBefore)
    {
        int sent = 0, already = alreadyBefore, failed = 0;
        var unreachable = unreachableBefore.Select(u => u.UnitName).ToList();
        foreach (var unit in delivered.GroupBy(d => d.Message.Key.UnitId))
        {
            if (unit.Any(d => d.Status == SendStatus.Sent)) sent++;
            else if (unit.Any(d => d.Status is null)) already++;
            else if (unit.Any(d => d.Status is SendStatus.Failed or SendStatus.Throttled)) failed++;
            else unreachable.Add(round.Units.First(u => u.UnitId == unit.Key).UnitName);
        }
        return new NudgeCounts(sent, delivered.Count(d => d.Status == SendStatus.Sent), already, failed, [.. unreachable.Order(StringComparer.Ordinal)]);
    }
}
