using DanVan.App.Reviews;
using DanVan.Cards.Reviews;
using DanVan.Domain.Plans;
using DanVan.Domain.Reminders;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;

namespace DanVan.Bot.Proactive;

/// <summary>
/// Tells a unit's heads that Văn phòng Sở returned an item: a card with the comment, the fields named and a button
/// to the form, to each head's personal chat (the sender refuses any other), through the reminders' sender (same
/// pacing and retries) and claims (one row per head and return, claimed before sending and marked sent after, so a
/// return is announced once even if asked twice or from two instances). Runs in the background: the office's turn
/// does not wait on the pacing.
/// </summary>
public sealed class ProactiveReviewNotifier(Plan plan, IRosterRepository roster, IConversationRepository conversations, IPingClaims claims,
    ProactiveSender sender, ReminderRun run, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<ProactiveReviewNotifier> log)
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
        var review = returned.Review;
        var key = new PingKey(plan.Id, returned.UnitId, record.UserKey, ClaimDeadline,
            $"{returned.Item}-{review.Stamp.At.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        if (await claims.TryClaimAsync(key, ProactiveReminderCommands.InstanceId, clock.GetUtcNow(), ct) is not { } claim) return;
        var t = run.TextsFor(record);
        var card = ReviewCards.ReturnedNotice(t, returned.Item, review.Stamp.UserName, t.DateTime(DepartmentClock.ToLocal(review.Stamp.At)),
            review.Value.Comment ?? "", [.. review.Value.Fields.Select(f => t.ReviewFieldLabel(returned.Item, f))]);
        var outcome = await sender.SendAsync(record, t.ReviewNoticeSummary(t.ReviewItemName(returned.Item)), card, ct);
        if (outcome.Status == SendStatus.Sent) await claims.MarkSentAsync(key, claim.Version, clock.GetUtcNow(), ct);
        else log.LogWarning("Return notice of {Item} of unit {Unit} to {User} not sent: {Status}.", returned.Item, returned.UnitId, record.UserKey, outcome.Status);
    }
}
