using System.Globalization;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;

namespace DanVan.Domain.Reminders;

/// <summary>A ping due now: <paramref name="UnitId"/> still lacks <paramref name="Item"/>; <paramref name="Status"/> is as of today.</summary>
public sealed record DuePing(string UnitId, Deadline Deadline, ReminderItem Item, ReminderStage Stage, DeadlineStatus Status);

/// <summary>A digest due now for the office and leaders: the units still lacking one deadline's item.</summary>
public sealed record DueDigest(
    Deadline Deadline, ReminderItem Item, string StageId, DateTimeOffset SendAt, DeadlineStatus Status, IReadOnlyList<string> UnitIds);

/// <summary>
/// Who should be pinged at a given instant. Stateless: it answers the same for the same inputs, and the sender's
/// idempotency keys (<see cref="PingKey"/>) turn "due" into "sent once". A stage is due on its own day only, within
/// <see cref="SendWindow"/> (working day, open year, send time to the end of office hours), so a bot that was down at
/// 08:00 still sends that day but a stage is never carried into another day; only the latest stage of a deadline is
/// ever due. An optional catch-up bound narrows the window further.
/// </summary>
public static class ReminderPlanner
{
    /// <param name="units">One entry per active unit, including those with nothing stored (see <see cref="Units"/>).</param>
    public static IReadOnlyList<DuePing> Due(Plan plan, DateTimeOffset now, IEnumerable<UnitSubmissions> units, TimeSpan? catchUp = null) =>
        Due(plan, now, units, ReminderItem.All, catchUp);

    /// <param name="items">What is chased: the registered forms' reminder items (one per deadline id).</param>
    public static IReadOnlyList<DuePing> Due(Plan plan, DateTimeOffset now, IEnumerable<UnitSubmissions> units, IReadOnlyList<ReminderItem> items, TimeSpan? catchUp = null)
    {
        var today = DateOnly.FromDateTime(DepartmentClock.ToLocal(now).DateTime);
        var all = units.ToList();
        var due = new List<DuePing>();
        foreach (var schedule in ReminderSchedule.Of(plan))
        {
            if (items.FirstOrDefault(i => i.DeadlineId == schedule.Deadline.Id) is not { } item) continue;
            if (schedule.Stages.LastOrDefault(s => s.SendAt <= now) is not { } stage || !Fresh(plan, stage.Date, stage.SendAt, now, catchUp)) continue;
            var status = DeadlineStatus.Of(schedule.Deadline.Date, null, today);
            due.AddRange(all.Where(u => item.IsMissing(plan, u, today)).Select(u => new DuePing(u.UnitId, schedule.Deadline, item, stage, status)));
        }
        return due;
    }

    /// <summary>
    /// From the deadline day on, one digest a working day (no holidays; no weekends when the plan skips them) at the send time,
    /// listing the units still lacking the item (due today on the deadline day, overdue after); none when no unit does.
    /// Only today's digest is ever due (a missed one is dropped the next day), and none once the year is closed.
    /// </summary>
    public static IReadOnlyList<DueDigest> DigestDue(Plan plan, DateTimeOffset now, IEnumerable<UnitSubmissions> units, TimeSpan? catchUp = null) =>
        DigestDue(plan, now, units, ReminderItem.All, catchUp);

    /// <param name="items">What is chased: the registered forms' reminder items (one per deadline id).</param>
    public static IReadOnlyList<DueDigest> DigestDue(Plan plan, DateTimeOffset now, IEnumerable<UnitSubmissions> units, IReadOnlyList<ReminderItem> items, TimeSpan? catchUp = null)
    {
        var settings = plan.Reminders;
        if (!settings.DigestFromDeadline) return [];
        var today = DateOnly.FromDateTime(DepartmentClock.ToLocal(now).DateTime);
        var day = today;
        var sendAt = ReminderSchedule.At(day, settings.SendAt);
        if (!Fresh(plan, day, sendAt, now, catchUp)) return [];

        var all = units.ToList();
        var digests = new List<DueDigest>();
        foreach (var deadline in plan.Deadlines.Where(d => d.Date <= day))
        {
            if (items.FirstOrDefault(i => i.DeadlineId == deadline.Id) is not { } item) continue;
            var missing = all.Where(u => item.IsMissing(plan, u, today)).Select(u => u.UnitId).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
                digests.Add(new DueDigest(deadline, item, DigestStage(day), sendAt, DeadlineStatus.Of(deadline.Date, null, today), missing));
        }
        return digests;
    }

    /// <summary>
    /// The planner's input from the roster and storage: units with nothing stored have no partition, so they would be
    /// missing from a plan-wide query exactly when they most need a ping; inactive units are never pinged.
    /// </summary>
    public static IReadOnlyList<UnitSubmissions> Units(IEnumerable<string> activeUnitIds, IEnumerable<UnitSubmissions> stored)
    {
        var byId = stored.ToDictionary(u => u.UnitId, StringComparer.Ordinal);
        return [.. activeUnitIds.Distinct().Select(id => byId.GetValueOrDefault(id) ?? UnitSubmissions.Empty(id))];
    }

    /// <summary>Invariant digits whatever the thread culture: the id is part of an idempotency key.</summary>
    public static string DigestStage(DateOnly day) => "digest-" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool Fresh(Plan plan, DateOnly day, DateTimeOffset sendAt, DateTimeOffset now, TimeSpan? catchUp) =>
        SendWindow.Allows(plan, day, now) && sendAt <= now && (catchUp is not { } bound || now - sendAt < bound);
}
