using DanVan.Domain.Department;
using DanVan.Domain.Progress;
using DanVan.Domain.Training;

namespace DanVan.Domain.Tests;

public class PercentagesTests
{
    [Theory]
    [InlineData(15, 16, "93.8")]   // rounded, not cut (93,75 → 93,8)
    [InlineData(1, 3, "33.3")]
    [InlineData(2, 3, "66.7")]
    [InlineData(45, 50, "90")]
    [InlineData(16, 16, "100")]
    [InlineData(1999, 2000, "99.9")] // 99,95 would round to 100: never while someone is missing
    [InlineData(1, 2000, "0.1")]     // 0,05 would round to 0: never once something is done
    [InlineData(0, 16, "0")]
    [InlineData(3, 0, "0")]
    public void Rounds_to_one_decimal_but_never_to_100_or_0_falsely(int part, int whole, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Percentages.Of(part, whole));

    [Fact]
    public void A_units_training_and_the_departments_figures_round_the_same_way()
    {
        Assert.Equal(93.8m, TrainingStanding.Of(new TrainingReport(16, 15, 1, new DateOnly(2024, 3, 1)), TestData.Plan2024.Target(1)).Percent);
        Assert.Equal(93.8m, new TrainingFigures(1, 0, 16, 15).Percent);
        Assert.Equal(66.7m, new DemocracyFigures(3, 2, []).Percent);
    }
}
