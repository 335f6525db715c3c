using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Reminders;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;

namespace DanVan.App.Reminders;

/// <summary>One overdue unit of a nudge and the message to each of its reachable heads (none: unreachable).</summary>
public sealed record NudgeUnit(string UnitId, string UnitName, IReadOnlyList<NudgeTo> To);

/// <summary>A message of a nudge and the display name of the person it goes to.</summary>
public sealed record NudgeTo(Outgoing Message, string Person);

/// <summary>A nudge about one deadline at one instant: the stage its claims use and every overdue unit.</summary>
public sealed record NudgeRound(OverdueDeadline Overdue, ReminderStage Stage, IReadOnlyList<NudgeUnit> Units);

/// <summary>
/// Who a nudge reaches: the overdue units of one deadline (<see cref="Nudge.Overdue"/>) matched to their current
/// heads' active chats, each message keyed like a scheduled ping of the day's stage (<see cref="Nudge.StageOn"/>).
/// Pure: the sender loads the inputs, then claims and sends the result.
/// </summary>
public static class NudgeFanOut
{
    public static IReadOnlyList<OverdueDeadline> Overdue(Plan plan, DateTimeOffset now, IReadOnlyList<Unit> units, IEnumerable<UnitSubmissions> stored,
        IReadOnlyList<ReminderItem> items) =>
        Nudge.Overdue(plan, Today(now), ReminderPlanner.Units(units.Where(u => u.Active).Select(u => u.Id), stored), items);

    /// <returns>Null when <paramref name="deadlineId"/> has no overdue unit now (or is no deadline of the plan).</returns>
    public static NudgeRound? Plan(Plan plan, string deadlineId, DateTimeOffset now, IReadOnlyList<Unit> units, IEnumerable<UnitSubmissions> stored,
        IReadOnlyList<Member> members, IReadOnlyList<ConversationRecord> active, Func<ConversationRecord, Texts> textsFor, IReadOnlyList<ReminderItem> items)
    {
        if (Overdue(plan, now, units, stored, items).FirstOrDefault(d => d.Deadline.Id == deadlineId) is not { } overdue) return null;
        var today = Today(now);
        var stage = Nudge.StageOn(plan, overdue.Deadline, today);
        var status = DeadlineStatus.Of(overdue.Deadline.Date, null, today);
        var byKey = active.GroupBy(r => r.UserKey).ToDictionary(g => g.Key, g => g.First());
        // Roles and units as the roster has them now: a head the office replaced gets nothing.
        var heads = members.Where(m => m.Role == Role.UnitHead && m.UnitId is not null && byKey.ContainsKey(m.Key)).ToLookup(m => m.UnitId!);
        var names = units.GroupBy(u => u.Id).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

        var nudged = overdue.UnitIds.Select(unitId =>
        {
            var ping = new DuePing(unitId, overdue.Deadline, overdue.Item, stage, status);
            var to = heads[unitId].Select(head =>
            {
                var record = byKey[head.Key];
                var composed = ReminderComposer.Ping(textsFor(record), plan, ping, names);
                return new NudgeTo(new Outgoing(new PingKey(plan.Id, unitId, record.UserKey, overdue.Deadline.Id, stage.Id), record, composed.Summary, composed.Card),
                    head.DisplayName);
            }).ToList();
            return new NudgeUnit(unitId, names.GetValueOrDefault(unitId) ?? unitId, to);
        });
        return new NudgeRound(overdue, stage, [.. nudged.OrderBy(u => u.UnitName, StringComparer.Ordinal)]);
    }

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(DepartmentClock.ToLocal(now).DateTime);
}
