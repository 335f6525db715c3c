using DanVan.App.Department;
using DanVan.Cards.Summary;
using DanVan.Cards.Text;
using DanVan.Domain.Department;
using DanVan.Domain.Plans;
using DanVan.Domain.Reminders;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace DanVan.Bot.Proactive;

/// <summary>What one run did: channels due this week, posted now, skipped (another run or instance has it), failed.</summary>
public sealed record DepartmentPostCounts(int Due, int Posted, int AlreadyClaimed, int Failed);

/// <summary>
/// The weekly department picture in each department channel (see <see cref="WeeklyPost"/> for when). Like a
/// reminder, each post is claimed in the Pings table before it is sent and marked sent after, under a key of plan,
/// team and week, so any number of instances post it once; a claim left unsent is taken over after the claim
/// timeout. Sends wait on the sender's pacing: call from background work only.
/// </summary>
public sealed class DepartmentPostRun(DanVan.App.Years.PlanYears years, IConversationRepository conversations, IPingClaims claims,
    ProactiveSender sender, Language language, ReminderOptions options, ILogger<DepartmentPostRun> log)
{
    /// <summary>The "deadline" part of the claim keys: a namespace of its own in the Pings table.</summary>
    public const string ClaimSeries = "department-channel";

    public async Task<DepartmentPostCounts> RunOnceAsync(DateTimeOffset now, string instanceId, CancellationToken ct)
    {
        // The current plan year's picture, read by that year's own department view.
        var year = await years.CurrentAtAsync(now, ct);
        var (plan, department) = (year.Plan, year.Services.GetRequiredService<DepartmentView>());
        if (WeeklyPost.Due(plan.DepartmentPost, plan.Reminders, now) is not { } slot) return new(0, 0, 0, 0);
        var channels = await conversations.ListDepartmentChannelsAsync(ct);
        if (channels.Count == 0) return new(0, 0, 0, 0);
        var known = (await claims.ListStageAsync(plan.Id, ClaimSeries, slot.Week, ct)).ToDictionary(c => c.Key.Value, StringComparer.Ordinal);
        DepartmentSummary? summary = null;
        int posted = 0, skipped = 0, failed = 0;
        foreach (var channel in channels)
        {
            var key = PingKey.Digest(plan.Id, "channel:" + channel.TeamKey, ClaimSeries, slot.Week);
            var claim = known.TryGetValue(key.Value, out var existing)
                ? existing.SentAt is null && now - existing.ClaimedAt >= options.ClaimTimeout && existing.Attempts < options.MaxAttempts
                    ? await claims.ReclaimStaleAsync(key, instanceId, now, options.ClaimTimeout, ct) : null
                : await claims.TryClaimAsync(key, instanceId, now, ct);
            if (claim is null) { skipped++; continue; }
            // Read once per run, and only by a run that has something to post.
            summary ??= await department.LoadAsync(ct);
            var t = TextsFor(channel);
            var card = DepartmentPostCard.Build(t, plan, summary, t.DateTime(DepartmentClock.ToLocal(now)));
            var outcome = await sender.SendToDepartmentChannelAsync(channel, card, ct);
            if (outcome.Status == SendStatus.Sent)
            {
                posted++;
                if (!await claims.MarkSentAsync(key, claim.Version, now, ct)) log.LogWarning("Department post {Key} sent after its claim was taken over.", key);
            }
            else
            {
                failed++;
                log.LogWarning("Department post to {Team} not sent: {Status} {Reason}.", channel.TeamKey, outcome.Status, outcome.Reason);
            }
        }
        return new(channels.Count, posted, skipped, failed);
    }

    private Texts TextsFor(DepartmentChannel channel)
    {
        try { return language.For(JsonConvert.DeserializeObject<ConversationReference>(channel.ReferenceJson)?.Locale); }
        catch (JsonException) { return Texts.Vietnamese; }
    }
}
