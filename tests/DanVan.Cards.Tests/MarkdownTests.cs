using System.Text.RegularExpressions;
using DanVan.Cards.Json;

namespace DanVan.Cards.Tests;

public partial class MarkdownTests
{
    [Theory]
    [InlineData("Chi cục Kiểm lâm", "Chi cục Kiểm lâm")]                                // nothing to escape: the same string
    [InlineData("Phòng Kế hoạch - Tài chính (KHTC)", "Phòng Kế hoạch - Tài chính (KHTC)")]
    [InlineData("1.200 người; -5; 12/KH-CCKL", "1.200 người; -5; 12/KH-CCKL")]         // no list marker without a space
    [InlineData("[Xác nhận](https://evil.example/a)", "\\[Xác nhận\\](https:\u200B//evil.example/a)")]
    [InlineData("**đậm** _nghiêng_ ~x~ `m`", "\\*\\*đậm\\*\\* \\_nghiêng\\_ \\~x\\~ \\`m\\`")]
    [InlineData("<b>x</b> a\\b", "\\<b\\>x\\</b\\> a\\\\b")]
    [InlineData("&amp; & 1", "\\&amp; & 1")]
    [InlineData("1. một\n2) hai\n- ba\n+ bốn\n# năm\n> sáu\n  - bảy", "1\\. một\n2\\) hai\n\\- ba\n\\+ bốn\n\\# năm\n\\> sáu\n  \\- bảy")]
    [InlineData("---", "\\---")]
    [InlineData("xem https://evil.example ngay", "xem https:\u200B//evil.example ngay")]
    [InlineData("http:// hoặc https://", "http:// hoặc https://")]                      // no address follows: nothing to link
    public void Escape_makes_markup_literal_and_leaves_plain_text_alone(string text, string expected)
    {
        Assert.Equal(expected, Markdown.Escape(text));
    }

    [Fact]
    public void Inline_text_has_no_line_start_on_its_first_line()
    {
        Assert.Equal("**1. Mục**", Markdown.Bold("1. Mục"));
        Assert.Equal("a\n\\- b", Markdown.Escape("a\n- b", inline: true));
    }

    [Fact]
    public void A_validated_link_is_shown_as_itself_and_clickable_with_its_target_intact()
    {
        Assert.Equal("[https://a.vn/x\\_(y)\\*](https://a.vn/x_%28y%29*)", Markdown.Link("https://a.vn/x_(y)*"));
        Assert.Equal("javascript:alert(1)", Markdown.Link("javascript:alert(1)"));
    }

    [Fact]
    public void A_plain_TextBlock_and_a_FactSet_escape_what_they_show_and_a_Markdown_one_keeps_its_markup()
    {
        var card = new Card([
            new TextBlock("[Xác nhận](https://evil.example/a)"),
            TextBlock.Md("**Đậm**"),
            new FactSet([("1. Đơn vị", "_x_")]),
        ], []);

        Assert.Equal(["\\[Xác nhận\\](https:\u200B//evil.example/a)", "**Đậm**"], CardJson.TextBlocks(card));
        Assert.Equal(("1\\. Đơn vị", "\\_x\\_"), Assert.Single(CardJson.Facts(card)));
    }

    public static TheoryData<string> HostileCards() => new(TestData.AllCards().Keys.Where(k => k.Contains("/hostile/")));

    /// <summary>Every hostile card, read as Teams reads TextBlocks and facts: no link, bold, list or heading from user text.</summary>
    [Theory, MemberData(nameof(HostileCards))]
    public void Hostile_user_text_renders_literally_in_every_card(string name)
    {
        var card = TestData.AllCards()[name];
        var texts = CardJson.TextBlocks(card).Concat(CardJson.Facts(card).SelectMany(f => new[] { f.Title, f.Value })).ToList();

        Assert.NotEmpty(texts);
        foreach (var text in texts)
        {
            Assert.False(LiveLink().IsMatch(text) && !text.Contains("](https://snnptnt.tayninh.gov.vn/"), $"{name}: a live link in «{text}»");
            Assert.False(text.Contains("://evil", StringComparison.Ordinal), $"{name}: a bare URL in «{text}»"); // none left to autolink
            // (A link's target is not rendered: only the validated link's own target may hold _ or *.)
            Assert.False(Unescaped().IsMatch(Target().Replace(text.Replace("**", ""), "]")), $"{name}: unescaped markup in «{text}»");
            Assert.False(ListStart().IsMatch(text) && !text.Contains("\n- **") && !text.StartsWith("- ") , $"{name}: a list or heading from user text in «{text}»");
        }
    }

    // [text](target) where neither bracket is escaped.
    [GeneratedRegex(@"(?<!\\)\[[^\]]*(?<!\\)\]\(")]
    private static partial Regex LiveLink();

    // _ ~ ` < of user text, unescaped (the builders' own markup is ** only).
    [GeneratedRegex(@"(?<!\\)[_~`<]")]
    private static partial Regex Unescaped();

    [GeneratedRegex(@"\]\(https://snnptnt\.tayninh\.gov\.vn/[^)]*\)")]
    private static partial Regex Target();

    // A line starting with a list marker, heading or quote.
    [GeneratedRegex(@"(^|\n)\s*([-+#>] |\d+[.)] )")]
    private static partial Regex ListStart();
}
