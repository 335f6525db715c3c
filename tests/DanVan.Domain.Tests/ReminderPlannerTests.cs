using DanVan.Domain.Plans;
using DanVan.Domain.Reminders;
using DanVan.Domain.Repositories;
using static DanVan.Domain.Tests.ReminderTestData;

namespace DanVan.Domain.Tests;

public class ReminderPlannerTests
{
    private static readonly Plan Plan = TestData.Plan2024;

    private static string Due(DateTimeOffset now, params UnitSubmissions[] units) =>
        string.Join(", ", ReminderPlanner.Due(Plan, now, units).Select(p => $"{p.UnitId} {p.Deadline.Id} {p.Stage.Id}"));

    [Fact]
    public void Walks_the_unit_plan_calendar_for_a_unit_that_sends_nothing()
    {
        var unit = Nothing("CCKL");
        // 08:00 each day from 01/04 to 10/05: the stage due that morning, if any.
        var pinged = Enumerable.Range(0, 40).Select(d => Local(4, 1).AddDays(d))
            .SelectMany(at => ReminderPlanner.Due(Plan, at, [unit]).Select(p => $"{at:MM-dd} {p.Stage.Id}"));

        Assert.Equal(["04-12 t-7", "04-17 t-3", "04-19 t0", "04-23 overdue-1", "04-26 overdue-2",
            "05-02 overdue-4", "05-06 overdue-5"], pinged);
    }

    [Fact]
    public void Nothing_is_due_just_before_the_send_time_and_the_stage_is_due_at_it()
    {
        Assert.Equal("", Due(Local(4, 12, 7, 59), Nothing("CCKL")));
        Assert.Equal("CCKL unit-plan t-7", Due(Local(4, 12, 8, 0), Nothing("CCKL")));
    }

    [Theory]
    [InlineData(4, 12, 8, 0, "CCKL unit-plan t-7")]
    [InlineData(4, 12, 16, 59, "CCKL unit-plan t-7")]   // the bot was down at 08:00: sent later that day, in office hours
    [InlineData(4, 12, 17, 0, "")]                      // the office has closed: not at night
    [InlineData(4, 12, 23, 30, "")]
    [InlineData(4, 13, 1, 45, "")]                      // never carried into the next day (a Saturday)
    [InlineData(4, 15, 7, 59, "")]                      // nor to the next working day before its send time
    [InlineData(4, 15, 8, 0, "")]                       // nor after it
    [InlineData(4, 16, 12, 0, "")]                      // t-7 is four days old and t-3 not yet due
    public void A_stage_is_due_on_its_own_day_within_office_hours_only(int month, int day, int hour, int minute, string expected) =>
        Assert.Equal(expected, Due(Local(month, day, hour, minute), Nothing("CCKL")));

    [Fact]
    public void Office_hours_come_from_the_plan()
    {
        var plan = Plan with { OfficeHours = new DanVan.Domain.Time.OfficeHours(new TimeOnly(7, 30), new TimeOnly(11, 30)) };

        Assert.Single(ReminderPlanner.Due(plan, Local(4, 12, 11, 29), [Nothing("A")]));
        Assert.Empty(ReminderPlanner.Due(plan, Local(4, 12, 11, 30), [Nothing("A")]));
    }

    [Fact]
    public void Nothing_is_due_once_the_year_is_closed_nor_before_it_opens()
    {
        var closed = Plan with { ClosesOn = new DateOnly(2024, 4, 17) };
        var opensLate = Plan with { OpensOn = new DateOnly(2024, 4, 13) };

        Assert.Single(ReminderPlanner.Due(closed, Local(4, 12), [Nothing("A")]));
        Assert.Empty(ReminderPlanner.Due(closed, Local(4, 17), [Nothing("A")]));
        Assert.Empty(ReminderPlanner.Due(opensLate, Local(4, 12), [Nothing("A")]));
        Assert.Single(ReminderPlanner.Due(opensLate, Local(4, 17), [Nothing("A")]));
    }

