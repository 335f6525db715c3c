using System.Globalization;
using DanVan.Domain.Plans;
using DanVan.Domain.Reminders;
using DanVan.Domain.Time;

namespace DanVan.Domain.Department;

/// <summary>When the department channel gets its weekly picture: a day of the week and a time, department time.</summary>
public sealed record WeeklyPostSettings(DayOfWeek Day, TimeOnly At)
{
    public static readonly WeeklyPostSettings Default = new(DayOfWeek.Monday, new TimeOnly(8, 0));
}

/// <summary>One week's post: <paramref name="Week"/> (the Monday, yyyy-MM-dd) names it in claims; <paramref name="At"/> is when it is due.</summary>
public sealed record WeeklySlot(string Week, DateTimeOffset At);

/// <summary>
/// The department channel's weekly post. The plan sets the day and time; a day the offices are closed (a holiday
/// of the plan, or a weekend when the plan skips them) moves it to the next working day of the same week; a week
/// with no working day left has no post. Once due, it stays due until the week ends, so an instance that was down
/// at 08:00 still posts that week's picture; the week id makes it one post across instances and restarts.
/// </summary>
public static class WeeklyPost
{
    public static WeeklySlot? Due(WeeklyPostSettings post, ReminderSettings days, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(DepartmentClock.ToLocal(now).DateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var next = monday.AddDays(7);
        var day = monday.AddDays(((int)post.Day + 6) % 7);
        while (day < next && days.IsDayOff(day)) day = day.AddDays(1);
        if (day >= next) return null;
        var at = ReminderSchedule.At(day, post.At);
        return now >= at ? new WeeklySlot(monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), at) : null;
    }
}
