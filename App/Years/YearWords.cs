using System.Text.RegularExpressions;

namespace DanVan.App.Years;

/// <summary>
/// A year named in a message ("tình hình năm 2024", "tong hop nam 2024", "summary year 2024"): the year, and the
/// message without it, which is then matched as any command.
/// </summary>
public static partial class YearWords
{
    /// <summary>The card data naming the plan year a card belongs to (untrusted: only a known plan id is served).</summary>
    public const string DataKey = Cards.YearCards.Years.DataKey;

    public static (int? Year, string? Text) Split(string? text)
    {
        if (text is null) return (null, null);
        var match = Named().Match(text);
        if (!match.Success) return (null, text);
        var rest = (text[..match.Index] + " " + text[(match.Index + match.Length)..]).Trim();
        return (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), rest);
    }

    [GeneratedRegex(@"(?<![\p{L}\d])(?:năm|nam|year)\s*(20\d\d)(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
