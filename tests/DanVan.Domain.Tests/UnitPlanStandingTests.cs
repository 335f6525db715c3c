using DanVan.Domain.Plans;
using DanVan.Domain.UnitPlans;

namespace DanVan.Domain.Tests;

public class UnitPlanStandingTests
{
    private static readonly DateOnly Deadline = new(2024, 4, 20);

    [Fact]
    public void The_deadline_comes_from_the_plan() =>
        Assert.Equal(Deadline, UnitPlanStanding.Of(null, TestData.Plan2024, new DateOnly(2024, 5, 10)).Deadline);

    [Theory]
    [InlineData("2024-04-18", UnitPlanProgress.SentOnTime, DeadlineState.OnTime, 0, 1.0)]
    [InlineData("2024-04-20", UnitPlanProgress.SentOnTime, DeadlineState.OnTime, 0, 1.0)]   // the deadline day is on time
    [InlineData("2024-04-21", UnitPlanProgress.SentLate, DeadlineState.Late, 1, 0.75)]
    [InlineData("2024-04-25", UnitPlanProgress.SentLate, DeadlineState.Late, 5, 0.75)]
    public void A_sent_plan_is_on_time_or_late_by_days(string sent, UnitPlanProgress progress, DeadlineState state, int days, double completion)
    {
        var s = Of(Sent(DateOnly.Parse(sent)), today: new DateOnly(2024, 5, 10));

        Assert.Equal((progress, state, days, (decimal)completion), (s.Progress, s.Status.State, s.Status.Days, s.Completion));
    }

    [Theory]
    [InlineData("2024-04-10", DeadlineState.Pending, 10)]
    [InlineData("2024-04-20", DeadlineState.DueToday, 0)]
    [InlineData("2024-05-10", DeadlineState.Overdue, 20)]
    public void Issued_but_not_sent_counts_as_not_sent_with_half_completion(string today, DeadlineState state, int days)
    {
        var s = Of(new UnitPlanReport(true, "12/KH-CCKL", new DateOnly(2024, 4, 5), null, null, null), DateOnly.Parse(today));

        Assert.Equal((UnitPlanProgress.IssuedNotSent, state, days, 0.5m), (s.Progress, s.Status.State, s.Status.Days, s.Completion));
        Assert.Equal(state == DeadlineState.Overdue, s.Overdue);
    }

    [Theory]
    [InlineData("2024-04-15", DeadlineState.Pending, 5, false)]
    [InlineData("2024-04-21", DeadlineState.Overdue, 1, true)]
    public void Not_issued_is_zero_with_days_left_or_overdue(string today, DeadlineState state, int days, bool overdue)
    {
        var s = Of(UnitPlanReport.NotIssued("Đang trình ký"), DateOnly.Parse(today));

        Assert.Equal((UnitPlanProgress.NotIssued, state, days, 0m, overdue), (s.Progress, s.Status.State, s.Status.Days, s.Completion, s.Overdue));
    }

    [Fact]
    public void Nothing_reported_is_zero()
    {
        var s = Of(null, new DateOnly(2024, 5, 10));

        Assert.Equal((UnitPlanProgress.NotReported, DeadlineState.Overdue, 20, 0m), (s.Progress, s.Status.State, s.Status.Days, s.Completion));
    }

    [Fact]
    public void A_sent_date_on_a_plan_marked_not_issued_is_ignored()
    {
        // The validator never stores this; a hand-edited record must still not count as sent.
        var s = Of(new UnitPlanReport(false, null, null, new DateOnly(2024, 4, 1), null, null), new DateOnly(2024, 5, 10));

        Assert.Equal((UnitPlanProgress.NotIssued, 0m), (s.Progress, s.Completion));
    }

    private static UnitPlanReport Sent(DateOnly sent) => new(true, "12/KH-CCKL", new DateOnly(2024, 4, 5), sent, null, null);

    private static UnitPlanStanding Of(UnitPlanReport? r, DateOnly today) => UnitPlanStanding.Of(r, TestData.Plan2024, today);
}
