using DanVan.Domain.Plans;
using DanVan.Domain.Reminders;
using static DanVan.Domain.Tests.ReminderTestData;

namespace DanVan.Domain.Tests;

/// <summary>The office's nudge ("nhắc hạn" for one deadline, now): which units are overdue, the claim each day's
/// nudge shares with the schedule, and when a nudge may go.</summary>
public class NudgeTests
{
    private static readonly Plan Plan = TestData.Plan2024;

    [Fact]
    public void Lists_the_deadlines_with_overdue_units_and_only_the_units_still_lacking_the_item()
    {
        var units = new[] { Nothing("CCKL"), PlanSent("CCTL", new DateOnly(2024, 4, 18)), PlanIssuedNotSent("CCTY"), Nothing("TTKN") };

        var overdue = Nudge.Overdue(Plan, new DateOnly(2024, 5, 10), units, ReminderItem.All);

        var plan = Assert.Single(overdue);
        Assert.Equal("unit-plan", plan.Deadline.Id);
        Assert.Equal(["CCKL", "CCTY", "TTKN"], plan.UnitIds);
    }

    [Fact]
    public void A_deadline_is_not_overdue_on_its_own_day_nor_before()
    {
        Assert.Empty(Nudge.Overdue(Plan, new DateOnly(2024, 4, 20), [Nothing("CCKL")], ReminderItem.All));
        Assert.Equal("unit-plan", Assert.Single(Nudge.Overdue(Plan, new DateOnly(2024, 4, 21), [Nothing("CCKL")], ReminderItem.All)).Deadline.Id);
        // After the results-report deadline both are overdue, the earlier deadline first.
        Assert.Equal(["unit-plan", "results-report"], Nudge.Overdue(Plan, new DateOnly(2024, 10, 16), [Nothing("CCKL")], ReminderItem.All).Select(d => d.Deadline.Id));
    }

    [Fact]
    public void No_deadline_is_offered_once_every_unit_has_sent()
    {
        Assert.Empty(Nudge.Overdue(Plan, new DateOnly(2024, 5, 10), [PlanSent("CCKL", new DateOnly(2024, 5, 2))], ReminderItem.All));
    }

    [Fact]
    public void No_deadline_is_overdue_in_a_closed_year()
    {
        Assert.Empty(Nudge.Overdue(Plan, Plan.ClosesOn, [Nothing("CCKL")], ReminderItem.All));
        Assert.NotEmpty(Nudge.Overdue(Plan, Plan.LastOpenDay, [Nothing("CCKL")], ReminderItem.All));
    }

    [Fact]
    public void A_days_nudge_claims_the_scheduled_stage_of_that_day_so_a_unit_is_reminded_once_that_day()
    {
        var deadline = Plan.Deadline("unit-plan");

        // 06/05/2024 is the overdue-5 stage's day (moved from Sunday 05/05): the same key as the scheduled ping.
        Assert.Equal("overdue-5", Nudge.StageOn(Plan, deadline, new DateOnly(2024, 5, 6)).Id);
        // 10/05/2024 has no scheduled stage: a key of that day alone.
        var friday = Nudge.StageOn(Plan, deadline, new DateOnly(2024, 5, 10));
        Assert.Equal("nudge-2024-05-10", friday.Id);
        Assert.Equal(20, friday.Offset);
        Assert.True(friday.Overdue);
        // The next working day is another key: allowed again.
        Assert.Equal("nudge-2024-05-13", Nudge.StageOn(Plan, deadline, new DateOnly(2024, 5, 13)).Id);
    }

    [Theory]
    [InlineData(5, 10, 9, 0, true)]     // Friday in office hours
    [InlineData(5, 10, 8, 0, true)]     // from the send time
    [InlineData(5, 10, 7, 59, false)]   // before it
    [InlineData(5, 10, 17, 0, false)]   // the office has closed
    [InlineData(5, 11, 10, 0, false)]   // Saturday
    [InlineData(4, 30, 10, 0, false)]   // a holiday of the plan
    public void May_go_only_in_the_send_window(int month, int day, int hour, int minute, bool allowed)
    {
        Assert.Equal(allowed, Nudge.MayGo(Plan, Local(month, day, hour, minute)));
    }

    [Theory]
    [InlineData(5, 10, 7, 30, 5, 10)]   // before 08:00: today at 08:00
    [InlineData(5, 10, 17, 30, 5, 13)]  // Friday evening: Monday 08:00
    [InlineData(5, 11, 10, 0, 5, 13)]   // Saturday: Monday
    [InlineData(4, 29, 17, 0, 5, 2)]    // before the 30/04–01/05 holidays (29/04 itself is a swapped day off): Thursday 02/05
    public void Outside_the_window_the_next_opening_is_the_next_working_days_send_time(int month, int day, int hour, int minute, int nextMonth, int nextDay)
    {
        Assert.Equal(Local(nextMonth, nextDay, 8, 0), SendWindow.NextOpening(Plan, Local(month, day, hour, minute)));
    }

    [Fact]
    public void In_the_window_the_next_opening_is_now_and_after_the_close_there_is_none()
    {
        Assert.Equal(Local(5, 10, 9, 0), SendWindow.NextOpening(Plan, Local(5, 10, 9, 0)));
        Assert.Null(SendWindow.NextOpening(Plan, Local(11, 14, 17, 30)));   // the last open day has ended
        Assert.Null(SendWindow.NextOpening(Plan, new DateTimeOffset(2025, 1, 6, 9, 0, 0, Vietnam)));
    }
}