    [Fact]
    public void The_catch_up_window_can_be_narrowed()
    {
        var units = new[] { Nothing("CCKL") };

        Assert.Single(ReminderPlanner.Due(Plan, Local(4, 12, 9, 59), units, TimeSpan.FromHours(2)));
        Assert.Empty(ReminderPlanner.Due(Plan, Local(4, 12, 10, 0), units, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Only_units_still_missing_the_plan_are_pinged()
    {
        var due = Due(Local(4, 19, 9, 0),
            Nothing("A"), PlanNotIssued("B"), PlanIssuedNotSent("C"), PlanSent("D", new DateOnly(2024, 4, 15)));

        Assert.Equal("A unit-plan t0, B unit-plan t0, C unit-plan t0", due);
    }

    [Fact]
    public void A_unit_that_sent_its_plan_is_never_due_even_when_it_sent_late()
    {
        var onTime = PlanSent("D", new DateOnly(2024, 4, 10));
        var late = PlanSent("E", new DateOnly(2024, 4, 24));
        var mornings = Enumerable.Range(0, 60).Select(d => Local(4, 1).AddDays(d));

        Assert.All(mornings, at => Assert.Empty(ReminderPlanner.Due(Plan, at, [onTime])));
        Assert.Equal("", Due(Local(4, 26), late));
    }

    [Fact]
    public void The_ping_says_how_the_deadline_stands_on_the_day_it_goes_out()
    {
        var t0 = ReminderPlanner.Due(Plan, Local(4, 19), [Nothing("A")]).Single();
        var overdue = ReminderPlanner.Due(Plan, Local(4, 23), [Nothing("A")]).Single();

        Assert.Equal((new DateOnly(2024, 4, 19), new DeadlineStatus(DeadlineState.Pending, 1)), (t0.Stage.Date, t0.Status));
        Assert.Equal(new DeadlineStatus(DeadlineState.Overdue, 3), overdue.Status);
        Assert.Equal(SubmissionItems.UnitPlan, overdue.Item.Item);
    }

    [Fact]
    public void The_results_report_is_chased_until_it_is_sent()
    {
        var withPlan = PlanSent("A", new DateOnly(2024, 4, 15));

        Assert.Equal("A results-report t0", Due(Local(10, 15, 10, 0), withPlan));
        Assert.Equal("A results-report overdue-1", Due(Local(10, 18), withPlan));
        Assert.Equal("", Due(Local(10, 18), ReportSent(withPlan, new DateOnly(2024, 10, 16))));
    }

    [Fact]
    public void After_the_last_overdue_stage_nobody_is_pinged_any_more()
    {
        Assert.Equal("A results-report overdue-5", Due(Local(10, 30), Nothing("A")));
        Assert.Equal("", Due(Local(11, 2), Nothing("A")));
        Assert.Equal("", Due(Local(12, 31), Nothing("A")));
    }

    [Fact]
    public void A_deadline_the_code_does_not_know_is_not_chased()
    {
        var plan = Plan with { Deadlines = [.. Plan.Deadlines, new Deadline("mid-year", "Sơ kết 6 tháng", new DateOnly(2024, 6, 14), [1])] };

        Assert.Empty(ReminderPlanner.Due(plan, new DateTimeOffset(2024, 6, 14, 8, 0, 0, Vietnam), [Nothing("A")]));
    }

    [Fact]
    public void Units_without_stored_data_are_included_and_inactive_ones_left_out()
    {
        var stored = new[] { PlanSent("A", new DateOnly(2024, 4, 2)), Nothing("OLD") };

        var units = ReminderPlanner.Units(["A", "B"], stored);

        Assert.Equal(["A", "B"], units.Select(u => u.UnitId));
        Assert.Same(stored[0], units[0]);
        Assert.Equal("B unit-plan t0", Due(Local(4, 19), [.. units]));
    }
}
