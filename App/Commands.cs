using System.Globalization;
using System.Text;

namespace DanVan.App;

/// <summary>Typed text as the route table matches it (<see cref="Routing.CommandMatcher"/>).</summary>
public static class Commands
{
    /// <summary>Lower case, no diacritics (đ → d), no punctuation at the ends, commas as spaces, single spaces.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Trim().ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        // Commas and quotes separate words: the feature is written "Học tập, quán triệt" and "Dân vận khéo".
        var words = sb.ToString().Replace(',', ' ').Replace('"', ' ').Replace('“', ' ').Replace('”', ' ')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', words);
        return joined == "?" ? joined : joined.Trim('.', '!', '?', ',', ':', ';', '\'', '/');
    }
}
