using System.Text;

namespace DanVan.Domain.Validation;

/// <summary>Why a text was refused.</summary>
public enum TextProblem
{
    None,
    /// <summary>A C0 or C1 control character (U+0000–U+001F, U+007F–U+009F), other than newline and tab in a multi-line field.</summary>
    ControlCharacter,
    /// <summary>A lone surrogate (half of an emoji), U+FFFD (what a decoder leaves of broken text) or a noncharacter.</summary>
    InvalidCharacter,
}

/// <summary>A text input as it will be stored (trimmed, NFC; null when empty), or why it cannot be.</summary>
public readonly record struct TextRead(string? Value, TextProblem Problem);

/// <summary>
/// The one normaliser for untrusted text, applied where it enters: every form field, every roster input, and (through
/// <see cref="NormalizeMessage"/>) the chat message. What it lets through is composed (NFC) — the same Vietnamese typed
/// on two keyboards is stored, counted and compared alike — and free of characters that break what is built from it
/// later: a vertical tab (Word's Shift+Enter) stored in a note made every .xlsx export fail, and a lone surrogate
/// was silently stored as U+FFFD.
/// </summary>
public static class UntrustedText
{
    /// <summary>Reads a form field: refused with a reason rather than silently changed, so the user sees what to fix.</summary>
    public static TextRead Read(string? raw, bool multiline)
    {
        var s = raw?.Trim();
        if (string.IsNullOrEmpty(s)) return new(null, TextProblem.None);
        if (HasInvalid(s)) return new(null, TextProblem.InvalidCharacter);
        // A newline typed on Windows arrives as CR LF: one newline, not a control character.
        if (multiline) s = s.Replace("\r\n", "\n").Replace('\r', '\n');
        foreach (var c in s)
            if (char.IsControl(c) && !(multiline && c is '\n' or '\t')) return new(null, TextProblem.ControlCharacter);
        return new(s.Normalize(NormalizationForm.FormC), TextProblem.None);
    }

    /// <summary>
    /// A chat message, made safe to parse and echo: never refused (the user only typed a command), so broken and
    /// control characters are dropped instead; newlines and tabs stay, CR LF becomes one newline; trimmed and NFC.
    /// </summary>
    public static string NormalizeMessage(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var s = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var kept = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (PairAt(s, i)) { kept.Append(s, i++, 2); continue; }
            var c = s[i];
            if (char.IsSurrogate(c) || IsInvalidBmp(c) || (char.IsControl(c) && c is not ('\n' or '\t'))) continue;
            kept.Append(c);
        }
        return kept.ToString().Normalize(NormalizationForm.FormC).Trim();
    }

    /// <summary>
    /// Any stored text made writable as XML 1.0 (an .xlsx cell), whatever it holds — rows stored before this
    /// normaliser existed, or written by other means: C0 controls other than tab, newline and carriage return and the
    /// noncharacters U+FFFE/U+FFFF are dropped, a lone surrogate becomes U+FFFD. Valid text is returned as is.
    /// </summary>
    public static string ForXml(string text)
    {
        if (IsXmlSafe(text)) return text;
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (PairAt(text, i)) { kept.Append(text, i++, 2); continue; }
            var c = text[i];
            if (char.IsSurrogate(c)) kept.Append('\uFFFD');
            else if (c is '\uFFFE' or '\uFFFF' || (c < ' ' && c is not ('\t' or '\n' or '\r'))) continue;
            else kept.Append(c);
        }
        return kept.ToString();
    }

    private static bool IsXmlSafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (PairAt(text, i)) { i++; continue; }
            var c = text[i];
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || (c < ' ' && c is not ('\t' or '\n' or '\r'))) return false;
        }
        return true;
    }

    private static bool HasInvalid(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (PairAt(s, i)) { i++; continue; }
            if (char.IsSurrogate(s[i]) || IsInvalidBmp(s[i])) return true;
        }
        return false;
    }

    // U+FFFD is what a decoder leaves of broken input (a lone surrogate sent as UTF-8 arrives so): nobody types it.
    private static bool IsInvalidBmp(char c) => c is '\uFFFD' or '\uFFFE' or '\uFFFF';

    private static bool PairAt(string s, int i) => i + 1 < s.Length && char.IsSurrogatePair(s[i], s[i + 1]);
}
