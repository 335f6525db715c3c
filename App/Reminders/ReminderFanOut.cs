using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Reminders;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;

namespace DanVan.App.Reminders;

/// <summary>One message of a fan-out: its idempotency key, the reference it goes to, and what it says.</summary>
public sealed record Outgoing(PingKey Key, ConversationRecord To, string Summary, Card Card);

/// <summary>
/// Who gets what at one instant: the planner's due pings and digests matched to the active references of the
/// people the roster names now. Pure: the reminder run loads the inputs, and claims and sends the result.
/// </summary>
public static class ReminderFanOut
{
    /// <summary>The deadline part of a digest's key: one digest a day covers every deadline, so it names none.</summary>
    public const string DigestDeadline = "digest";

    /// <param name="units">The roster's units (the active ones are chased, all are named).</param>
    /// <param name="members">The roster's members: a unit's pings go to its current heads, digests to office and leaders.
    /// Roles and units come from here, not from the stored reference, so a head replaced by the office stops getting pings.</param>
    /// <param name="active">Active conversation references; a member without one cannot be reached and is skipped.</param>
    /// <param name="textsFor">The language of each recipient (from the locale of their reference).</param>
    public static IReadOnlyList<Outgoing> Plan(Plan plan, DateTimeOffset now, IReadOnlyList<Unit> units, IEnumerable<UnitSubmissions> stored,
        IReadOnlyList<Member> members, IReadOnlyList<ConversationRecord> active, Func<ConversationRecord, Texts> textsFor, TimeSpan? catchUp = null) =>
        Plan(plan, now, units, stored, members, active, textsFor, ReminderItem.All, catchUp);

    /// <param name="items">What is chased: the registered forms' reminder items (<see cref="Domain.Progress.ProgressItems.Reminders"/>).</param>
    public static IReadOnlyList<Outgoing> Plan(Plan plan, DateTimeOffset now, IReadOnlyList<Unit> units, IEnumerable<UnitSubmissions> stored,
        IReadOnlyList<Member> members, IReadOnlyList<ConversationRecord> active, Func<ConversationRecord, Texts> textsFor,
        IReadOnlyList<ReminderItem> items, TimeSpan? catchUp = null)
    {
        var chased = ReminderPlanner.Units(units.Where(u => u.Active).Select(u => u.Id), stored);
        var byKey = active.GroupBy(r => r.UserKey).ToDictionary(g => g.Key, g => g.First());
        var reachable = members.Where(m => byKey.ContainsKey(m.Key)).ToList();
        var heads = reachable.Where(m => m.Role == Role.UnitHead && m.UnitId is not null).ToLookup(m => m.UnitId!, m => byKey[m.Key]);
        var outgoing = new List<Outgoing>();
        // Once per fan-out: each ping names its unit, and a roster read per ping made 5,000 pings over 1,000 units
        // build 5,000 dictionaries of 1,000 names before the first send.
        var unitNames = ReminderComposer.Names(units);

        foreach (var ping in ReminderPlanner.Due(plan, now, chased, items, catchUp))
            foreach (var to in heads[ping.UnitId])
            {
                var composed = ReminderComposer.Ping(textsFor(to), plan, ping, unitNames);
                outgoing.Add(new(new PingKey(plan.Id, ping.UnitId, to.UserKey, ping.Deadline.Id, ping.Stage.Id), to, composed.Summary, composed.Card));
            }

        var digests = ReminderPlanner.DigestDue(plan, now, chased, items, catchUp);
        if (digests.Count > 0)
            foreach (var to in reachable.Where(m => m.Role is Role.Office or Role.Leader).Select(m => byKey[m.Key]))
            {
                var composed = ReminderComposer.Digest(textsFor(to), plan, digests, units)!;
                outgoing.Add(new(PingKey.Digest(plan.Id, to.UserKey, DigestDeadline, digests[0].StageId), to, composed.Summary, composed.Card));
            }
        return outgoing;
    }

    /// <summary>
    /// Active units whose pings reach nobody: no unit head on the roster, or none with an active personal chat
    /// (never installed, blocked or removed DanVan). Their names, for the office to act on.
    /// </summary>
    public static IReadOnlyList<string> Unreachable(IReadOnlyList<Unit> units, IReadOnlyList<Member> members, IReadOnlyList<ConversationRecord> active)
    {
        var reachable = active.Select(r => r.UserKey).ToHashSet(StringComparer.Ordinal);
        var reached = members.Where(m => m.Role == Role.UnitHead && m.UnitId is not null && reachable.Contains(m.Key))
            .Select(m => m.UnitId!).ToHashSet(StringComparer.Ordinal);
        return [.. units.Where(u => u.Active && !reached.Contains(u.Id)).Select(u => u.Name).Order(StringComparer.Ordinal)];
    }
}
