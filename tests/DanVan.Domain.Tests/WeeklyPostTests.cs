using DanVan.Domain.Department;

namespace DanVan.Domain.Tests;

/// <summary>The 2024 plan: Mondays at 08:00; 29/04 (swapped), 30/04 and 01/05 are days off.</summary>
public class WeeklyPostTests
{
    private static readonly Plans.Plan Plan = TestData.Plan2024;

    private static DateTimeOffset Local(int month, int day, int hour, int minute = 0) => new(2024, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    private static WeeklySlot? Due(DateTimeOffset now) => WeeklyPost.Due(Plan.DepartmentPost, Plan.Reminders, now);

    [Fact]
    public void The_plan_file_sets_monday_at_eight() =>
        Assert.Equal(new WeeklyPostSettings(DayOfWeek.Monday, new TimeOnly(8, 0)), Plan.DepartmentPost);

    [Fact]
    public void Due_from_the_set_time_until_the_week_ends_named_by_its_monday()
    {
        Assert.Null(Due(Local(5, 6, 7, 59)));
        Assert.Equal(new WeeklySlot("2024-05-06", Local(5, 6, 8)), Due(Local(5, 6, 8)));
        Assert.Equal("2024-05-06", Due(Local(5, 9, 15))!.Week);   // an instance down on Monday still posts that week
        Assert.Equal("2024-05-06", Due(Local(5, 12, 23, 59))!.Week);
        Assert.Null(Due(Local(5, 13, 7)));                        // next Monday, before 08:00
    }

    [Fact]
    public void Days_off_move_the_post_to_the_next_working_day_of_the_week()
    {
        // Monday 29/04 to Wednesday 01/05 are days off: Thursday 02/05.
        Assert.Null(Due(Local(5, 1, 9)));
        Assert.Equal(new WeeklySlot("2024-04-29", Local(5, 2, 8)), Due(Local(5, 2, 8)));
    }

    [Fact]
    public void A_week_without_a_working_day_has_no_post()
    {
        var allOff = Plan.Reminders with { Holidays = Enumerable.Range(0, 5).Select(i => new DateOnly(2024, 2, 12).AddDays(i)).ToHashSet() };
        Assert.Null(WeeklyPost.Due(Plan.DepartmentPost, allOff, Local(2, 16, 20)));
    }
}
