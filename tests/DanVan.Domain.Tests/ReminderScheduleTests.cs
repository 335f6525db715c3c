using System.Globalization;
using DanVan.Domain.Plans;
using DanVan.Domain.Reminders;
using static DanVan.Domain.Tests.ReminderTestData;

namespace DanVan.Domain.Tests;

/// <summary>The 2024 plan's real calendar: 20/04/2024 is a Saturday, 15/10/2024 a Tuesday.</summary>
public class ReminderScheduleTests
{
    private static IReadOnlyList<ReminderStage> Stages(string deadlineId) =>
        ReminderSchedule.Of(TestData.Plan2024).Single(s => s.Deadline.Id == deadlineId).Stages;

    private static string Table(IEnumerable<ReminderStage> stages) =>
        string.Join(", ", stages.Select(s => s.Id + " " + s.SendAt.ToString("yyyy-MM-dd ddd HH:mm zzz", CultureInfo.InvariantCulture)));

    [Fact]
    public void Unit_plan_due_on_a_saturday()
    {
        Assert.Equal(DayOfWeek.Saturday, new DateOnly(2024, 4, 20).DayOfWeek);

        Assert.Equal(
            "t-7 2024-04-12 Fri 08:00 +07:00, t-3 2024-04-17 Wed 08:00 +07:00, t0 2024-04-19 Fri 08:00 +07:00, " +
            "overdue-1 2024-04-23 Tue 08:00 +07:00, overdue-2 2024-04-26 Fri 08:00 +07:00, " +
            "overdue-4 2024-05-02 Thu 08:00 +07:00, overdue-5 2024-05-06 Mon 08:00 +07:00",
            Table(Stages(DeadlineIds.UnitPlan)));
    }

    [Fact]
    public void Overdue_3_falls_in_the_30_04_holidays_and_joins_overdue_4_on_the_first_working_day()
    {
        // Nominally Monday 29/04 (a swapped day off), then 30/04 and 01/05: Thursday 02/05, where overdue-4 already is.
        Assert.DoesNotContain(Stages(DeadlineIds.UnitPlan), s => s.Id == "overdue-3");
        Assert.Equal(new DateOnly(2024, 5, 2), Stages(DeadlineIds.UnitPlan).Single(s => s.Id == "overdue-4").Date);
    }

    [Fact]
    public void A_holiday_before_the_deadline_moves_the_stage_to_the_working_day_before()
    {
        // Deadline Friday 19/04/2024: t-1 is Thursday 18/04, Giỗ Tổ Hùng Vương, so it goes on Wednesday 17/04.
        var stages = ReminderSchedule.For(new DateOnly(2024, 4, 19), TestData.Plan2024.Reminders);

        Assert.Equal("t-7 04-12, t-3 04-16, t-1 04-17, t0 04-19", string.Join(", ", stages.Where(s => !s.Overdue).Select(s => $"{s.Id} {s.Date:MM-dd}")));
    }

    [Fact]
    public void Holidays_move_stages_even_when_weekends_are_working_days()
    {
        var settings = TestData.Plan2024.Reminders with { SkipWeekends = false, BeforeDays = [1] };

        // Deadline Wednesday 14/02/2024, the last day of Tết: t-1 (13/02) and Monday 12/02 are off, so it goes back to the Sunday.
        var t1 = ReminderSchedule.For(new DateOnly(2024, 2, 14), settings).Single(s => s.Id == "t-1");

        Assert.Equal(new DateOnly(2024, 2, 11), t1.Date); // Sunday 11/02 counts as a working day in this setting
    }

    [Fact]
    public void Results_report_due_on_a_tuesday()
    {
        Assert.Equal(DayOfWeek.Tuesday, new DateOnly(2024, 10, 15).DayOfWeek);

        Assert.Equal(
            "t-7 2024-10-08 Tue 08:00 +07:00, t-3 2024-10-11 Fri 08:00 +07:00, t-1 2024-10-14 Mon 08:00 +07:00, t0 2024-10-15 Tue 08:00 +07:00, " +
            "overdue-1 2024-10-18 Fri 08:00 +07:00, overdue-2 2024-10-21 Mon 08:00 +07:00, overdue-3 2024-10-24 Thu 08:00 +07:00, " +
            "overdue-4 2024-10-28 Mon 08:00 +07:00, overdue-5 2024-10-30 Wed 08:00 +07:00",
            Table(Stages(DeadlineIds.ResultsReport)));
    }

