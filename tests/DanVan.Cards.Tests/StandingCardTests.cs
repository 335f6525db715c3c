using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Standing;

namespace DanVan.Cards.Tests;

public class StandingCardTests
{
    private static readonly DateOnly Today = new(2024, 5, 10);

    private static Json.Card Build(Texts t, Rank rank, bool compact = false) =>
        StandingCard.Build(t, TestData.Plan, TestData.Unit, StandingTestData.Lines(t, null, null, null, Today), rank, Today, "09:00", compact);

    [Fact]
    public void English_names_the_deadlines_in_english()
    {
        var facts = CardJson.Facts(Build(Texts.English, new Rank(1, 15, 0.5m))).Select(f => f.Title).ToList();

        Assert.Equal(["Send the unit's plan", "Send the results report"], facts);
    }

    [Fact]
    public void Every_target_is_a_bar_in_its_status_colour()
    {
        var card = Build(Texts.Vietnamese, new Rank(1, 15, 0.5m));

        // Nothing reported, 20/04 passed: target 2 is overdue (an empty bar, its % in the attention colour).
        var bars = CardJson.OfType(card, "ColumnSet").Where(s => s["columns"]!.AsArray().All(c => c!["items"]!.AsArray().Count == 0)).ToList();
        Assert.Equal(6, bars.Count); // five targets and the models
        Assert.Contains(CardJson.OfType(card, "TextBlock"), b => (string?)b["text"] == "0%" && (string?)b["color"] == "Attention");
    }

    [Theory]
    [InlineData(0, 1, 15, "Mức hoàn thành chung: 0% · chưa xếp hạng (đơn vị chưa có kết quả nào được tính).")]
    [InlineData(3, 2, 15, "Mức hoàn thành chung: 40% · đồng hạng 2/15 (cùng 3 đơn vị).")]
    [InlineData(1, 2, 15, "Mức hoàn thành chung: 40% · xếp thứ 2/15 đơn vị của Sở.")]
    public void The_rank_is_not_praise_at_zero_and_a_tie_says_so(int sharing, int position, int of, string expected)
    {
        var rank = new Rank(position, of, sharing == 0 ? 0m : 0.4m) { Sharing = Math.Max(sharing, 1) };

        Assert.Equal(expected, StandingCard.RankText(Texts.Vietnamese, rank));
    }

    [Fact]
    public void The_compact_standing_after_a_save_has_no_deadline_list()
    {
        Assert.Empty(CardJson.OfType(Build(Texts.Vietnamese, new Rank(1, 15, 0.5m), compact: true), "FactSet"));
        Assert.Single(CardJson.OfType(Build(Texts.Vietnamese, new Rank(1, 15, 0.5m)), "FactSet"));
    }
}
