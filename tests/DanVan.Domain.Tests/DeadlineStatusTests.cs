using DanVan.Domain.Plans;

namespace DanVan.Domain.Tests;

public class DeadlineStatusTests
{
    /// <summary>The unit plan is due "trước ngày 20/4".</summary>
    private static readonly DateOnly Deadline = new(2024, 4, 20);

    private static DateOnly D(int month, int day) => new(2024, month, day);

    [Fact]
    public void Done_on_the_deadline_day_is_on_time() =>
        Assert.Equal(new DeadlineStatus(DeadlineState.OnTime, 0), DeadlineStatus.Of(Deadline, D(4, 20), D(6, 1)));

    [Fact]
    public void Done_before_the_deadline_is_on_time() =>
        Assert.Equal(new DeadlineStatus(DeadlineState.OnTime, 0), DeadlineStatus.Of(Deadline, D(3, 2), D(3, 2)));

    [Theory]
    [InlineData(4, 21, 1)]
    [InlineData(5, 1, 11)]
    [InlineData(5, 20, 30)]
    public void Done_after_the_deadline_is_late_by_the_days_past_it(int month, int day, int late) =>
        Assert.Equal(new DeadlineStatus(DeadlineState.Late, late), DeadlineStatus.Of(Deadline, D(month, day), D(12, 31)));

    [Fact]
    public void When_it_was_done_is_what_counts_not_today() =>
        Assert.Equal(DeadlineStatus.Of(Deadline, D(4, 25), D(4, 25)), DeadlineStatus.Of(Deadline, D(4, 25), D(11, 30)));

    [Fact]
    public void Not_done_on_the_deadline_day_is_due_today() =>
        Assert.Equal(new DeadlineStatus(DeadlineState.DueToday, 0), DeadlineStatus.Of(Deadline, null, D(4, 20)));

    [Theory]
    [InlineData(4, 19, 1)]
    [InlineData(4, 1, 19)]
    [InlineData(1, 1, 110)] // across months: 31 + 29 (2024 is a leap year) + 31 + 19
    public void Not_done_before_the_deadline_has_days_left(int month, int day, int left) =>
        Assert.Equal(new DeadlineStatus(DeadlineState.Pending, left), DeadlineStatus.Of(Deadline, null, D(month, day)));

    [Theory]
    [InlineData(4, 21, 1)]
    [InlineData(5, 10, 20)]
    [InlineData(6, 15, 56)]
    public void Not_done_after_the_deadline_is_overdue_by_the_days_past_it(int month, int day, int overdue) =>
        Assert.Equal(new DeadlineStatus(DeadlineState.Overdue, overdue), DeadlineStatus.Of(Deadline, null, D(month, day)));

    [Theory]
    [InlineData(DeadlineState.OnTime, true)]
    [InlineData(DeadlineState.Late, true)]
    [InlineData(DeadlineState.Pending, false)]
    [InlineData(DeadlineState.DueToday, false)]
    [InlineData(DeadlineState.Overdue, false)]
    public void Only_on_time_or_late_is_done(DeadlineState state, bool done) =>
        Assert.Equal(done, new DeadlineStatus(state, 0).IsDone);

    [Fact]
    public void The_plans_deadlines_count_down_from_the_same_day()
    {
        var plan = TestData.Plan2024;
        var today = D(6, 15);

        Assert.Equal(new DeadlineStatus(DeadlineState.Overdue, 56), DeadlineStatus.Of(plan.Deadline(DeadlineIds.UnitPlan).Date, null, today));
        Assert.Equal(new DeadlineStatus(DeadlineState.Pending, 122), DeadlineStatus.Of(plan.Deadline(DeadlineIds.ResultsReport).Date, null, today));
    }
}
