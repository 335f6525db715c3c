using System.Globalization;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;

namespace DanVan.Domain.Reminders;

/// <summary>One deadline whose item <paramref name="UnitIds"/> still lack after its date.</summary>
public sealed record OverdueDeadline(Deadline Deadline, ReminderItem Item, IReadOnlyList<string> UnitIds);

/// <summary>
/// The office's nudge: remind the overdue units of one deadline now, outside the schedule. A unit is reminded about a
/// deadline at most once a day, nudge or schedule alike: a day's nudge claims the key of that day's scheduled stage
/// when there is one (so the 08:00 ping and a nudge never both go), else a key of that day alone; the next working day
/// is a new key. It goes only in the <see cref="SendWindow"/> (a working day of an open year, in office hours).
/// </summary>
public static class Nudge
{
    /// <summary>The deadlines past on <paramref name="today"/> with units still lacking their item, in the plan's
    /// order; none once the year is closed.</summary>
    /// <param name="units">One entry per active unit (<see cref="ReminderPlanner.Units"/>).</param>
    /// <param name="items">The registered forms' reminder items (a deadline no form chases is never overdue here).</param>
    public static IReadOnlyList<OverdueDeadline> Overdue(Plan plan, DateOnly today, IEnumerable<UnitSubmissions> units, IReadOnlyList<ReminderItem> items)
    {
        if (plan.PhaseOn(today) != YearPhase.Open) return [];
        var all = units.ToList();
        var overdue = new List<OverdueDeadline>();
        foreach (var deadline in plan.Deadlines.Where(d => d.Date < today))
        {
            if (items.FirstOrDefault(i => i.DeadlineId == deadline.Id) is not { } item) continue;
            var missing = all.Where(u => item.IsMissing(plan, u, today)).Select(u => u.UnitId).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0) overdue.Add(new OverdueDeadline(deadline, item, missing));
        }
        return overdue;
    }

    /// <summary>The stage a nudge on <paramref name="day"/> claims: the scheduled one of that day if any, else
    /// "nudge-yyyy-MM-dd", counted in days past the deadline (an overdue tone).</summary>
    public static ReminderStage StageOn(Plan plan, Deadline deadline, DateOnly day) =>
        ReminderSchedule.For(deadline.Date, plan.Reminders).FirstOrDefault(s => s.Date == day)
        ?? new ReminderStage("nudge-" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.DayNumber - deadline.Date.DayNumber, day,
            ReminderSchedule.At(day, plan.Reminders.SendAt));

    /// <summary>Whether a nudge may go at <paramref name="now"/>: the same window as every proactive message.</summary>
    public static bool MayGo(Plan plan, DateTimeOffset now) =>
        SendWindow.Allows(plan, DateOnly.FromDateTime(DepartmentClock.ToLocal(now).DateTime), now);
}
