using DanVan.Domain.Plans;
using DanVan.Domain.Time;

namespace DanVan.Domain.Reminders;

/// <summary>
/// One ping of a deadline's schedule. <paramref name="Offset"/> is the nominal day relative to the deadline (−7, 0,
/// +3 …); <paramref name="Date"/> is the day it is really sent, after any weekend move; <paramref name="SendAt"/> is
/// that day at the plan's send time in the department's zone. The id is stable: it is part of the idempotency key.
/// </summary>
public sealed record ReminderStage(string Id, int Offset, DateOnly Date, DateTimeOffset SendAt)
{
    public bool Overdue => Offset > 0;
}

public sealed record DeadlineSchedule(Deadline Deadline, IReadOnlyList<ReminderStage> Stages);

/// <summary>
/// The reminder stages of each deadline: "t-7", "t-3", "t-1", "t0", then "overdue-1" … "overdue-N", every
/// OverdueEveryDays days after the deadline.
/// <para>
/// Weekends (when the plan skips them): a stage on or before the deadline moves back to the Friday before, so the
/// unit is reminded while it can still make it; an overdue stage moves on to the Monday after, since the office is
/// closed anyway. Public holidays listed in the plan move the same way, whatever the weekend setting. Two stages landing on one day would ping twice in one morning, so only the later one (the more
/// urgent; it is also the one the planner would pick as "latest due") is kept: with the 2024 plan's Saturday deadline
/// t0 moves to Friday 19/04, where t-1 already is, and t-1 is dropped.
/// </para>
/// </summary>
public static class ReminderSchedule
{
    public static IReadOnlyList<DeadlineSchedule> Of(Plan plan) =>
        [.. plan.Deadlines.Select(d => new DeadlineSchedule(d, For(d.Date, plan.Reminders)))];

    public static IReadOnlyList<ReminderStage> For(DateOnly deadline, ReminderSettings s)
    {
        var nominal = s.BeforeDays.OrderDescending().Select(b => (Id: b == 0 ? "t0" : $"t-{b}", Offset: -b))
            .Concat(Enumerable.Range(1, s.OverdueMaxPings).Select(n => (Id: $"overdue-{n}", Offset: n * s.OverdueEveryDays)));
        return nominal
            .Select(n => (n.Id, n.Offset, Date: Move(deadline.AddDays(n.Offset), deadline, s)))
            .GroupBy(n => n.Date)
            .Select(g => g.MaxBy(n => n.Offset))
            .OrderBy(n => n.Date)
            .Select(n => new ReminderStage(n.Id, n.Offset, n.Date, At(n.Date, s.SendAt)))
            .ToList();
    }

    /// <summary>
    /// The day a stage nominally on <paramref name="day"/> is sent: the working day before it up to the deadline,
    /// the working day after it once overdue (see the class remarks). A long holiday such as Tết moves it across
    /// several days, never onto another day off.
    /// </summary>
    public static DateOnly Move(DateOnly day, DateOnly deadline, ReminderSettings settings)
    {
        var step = day <= deadline ? -1 : 1;
        // A year of days off would be a broken plan file; the bound keeps a bad one from looping forever.
        for (var i = 0; i < 366 && settings.IsDayOff(day); i++) day = day.AddDays(step);
        return day;
    }

    /// <summary><paramref name="day"/> at <paramref name="time"/> in Asia/Ho_Chi_Minh, as an instant.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, DepartmentClock.Zone.GetUtcOffset(local));
    }
}
