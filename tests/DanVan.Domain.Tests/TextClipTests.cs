using System.Globalization;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Tests;

public class TextClipTests
{
    [Fact]
    public void Text_within_the_limit_is_left_alone()
    {
        Assert.Equal("Chi cục Kiểm lâm", TextClip.Clip("Chi cục Kiểm lâm", 16));
    }

    [Theory]
    [InlineData("👨‍👩‍👧")] // 8 UTF-16 units, one text element
    [InlineData("🇻🇳")]       // a flag: two regional indicators
    [InlineData("Ệ")]        // E + two combining marks, decomposed
    public void A_clip_never_cuts_a_text_element_in_half(string element)
    {
        // The limit falls inside the element at every offset: it is kept whole or dropped whole.
        for (var prefix = 110; prefix < 120; prefix++)
        {
            var text = new string('a', prefix) + element + new string('b', 20);

            var clipped = TextClip.Clip(text, 120);

            Assert.True(clipped.Length <= 120, $"{clipped.Length} > 120");
            Assert.EndsWith("…", clipped);
            var body = clipped[..^1];
            Assert.True(body == new string('a', prefix) || body.StartsWith(new string('a', prefix) + element),
                $"cut inside the element at prefix {prefix}: {body[prefix..]}");
            Assert.All(Elements(clipped), e => Assert.False(char.IsSurrogate(e[^1]) && e.Length == 1, "lone surrogate"));
        }
    }

    [Fact]
    public void The_ellipsis_counts_towards_the_limit()
    {
        var clipped = TextClip.Clip(new string('x', 61), 60);

        Assert.Equal(new string('x', 59) + "…", clipped);
    }

    [Fact]
    public void Trailing_spaces_before_the_ellipsis_are_dropped()
    {
        Assert.Equal("Vận động…", TextClip.Clip("Vận động nhân dân", 10));
    }

    [Fact]
    public void A_clip_without_an_ellipsis_is_a_prefix_of_whole_elements()
    {
        Assert.Equal("ab", TextClip.Clip("ab🇻🇳", 3, ellipsis: ""));
    }

    private static IEnumerable<string> Elements(string s)
    {
        var e = StringInfo.GetTextElementEnumerator(s);
        while (e.MoveNext()) yield return (string)e.Current;
    }
}
