using DanVan.Domain.Time;

namespace DanVan.Domain.Tests;

public class DepartmentClockTests
{
    [Fact]
    public void Late_evening_utc_is_already_the_next_day_in_vietnam()
    {
        var clock = new DepartmentClock(new FixedTime(DateTimeOffset.Parse("2024-04-19T17:30:00Z")));

        Assert.Equal(new DateOnly(2024, 4, 20), clock.Today);
        Assert.Equal(new DateTime(2024, 4, 20, 0, 30, 0), clock.Now.DateTime);
        Assert.Equal(TimeSpan.FromHours(7), clock.Now.Offset);
        Assert.Equal(DateTimeOffset.Parse("2024-04-19T17:30:00Z"), clock.UtcNow);
    }

    [Fact]
    public void Just_before_vietnamese_midnight_is_still_the_same_day()
    {
        var clock = new DepartmentClock(new FixedTime(DateTimeOffset.Parse("2024-04-19T16:59:59Z")));

        Assert.Equal(new DateOnly(2024, 4, 19), clock.Today);
    }

    [Fact]
    public void ToLocal_converts_any_offset_to_utc_plus_7()
    {
        var local = DepartmentClock.ToLocal(DateTimeOffset.Parse("2024-10-15T09:00:00+02:00"));

        Assert.Equal(new DateTimeOffset(2024, 10, 15, 14, 0, 0, TimeSpan.FromHours(7)), local);
        Assert.Equal(TimeSpan.FromHours(7), local.Offset);
    }
}
