using DanVan.Cards.Json;
using DanVan.Cards.Text;
using static DanVan.Cards.Tests.NudgeTestData;

namespace DanVan.Cards.Tests;

public class NudgeCardTests
{
    private static readonly Texts Vi = Texts.Vietnamese;

    private static List<(string Title, string Verb, string? Deadline)> Actions(Card card) =>
        [.. CardJson.OfType(card, "Action.").Select(a => ((string)a["title"]!, (string)a["verb"]!, (string?)a["data"]?[NudgeCards.DeadlineField]))];

    [Fact]
    public void The_list_offers_each_deadline_with_its_overdue_count_and_sends_nothing_itself()
    {
        var card = NudgeCards.Menu(Vi, 2024, [UnitPlan, Report]);

        Assert.Equal("Nhắc ngay các đơn vị quá hạn — kế hoạch năm 2024", CardJson.TextBlocks(card).First());
        Assert.Equal(
        [
            ("Gửi kế hoạch của đơn vị (hạn 20/04/2024): 4 đơn vị quá hạn", NudgeCards.PreviewVerb, "unit-plan"),
            ("Gửi báo cáo kết quả (hạn 15/10/2024): 12 đơn vị quá hạn", NudgeCards.PreviewVerb, "results-report"),
        ], Actions(card));
    }

    [Fact]
    public void With_nothing_overdue_the_list_says_so_without_buttons()
    {
        var card = NudgeCards.Menu(Vi, 2024, []);

        Assert.Contains("Hiện không có đơn vị nào quá hạn.", CardJson.TextBlocks(card));
        Assert.Empty(Actions(card));
    }

    [Fact]
    public void The_confirmation_names_units_and_people_lists_the_others_apart_and_only_its_own_button_sends()
    {
        var card = NudgeCards.Confirm(Vi, List("Chi cục", 2, 1, 2));

        Assert.Equal([("Chi cục 001", "Trưởng đơn vị 001"), ("Chi cục 002", "Trưởng đơn vị 002")], CardJson.Facts(card));
        var texts = CardJson.TextBlocks(card).ToList();
        Assert.Contains("DanVan sẽ nhắc 2 đơn vị (2 người nhận), mỗi người một tin trong chat riêng với DanVan:", texts);
        Assert.Contains("Đã được nhắc hôm nay, không nhắc lại: 1 đơn vị (Chi cục đã nhắc 001).", texts);
        Assert.Contains(texts, x => x.StartsWith("Không nhắc được 2 đơn vị (") && x.EndsWith("Chi cục không nhắc được 001; Chi cục không nhắc được 002."));
        Assert.Equal([("Nhắc ngay", NudgeCards.SendVerb, "unit-plan"), ("Hủy", NudgeCards.OpenVerb, null)], Actions(card));
    }

    [Fact]
    public void A_long_list_is_cut_with_a_count_and_nobody_left_means_no_send_button()
    {
        var big = NudgeCards.Confirm(Vi, List("Trạm", 200, 0, 0));
        Assert.Equal(NudgeCards.MaxListed, CardJson.Facts(big).Count());
        Assert.Contains("… và 180 đơn vị khác.", CardJson.TextBlocks(big));

        var none = NudgeCards.Confirm(Vi, List("Trạm", 0, 2, 0));
        Assert.Contains("Không còn đơn vị nào để nhắc hôm nay.", CardJson.TextBlocks(none));
        Assert.Equal([("Hủy", NudgeCards.OpenVerb, null)], Actions(none));
    }

    [Fact]
    public void Unit_names_are_shown_as_typed_never_as_markup()
    {
        var card = NudgeCards.Confirm(Vi, new NudgeList(UnitPlan, [], [], ["[Bấm](https://evil.example/a)"]));

        var line = Assert.Single(CardJson.TextBlocks(card), x => x.StartsWith("Không nhắc được"));
        Assert.Contains("\\[Bấm\\]", line);
        Assert.DoesNotContain("](https://", line, StringComparison.Ordinal);
    }
}