    [Fact]
    public void Send_instants_are_08_00_in_ho_chi_minh_city_that_is_01_00_utc()
    {
        var t0 = Stages(DeadlineIds.UnitPlan).Single(s => s.Id == "t0");

        Assert.Equal(new DateTimeOffset(2024, 4, 19, 1, 0, 0, TimeSpan.Zero), t0.SendAt.ToUniversalTime());
        Assert.Equal(Vietnam, t0.SendAt.Offset);
    }

    [Fact]
    public void No_stage_is_on_a_weekend_and_no_two_share_a_day()
    {
        foreach (var schedule in ReminderSchedule.Of(TestData.Plan2024))
        {
            Assert.DoesNotContain(schedule.Stages, s => s.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
            Assert.DoesNotContain(schedule.Stages, s => TestData.Plan2024.Reminders.Holidays.Contains(s.Date));
            Assert.Equal(schedule.Stages.Count, schedule.Stages.Select(s => s.Date).Distinct().Count());
            Assert.Equal(schedule.Stages.OrderBy(s => s.SendAt), schedule.Stages);
        }
    }

    [Fact]
    public void Without_skipping_weekends_every_stage_is_on_its_own_day()
    {
        var settings = TestData.Plan2024.Reminders with { SkipWeekends = false, Holidays = new HashSet<DateOnly>() };

        var stages = ReminderSchedule.For(new DateOnly(2024, 4, 20), settings);

        Assert.Equal(["t-7", "t-3", "t-1", "t0", "overdue-1", "overdue-2", "overdue-3", "overdue-4", "overdue-5"], stages.Select(s => s.Id));
        Assert.Equal(new DateOnly(2024, 4, 13), stages[0].Date);
        Assert.Equal(new DateOnly(2024, 4, 20), stages[3].Date);
        Assert.Equal(new DateOnly(2024, 5, 5), stages[^1].Date);
    }

    [Fact]
    public void A_sunday_deadline_keeps_the_latest_of_the_stages_moved_to_friday()
    {
        // 21/04/2024 is a Sunday: t-1 (Saturday) and t0 (Sunday) both move to Friday 19/04; t-3 is Thursday 18/04.
        var stages = ReminderSchedule.For(new DateOnly(2024, 4, 21), TestData.Plan2024.Reminders);

        Assert.Equal(["t-7", "t-3", "t0"], stages.Where(s => !s.Overdue).Select(s => s.Id));
        Assert.Equal(new DateOnly(2024, 4, 19), stages.Single(s => s.Id == "t0").Date);
    }

    [Fact]
    public void Daily_overdue_stages_over_a_weekend_collapse_onto_monday_keeping_the_latest()
    {
        // Deadline Thursday 18/04/2024: overdue-1 Fri, overdue-2 Sat and overdue-3 Sun → Mon 22/04, where overdue-4 already is.
        var settings = TestData.Plan2024.Reminders with { BeforeDays = [], OverdueEveryDays = 1, OverdueMaxPings = 5 };

        var stages = ReminderSchedule.For(new DateOnly(2024, 4, 18), settings);

        Assert.Equal("overdue-1 04-19, overdue-4 04-22, overdue-5 04-23", string.Join(", ", stages.Select(s => $"{s.Id} {s.Date:MM-dd}")));
    }

    [Fact]
    public void No_overdue_pings_when_the_plan_asks_for_none()
    {
        var settings = TestData.Plan2024.Reminders with { OverdueMaxPings = 0 };

        Assert.DoesNotContain(ReminderSchedule.For(new DateOnly(2024, 10, 15), settings), s => s.Overdue);
    }
}
