using DanVan.App.Reminders;
using DanVan.App.Telemetry;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;
using System.Text;
using System.Text.Json;

namespace DanVan.Bot.Proactive;

/// <summary>What one run did. Due: messages the plan asks for now; AlreadyClaimed: skipped because another run
/// (this instance's earlier one, or another instance) holds or sent them; Failed includes still-throttled sends.</summary>
public sealed record ReminderCounts(int Due, int Claimed, int Sent, int AlreadyClaimed, int Blocked, int Gone, int Failed, int Reclaimed);

/// <summary>What became of one message: <paramref name="Status"/> null when another run holds or sent its claim (this
/// call sent nothing); <paramref name="Reclaimed"/> when this call took over a stale claim.</summary>
public sealed record Delivered(Outgoing Message, SendStatus? Status, bool Reclaimed);

/// <summary>
/// One reminder fan-out: what <see cref="ReminderFanOut"/> says is due now, each message claimed in storage before it
/// is sent and marked sent after, so any number of instances running at once send it once. A claim left unsent
/// (crash mid-send, failed send) is taken over after <see cref="ReminderOptions.ClaimTimeout"/>: a crash costs at
/// most one duplicate, never a lost ping. Every plan year open that day reminds (<see cref="DanVan.App.Years.PlanYears"/>). Sends wait on the sender's pacing: call from background work only.
/// </summary>
public sealed class ReminderRun(DanVan.App.Years.PlanYears years, ISubmissionRepository submissions, IRosterRepository roster, IConversationRepository conversations,
    IPingClaims claims, ProactiveSender sender, Language language, ReminderOptions options, ILogger<ReminderRun> log,
    Domain.Progress.ProgressItems items)
{
    public async Task<ReminderCounts> RunOnceAsync(DateTimeOffset now, string instanceId, CancellationToken ct)
    {
        var (outgoing, known) = await LoadAsync(now, ct);
        var delivered = await DeliverAsync(outgoing, known, now, instanceId, ct);
        int Count(SendStatus s) => delivered.Count(d => d.Status == s);
        return new(outgoing.Count, delivered.Count(d => d.Status is not null && !d.Reclaimed), Count(SendStatus.Sent),
            delivered.Count(d => d.Status is null), Count(SendStatus.Blocked), Count(SendStatus.Gone),
            Count(SendStatus.Failed) + Count(SendStatus.Throttled), delivered.Count(d => d.Status is not null && d.Reclaimed));
    }

    /// <summary>
    /// Claims each message (a new claim, or a stale one taken over) and sends the ones this call claimed, marking them
    /// sent: the one path every proactive reminder takes, scheduled or asked for. <paramref name="known"/> are the
    /// claims already listed for these messages' stages (<see cref="ClaimsAsync"/>); <paramref name="owner"/> is
    /// stored with each claim.
    /// </summary>
    public async Task<IReadOnlyList<Delivered>> DeliverAsync(IReadOnlyList<Outgoing> outgoing, IReadOnlyDictionary<string, PingClaim> known,
        DateTimeOffset now, string owner, CancellationToken ct)
    {
        var results = new Delivered[outgoing.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, outgoing.Count), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = ct },
            async (i, token) =>
            {
                var o = outgoing[i];
                var claim = await ClaimAsync(o, known.GetValueOrDefault(o.Key.Value), now, owner, token);
                if (claim is null) { results[i] = new(o, null, false); return; }
                DanVanTelemetry.Reminder("claimed");
                var outcome = await sender.SendAsync(o.To, o.Summary, o.Card, token);
                // sent, throttled (still 429 after retries), blocked, gone or failed.
                DanVanTelemetry.Reminder(outcome.Status.ToString().ToLowerInvariant());
                // False only if this send outlived the timeout and was taken over: that is the one duplicate.
                if (outcome.Status == SendStatus.Sent && !await claims.MarkSentAsync(o.Key, claim.Version, now, token))
                    log.LogWarning("Reminder {Key} sent after its claim was taken over.", o.Key);
                // Blocked/gone: the reference is now inactive or deleted, so no run picks it again unless the user
                // comes back; the claim stays unsent, so then the ping (if still due) is delivered. Failed or
                // throttled: left unsent, retried after the claim timeout, up to MaxAttempts.
                results[i] = new(o, outcome.Status, claim.Attempts > 1);
            });
        return results;
    }

    /// <summary>Whether a message whose claim is <paramref name="claim"/> (null: none) would be sent by a run now.</summary>
    public bool IsOpen(PingClaim? claim, DateTimeOffset now) => claim is null || Stale(claim, now);

    /// <summary>Every claim of the given stages, by key: one partition query per stage.</summary>
    public async Task<Dictionary<string, PingClaim>> ClaimsAsync(string planId, IEnumerable<(string DeadlineId, string StageId)> stages, CancellationToken ct)
    {
        var known = new Dictionary<string, PingClaim>(StringComparer.Ordinal);
        foreach (var stage in stages.Distinct())
            foreach (var c in await claims.ListStageAsync(planId, stage.DeadlineId, stage.StageId, ct))
                known[c.Key.Value] = c;
        return known;
    }

    /// <summary>Who would be pinged now ("nhắc hạn thử"): what a run would send, without claiming or sending.</summary>
    public async Task<IReadOnlyList<Outgoing>> PreviewAsync(DateTimeOffset now, CancellationToken ct)
    {
        var (outgoing, known) = await LoadAsync(now, ct);
        return [.. outgoing.Where(o => known.GetValueOrDefault(o.Key.Value) is not { } c || Stale(c, now))];
    }

    private async Task<PingClaim?> ClaimAsync(Outgoing o, PingClaim? existing, DateTimeOffset now, string instanceId, CancellationToken ct)
    {
        // Not listed: insert the claim; it fails if another instance inserted it since the listing.
        if (existing is null) return await claims.TryClaimAsync(o.Key, instanceId, now, ct);
        // Listed: only a stale one is worth a conditional takeover; of several instances one wins.
        return Stale(existing, now) ? await claims.ReclaimStaleAsync(o.Key, instanceId, now, options.ClaimTimeout, ct) : null;
    }

    private bool Stale(PingClaim c, DateTimeOffset now) =>
        c.SentAt is null && now - c.ClaimedAt >= options.ClaimTimeout && c.Attempts < options.MaxAttempts;

    private async Task<(IReadOnlyList<Outgoing>, Dictionary<string, PingClaim>)> LoadAsync(DateTimeOffset now, CancellationToken ct)
    {
        // Every year open at that moment reminds: a next year may open (units write its plans) while this year's
        // results reports are still chased. Keys carry the plan id, so the years' claims never meet.
        var today = DepartmentClock.ToLocal(now);
        var open = (await years.AllAsync(ct)).Where(p => p.PhaseOn(DateOnly.FromDateTime(today.DateTime)) == YearPhase.Open).ToList();
        if (open.Count == 0) return ([], new Dictionary<string, PingClaim>());
        // The reads run side by side, as one year's did.
        var stored = open.Select(p => submissions.LoadPlanAsync(p.Id, ct)).ToList();
        var (unitsRead, membersRead, activeRead) = (roster.ListUnitsAsync(ct), roster.ListMembersAsync(ct), conversations.ListActiveAsync(ct));
        var (units, members, active) = (await unitsRead, await membersRead, await activeRead);
        var outgoing = new List<Outgoing>();
        var known = new Dictionary<string, PingClaim>(StringComparer.Ordinal);
        for (var i = 0; i < open.Count; i++)
        {
            var plan = open[i];
            var mine = ReminderFanOut.Plan(plan, now, units, await stored[i], members, active, TextsFor, items.Reminders);
            outgoing.AddRange(mine);
            // One partition query per fan-out (plan, deadline, stage): a run every minute then costs reads, not a
            // failed insert per ping already sent.
            foreach (var (key, claim) in await ClaimsAsync(plan.Id, mine.Select(o => (o.Key.DeadlineId, o.Key.StageId)), ct)) known[key] = claim;
        }
        return (outgoing, known);
    }

    /// <summary>The language of the chat a record points to (its client's locale).</summary>
    /// <remarks>Only the reference's top-level "locale" is read (matched without regard to case, as Newtonsoft binds
    /// it): deserialising each whole reference took 1.5 s of a 5,000-ping fan-out's start on a busy machine.</remarks>
    public Texts TextsFor(ConversationRecord r)
    {
        try { return language.For(LocaleOf(r.ReferenceJson)); }
        catch (JsonException) { return Texts.Vietnamese; }
    }

    private static string? LocaleOf(string referenceJson)
    {
        var json = new Utf8JsonReader(Encoding.UTF8.GetBytes(referenceJson));
        if (!json.Read() || json.TokenType != JsonTokenType.StartObject) return null;
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var isLocale = string.Equals(json.GetString(), "locale", StringComparison.OrdinalIgnoreCase);
            json.Read();
            if (isLocale) return json.TokenType == JsonTokenType.String ? json.GetString() : null;
            json.Skip();
        }
        return null;
    }
}
