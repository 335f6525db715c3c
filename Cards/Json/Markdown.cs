using System.Text;

namespace DanVan.Cards.Json;

/// <summary>
/// Teams renders a TextBlock's text, and a FactSet's titles and values, as Markdown: **bold**, _italic_, "- " and
/// "1. " lists at a line start, [links](url) — and bare URLs become links. A user's text (a unit or model name, a
/// note, a refused card value) must read as typed, never as markup: a refused <c>unitId</c> of
/// <c>[Xác nhận](https://evil.example/a)</c> showed the office a live link in its log. <see cref="Escape"/> is the
/// one escaping function; <see cref="TextBlock"/> and <see cref="FactSet"/> apply it to all their text unless a
/// builder marks that text as Markdown it wrote itself (then it escapes each user part with it).
/// </summary>
public static class Markdown
{
    /// <summary>
    /// <paramref name="text"/> as literal text: CommonMark backslash escapes for the characters that start markup
    /// (\ ` * _ ~ [ ] &lt; and an entity's &amp;), for a heading, quote or list marker at a line start (# &gt; - + * and the
    /// "." or ")" of "1." / "1)"), and a zero-width space inside "://" so a bare URL is not turned into a link.
    /// </summary>
    /// <param name="inline">The text goes after other text on its line (e.g. inside **…**): its first line is not a line start.</param>
    public static string Escape(string text, bool inline = false)
    {
        if (!NeedsEscape(text)) return text;
        var sb = new StringBuilder(text.Length + 8);
        var lineStart = !inline;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (lineStart)
            {
                var j = i;
                while (j < text.Length && text[j] is ' ' or '\t') j++;
                sb.Append(text, i, j - i);
                i = j;
                if (i >= text.Length) break;
                c = text[i];
                lineStart = false;
                // Markers only count followed by a space or the line's end ("-5", "1.200" stay as they are), or
                // repeated ("---", "##").
                if (c == '>' || (c is '#' or '-' or '+' && MarkerEnds(text, i + 1, c)))
                {
                    sb.Append('\\').Append(c);
                    continue;
                }
                if (char.IsAsciiDigit(c))
                {
                    var k = i;
                    while (k < text.Length && char.IsAsciiDigit(text[k])) k++;
                    sb.Append(text, i, k - i);
                    if (k < text.Length && text[k] is '.' or ')' && MarkerEnds(text, k + 1, '\0')) sb.Append('\\').Append(text[k]);
                    else k--;
                    i = k;
                    continue;
                }
            }
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '~' or '[' or ']' or '<' or '>' or '|':
                    sb.Append('\\').Append(c);
                    break;
                case '&' when i + 1 < text.Length && (text[i + 1] == '#' || char.IsAsciiLetter(text[i + 1])):
                    sb.Append("\\&");
                    break;
                case ':' when i + 3 < text.Length && text[i + 1] == '/' && text[i + 2] == '/' && char.IsLetterOrDigit(text[i + 3]):
                    sb.Append(":\u200B");
                    break;
                case '\n':
                    sb.Append(c);
                    lineStart = true;
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>User text in bold, for a builder's own Markdown.</summary>
    public static string Bold(string text) => $"**{Escape(text, inline: true)}**";

    /// <summary>
    /// A link the server validated (an absolute http/https address, no spaces): shown as itself and clickable. The
    /// visible text is the address, escaped; the target has the characters that would end it percent-encoded.
    /// </summary>
    public static string Link(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? $"[{Escape(url, inline: true).Replace(":\u200B//", "://")}]({uri.AbsoluteUri.Replace("(", "%28").Replace(")", "%29").Replace("<", "%3C").Replace(">", "%3E")})"
            : Escape(url);

    private static bool MarkerEnds(string text, int next, char marker) =>
        next >= text.Length || text[next] is ' ' or '\t' or '\n' || text[next] == marker;

    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
            if (c is '\\' or '`' or '*' or '_' or '~' or '[' or ']' or '<' or '>' or '|' or '&' or ':' or '#' or '-' or '+' or '\n'
                || char.IsAsciiDigit(c)) return true;
        return false;
    }
}
