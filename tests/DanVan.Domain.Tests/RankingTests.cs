using DanVan.Domain.Standing;

namespace DanVan.Domain.Tests;

public class RankingTests
{
    private static readonly Dictionary<string, decimal> Completion = new()
    {
        ["A"] = 0.5m, ["B"] = 0.5m, ["C"] = 0.8m, ["D"] = 0.2m, ["OLD"] = 1m,
    };

    /// <summary>E has submitted nothing; OLD is no longer an active unit.</summary>
    private static readonly string[] Active = ["A", "B", "C", "D", "E"];

    [Theory]
    [InlineData("C", 1, "0.8")]
    [InlineData("A", 2, "0.5")] // ties share a place…
    [InlineData("B", 2, "0.5")]
    [InlineData("D", 4, "0.2")] // …and the next place is skipped (1, 2, 2, 4)
    [InlineData("E", 5, "0")]   // nothing submitted counts as 0
    public void Ranks_by_completion_among_active_units(string unit, int position, string completion) =>
        Same(new Rank(position, 5, decimal.Parse(completion, System.Globalization.CultureInfo.InvariantCulture)),
            Ranking.Of(unit, Completion, Active));

    [Fact]
    public void Units_with_nothing_tie_with_each_other_and_with_zero()
    {
        var completion = new Dictionary<string, decimal> { ["A"] = 0.4m, ["Z"] = 0m };
        string[] active = ["A", "E", "F", "Z"];

        Same(new Rank(2, 4, 0m), Ranking.Of("E", completion, active));
        Same(new Rank(2, 4, 0m), Ranking.Of("F", completion, active));
        Same(new Rank(2, 4, 0m), Ranking.Of("Z", completion, active));
    }

    [Fact]
    public void An_inactive_unit_never_pushes_an_active_one_down() =>
        Same(new Rank(1, 2, 0.5m), Ranking.Of("A", Completion, ["A", "B"])); // OLD has 1.0 but is not active

    [Fact]
    public void Everyone_with_nothing_shares_first_place() =>
        Same(new Rank(1, 3, 0m), Ranking.Of("B", new Dictionary<string, decimal>(), ["A", "B", "C"]));

    [Fact]
    public void No_active_units_still_reads_as_one_of_one() =>
        Same(new Rank(1, 1, 0m), Ranking.Of("A", new Dictionary<string, decimal>(), []));

    [Fact]
    public void Overall_is_the_mean_over_all_the_plans_targets()
    {
        // Targets 3 and 5 have no line yet: they count as 0 in the mean over 5 targets.
        Assert.Equal(0.5m, Ranking.Overall([(1, 1m), (2, 0.5m), (4, 1m)], 5));
        Assert.Equal(0.18m, Ranking.Overall([(1, 0.9m)], 5));
    }

    [Fact]
    public void Several_lines_of_one_target_are_averaged_first() =>
        // Target 4 has two lines (e.g. two reforms, one done): 0.5 for the target, then over 2 targets.
        Assert.Equal(0.75m, Ranking.Overall([(4, 1m), (4, 0m), (1, 1m)], 2));

    [Theory]
    [InlineData("1.5", "0.5")]   // over-achievement counts as done, not more
    [InlineData("-0.5", "0")]    // a negative figure never lowers the others
    [InlineData("1", "0.5")]
    public void Each_target_is_clamped_to_0_1(string completion, string overall) =>
        Assert.Equal(decimal.Parse(overall, System.Globalization.CultureInfo.InvariantCulture),
            Ranking.Overall([(1, decimal.Parse(completion, System.Globalization.CultureInfo.InvariantCulture))], 2));

    [Fact]
    public void Clamping_happens_per_line_before_averaging() =>
        Assert.Equal(0.5m, Ranking.Overall([(1, 2m), (1, 0m)], 1)); // (1 + 0) / 2, not (2 + 0) / 2

    [Fact]
    public void Overall_is_rounded_to_four_places() => Assert.Equal(0.3333m, Ranking.Overall([(1, 1m)], 3));

    [Fact]
    public void A_plan_without_targets_is_zero() => Assert.Equal(0m, Ranking.Overall([], 0));

    /// <summary>Place, field and completion; how many share the place is checked by the tests below.</summary>
    private static void Same(Rank expected, Rank actual) =>
        Assert.Equal((expected.Position, expected.Of, expected.Completion), (actual.Position, actual.Of, actual.Completion));

    [Fact]
    public void A_tie_says_how_many_units_share_the_place()
    {
        Assert.Equal(2, Ranking.Of("A", Completion, Active).Sharing);
        Assert.True(Ranking.Of("A", Completion, Active).IsShared);
        Assert.False(Ranking.Of("C", Completion, Active).IsShared);
    }

    [Fact]
    public void A_unit_with_nothing_done_is_not_ranked_even_when_everyone_ties_at_zero()
    {
        var rank = Ranking.Of("B", new Dictionary<string, decimal>(), ["A", "B", "C"]);

        Assert.False(rank.IsRanked);
        Assert.Equal(3, rank.Sharing);
        Assert.True(Ranking.Of("D", Completion, Active).IsRanked);
    }

    [Fact]
    public void All_ranks_every_active_unit_once()
    {
        var all = Ranking.All(Completion, Active);

        Assert.Equal(Active.Order(), all.Keys.Order());
        Assert.Equal(1, all["C"].Position);
        Assert.Equal(5, all["E"].Position);
    }
}
