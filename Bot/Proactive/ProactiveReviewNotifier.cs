using DanVan.App.Reviews;
using DanVan.Cards.Reviews;
using DanVan.Domain.Plans;
using DanVan.Domain.Reminders;
using DanVan.Domain.Repositories;
using DanVan.Domain.Reviews;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;

namespace DanVan.Bot.Proactive;

/// <summary>
/// Tells a unit's heads that Văn phòng Sở returned an item: a card with the comment, the fields named and a button
/// to the form, to each head's personal chat (the sender refuses any other), through the reminders' sender (same
/// pacing and retries) and claims (one row per head and return, claimed before sending and marked sent after, so a
/// return is announced once even if asked twice or from two instances). Runs in the background: the office's turn
/// does not wait on the pacing. A notice whose send failed (or whose sender died) is retried by the reminder service
/// under the reminders' rules (<see cref="RetryUnsentAsync"/>).
/// </summary>
public sealed class ProactiveReviewNotifier(DanVan.App.Years.PlanYears years, IRosterRepository roster, IConversationRepository conversations, IPingClaims claims,
    ISubmissionRepository submissions, ProactiveSender sender, ReminderRun run, ReminderOptions options, TimeProvider clock,
    IHostApplicationLifetime lifetime, ILogger<ProactiveReviewNotifier> log)
    : IReviewNotifier
{
    /// <summary>The deadline part of a notice's claim key: a return answers no deadline of the plan.</summary>
    public const string ClaimDeadline = "review";

    private readonly Lock _gate = new();
    private Task _sending = Task.CompletedTask;

    /// <summary>Every notice started so far (completed when none is being sent).</summary>
    public Task Sending { get { lock (_gate) return _sending; } }

    public async Task<int> StartReturnedAsync(ReturnedItem returned, CancellationToken ct)
    {
        // The unit's heads as the roster names them now; a head without an active personal chat cannot be reached.
        var heads = (await roster.ListMembersAsync(ct)).Where(m => m.Role == Role.UnitHead && m.UnitId == returned.UnitId);
        var to = new List<ConversationRecord>();
        foreach (var head in heads)
            if (await conversations.GetAsync(head.Key, ct) is { Active: true } record) to.Add(record);
        if (to.Count == 0) return 0;
        var stopping = lifetime.ApplicationStopping;
        lock (_gate)
        {
            // Not the turn's token: the turn ends now, the notices go on until sent or the host stops.
            var next = Task.Run(() => SendAllAsync(returned, to, stopping), CancellationToken.None);
            _sending = Task.WhenAll(_sending, next);
        }
        return to.Count;
    }

    private async Task SendAllAsync(ReturnedItem returned, IReadOnlyList<ConversationRecord> to, CancellationToken ct)
    {
        foreach (var record in to)
        {
            try
            {
                await SendAsync(returned, record, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "Return notice of {Item} of unit {Unit} to {User} failed.", returned.Item, returned.UnitId, record.UserKey);
            }
        }
    }

    private async Task SendAsync(ReturnedItem returned, ConversationRecord record, CancellationToken ct)
    {
        var key = new PingKey(returned.PlanId, returned.UnitId, record.UserKey, ClaimDeadline, StageOf(returned.Item, returned.Review));
        if (await claims.TryClaimAsync(key, ProactiveReminderCommands.InstanceId, clock.GetUtcNow(), ct) is not { } claim) return;
        await SendClaimedAsync(returned.Item, returned.Review, record, claim, ct);
    }

    /// <summary>One claim per head and return: the return's item and instant.</summary>
    private static string StageOf(string item, Versioned<ItemReview> review) =>
        $"{item}-{review.Stamp.At.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Sends a claimed notice and marks it sent; any other outcome leaves the claim unsent, for a retry.</summary>
    private async Task<SendStatus> SendClaimedAsync(string item, Versioned<ItemReview> review, ConversationRecord record, PingClaim claim, CancellationToken ct)
    {
        var t = run.TextsFor(record);
        var card = ReviewCards.ReturnedNotice(t, item, review.Stamp.UserName, t.DateTime(DepartmentClock.ToLocal(review.Stamp.At)),
            review.Value.Comment ?? "", [.. review.Value.Fields.Select(f => t.ReviewFieldLabel(item, f))]);
        var outcome = await sender.SendAsync(record, t.ReviewNoticeSummary(t.ReviewItemName(item)), card, ct);
        if (outcome.Status == SendStatus.Sent)
        {
            if (!await claims.MarkSentAsync(claim.Key, claim.Version, clock.GetUtcNow(), ct))
                log.LogWarning("Return notice {Key} sent after its claim was taken over.", claim.Key);
        }
        else log.LogWarning("Return notice {Key} not sent: {Status}; retried by the reminder service.", claim.Key, outcome.Status);
        return outcome.Status;
    }

    /// <summary>
    /// Return notices left unsent, sent again under the reminders' rules: only while the item is still returned by
    /// that same review (a unit that sent it again needs no notice), only to someone the roster still names as a head
    /// of the unit and whose personal chat is active, only within today's send window (a working day of the open year,
    /// in office hours), and only a claim unsent for <see cref="ReminderOptions.ClaimTimeout"/>, taken over
    /// conditionally (of several instances one wins), at most <see cref="ReminderOptions.MaxAttempts"/> tries in all.
    /// Answers how many notices were sent.
    /// </summary>
    public async Task<int> RetryUnsentAsync(DateTimeOffset now, string instanceId, CancellationToken ct)
    {
        // Every year whose window is open: a return in next year's plan is as much owed its notice as this year's.
        var today = DateOnly.FromDateTime(DepartmentClock.ToLocal(now).DateTime);
        var sent = 0;
        foreach (var plan in await years.AllAsync(ct))
            if (SendWindow.Allows(plan, today, now)) sent += await RetryUnsentAsync(plan, now, instanceId, ct);
        return sent;
    }

    private async Task<int> RetryUnsentAsync(Plan plan, DateTimeOffset now, string instanceId, CancellationToken ct)
    {
        var returned = (await submissions.LoadPlanAsync(plan.Id, ct))
            .SelectMany(unit => ReviewItems.All.Select(item => (unit.UnitId, Standing: ReviewStanding.Of(unit, item))))
            .Where(x => x.Standing.State == ReviewState.Returned && x.Standing.Review is not null)
            .ToList();
        if (returned.Count == 0) return 0;
        var heads = (await roster.ListMembersAsync(ct)).Where(m => m.Role == Role.UnitHead && m.UnitId is not null)
            .Select(m => (m.UnitId!, m.Key)).ToHashSet();
        var sent = 0;
        foreach (var (unitId, standing) in returned)
        {
            var review = standing.Review!;
            foreach (var stale in await claims.ListStageAsync(plan.Id, ClaimDeadline, StageOf(standing.Item, review), ct))
            {
                if (stale.SentAt is not null || now - stale.ClaimedAt < options.ClaimTimeout || stale.Attempts >= options.MaxAttempts) continue;
                if (stale.Key.UnitId != unitId || !heads.Contains((unitId, stale.Key.RecipientKey))) continue;
                if (await conversations.GetAsync(stale.Key.RecipientKey, ct) is not { Active: true } record) continue;
                if (await claims.ReclaimStaleAsync(stale.Key, instanceId, now, options.ClaimTimeout, ct) is not { } claim) continue;
                if (await SendClaimedAsync(standing.Item, review, record, claim, ct) == SendStatus.Sent) sent++;
            }
        }
        return sent;
    }
}
