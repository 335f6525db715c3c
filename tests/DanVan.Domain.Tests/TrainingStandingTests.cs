using DanVan.Domain.Training;

namespace DanVan.Domain.Tests;

public class TrainingStandingTests
{
    [Theory]
    [InlineData(45, 50, "90", 5)]
    [InlineData(49, 50, "98", 1)]
    [InlineData(50, 50, "100", 0)]
    [InlineData(1999, 2000, "99.9", 1)] // rounded down: one person short never reads 100%
    [InlineData(2, 3, "66.7", 1)]
    [InlineData(0, 7, "0", 7)]
    public void Percent_and_people_left(int trained, int total, string percent, int left)
    {
        var s = Of(trained, total);

        Assert.Equal(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture), s.Percent);
        Assert.Equal(left, s.StillToTrain);
        Assert.Equal(left == 0, s.Met);
        Assert.Equal(100, s.RequiredPercent);
    }

    [Fact]
    public void Zero_staff_does_not_divide_by_zero() => Assert.Equal(0m, Of(0, 0).Percent);

    private static TrainingStanding Of(int trained, int total) =>
        TrainingStanding.Of(new TrainingReport(total, trained, 1, new DateOnly(2024, 3, 1)), TestData.Plan2024.Target(1));
}
