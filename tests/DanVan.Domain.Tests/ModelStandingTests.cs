using DanVan.Domain.Models;
using DanVan.Domain.Plans;

namespace DanVan.Domain.Tests;

public class ModelStandingTests
{
    private static DanVanKheoModel Model(ModelStatus status, bool newRural = false) =>
        new("Mô hình", ModelField.Economy, newRural, new DateOnly(2023, 1, 1), "Nội dung", null, 10, status);

    [Fact]
    public void No_model_is_not_met_and_zero_complete()
    {
        var s = ModelStanding.Of([], new ModelSettings(1));

        Assert.Equal((false, 0m, 1), (s.Met, s.Completion, s.StillNeeded));
    }

    [Fact]
    public void Counts_models_recognised_awarded_and_tied_to_new_rural_areas()
    {
        var s = ModelStanding.Of(
            [Model(ModelStatus.Registered, newRural: true), Model(ModelStatus.Recognised), Model(ModelStatus.Awarded, newRural: true)],
            new ModelSettings(1));

        Assert.Equal(new ModelStanding(3, 1, 1, 2, 1), s);
        Assert.True(s.Met);
        Assert.Equal(1m, s.Completion);       // more models than needed never count above 100%
    }

    [Theory]
    [InlineData(1, 3, false, 1, 2)]
    [InlineData(2, 3, false, 2, 1)]
    [InlineData(3, 3, true, 3, 0)]
    [InlineData(0, 0, true, 0, 0)]        // a plan that asks for none is met by any unit
    public void Completion_is_the_share_of_the_minimum(int count, int min, bool met, int thirds, int stillNeeded)
    {
        var s = ModelStanding.Of(Enumerable.Repeat(Model(ModelStatus.InProgress), count), new ModelSettings(min));

        Assert.Equal(met, s.Met);
        Assert.Equal(stillNeeded, s.StillNeeded);
        Assert.Equal(min == 0 ? 1m : thirds / 3m, s.Completion);
    }
}
