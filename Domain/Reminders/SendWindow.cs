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
}
