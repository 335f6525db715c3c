using DanVan.Domain.Plans;
using DanVan.Domain.Time;

namespace DanVan.Domain.Reminders;

/// <summary>
/// When a proactive message meant for one day may go: on that day only, if it is a working day of the plan (no
/// weekend when the plan skips them, none of its holidays), while the year is open, from the plan's send time to the
/// end of its office hours. So a bot that was down at 08:00 still sends today's messages later today, a message is
/// never carried into another day (yesterday's is dropped, a Friday's is never sent on Saturday night), and nothing
/// goes once the year is closed.
/// </summary>
public static class SendWindow
{
    public static bool Allows(Plan plan, DateOnly day, DateTimeOffset now)
    {
        var local = DepartmentClock.ToLocal(now).DateTime;
        var today = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        return day == today && IsWorkingDay(plan, today) && time >= plan.Reminders.SendAt && plan.OfficeHours.Contains(time);
    }

    /// <summary>An open day of the year on which the offices work.</summary>
    public static bool IsWorkingDay(Plan plan, DateOnly day) => plan.PhaseOn(day) == YearPhase.Open && !plan.Reminders.IsDayOff(day);

    /// <summary>
    /// The first instant from <paramref name="now"/> on at which a message of its own day may go: now when the window
    /// is open, else the send time (or the start of office hours, whichever is later) of the next working day; null
    /// when the year closes first. What the office is told when it asks outside the window.
    /// </summary>
    public static DateTimeOffset? NextOpening(Plan plan, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(DepartmentClock.ToLocal(now).DateTime);
        if (Allows(plan, today, now)) return now;
        var opens = plan.Reminders.SendAt > plan.OfficeHours.Start ? plan.Reminders.SendAt : plan.OfficeHours.Start;
        if (!plan.OfficeHours.Contains(opens)) return null; // a send time after office hours: a window that never opens
        // Bounded by the year: past its close no day is a working day.
        for (var day = today; day < plan.ClosesOn; day = day.AddDays(1))
        {
            if (!IsWorkingDay(plan, day)) continue;
            var at = ReminderSchedule.At(day, opens);
            if (at > now) return at;
        }
        return null;
    }
}
