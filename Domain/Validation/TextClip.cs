using System.Globalization;

namespace DanVan.Domain.Validation;

/// <summary>
/// The one way DanVan shortens text for display or for a bounded log: by whole text elements (what a reader sees as one
/// character — an emoji family 👨‍👩‍👧, a flag 🇻🇳, a letter with its marks), never cutting one in half and never leaving
/// a lone surrogate behind.
/// </summary>
public static class TextClip
{
    /// <summary>
    /// <paramref name="text"/> if it has at most <paramref name="maxLength"/> UTF-16 units; otherwise the longest run of
    /// whole text elements that fits with <paramref name="ellipsis"/> after it (spaces before the ellipsis dropped).
    /// The length, not the count of elements, is the bound: one element can hold any number of combining marks, and
    /// what is clipped is also stored or sent with a size limit.
    /// </summary>
    public static string Clip(string text, int maxLength, string ellipsis = "…")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, ellipsis.Length);
        if (text.Length <= maxLength) return text;
        var budget = maxLength - ellipsis.Length;
        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var next = elements.ElementIndex + ((string)elements.Current).Length;
            if (next > budget) break;
            end = next;
        }
        var kept = text[..end];
        return ellipsis.Length == 0 ? kept : kept.TrimEnd() + ellipsis;
    }
}
