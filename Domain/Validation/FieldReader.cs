using System.Globalization;

namespace DanVan.Domain.Validation;

/// <summary>
/// Parses untrusted form fields (all card input arrives as text) and collects errors, so a form reports every
/// problem at once instead of one per round trip.
/// </summary>
public sealed class FieldReader(IReadOnlyDictionary<string, string?> fields)
{
    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public void Add(FieldError error)
    {
        if (_errors.All(e => e.Field != error.Field)) _errors.Add(error);
    }

    public bool HasError(string field) => _errors.Any(e => e.Field == field);

    /// <summary>
    /// A single-line field through <see cref="UntrustedText"/> (trimmed, NFC; null when empty). A control or broken
    /// character is refused with its own message and the field reads as absent, so no other check adds a second one.
    /// </summary>
    public string? Text(string field) => Read(field, multiline: false);

    private string? Read(string field, bool multiline)
    {
        var read = UntrustedText.Read(fields.TryGetValue(field, out var v) ? v : null, multiline);
        if (read.Problem != TextProblem.None)
            Add(new FieldError(field, read.Problem == TextProblem.ControlCharacter ? ErrorCode.ControlCharacter : ErrorCode.InvalidCharacter));
        return read.Value;
    }

    /// <summary>A whole number in [0, max]; accepts "1.000" / "1,000" grouping as people type it, nothing else.</summary>
    public int? WholeNumber(string field, long max, bool required = true)
    {
        var raw = Text(field);
        if (raw is null)
        {
            if (required) Add(new FieldError(field, ErrorCode.Required));
            return null;
        }
        switch (ParseWholeNumber(raw, out var n))
        {
            case NumberShape.NotANumber: Add(new FieldError(field, ErrorCode.NotAWholeNumber)); return null;
            case NumberShape.TooManyDigits: Add(new FieldError(field, ErrorCode.TooLarge, max)); return null;
        }
        if (n < 0) { Add(new FieldError(field, ErrorCode.Negative)); return null; }
        if (n > max) { Add(new FieldError(field, ErrorCode.TooLarge, max)); return null; }
        return (int)n;
    }

    /// <summary>A date (yyyy-MM-dd from Input.Date, or dd/MM/yyyy typed) within the plan's open period (from its
    /// opening date, which may be in the year before, to its closing date) and not after today.</summary>
    public DateOnly? Date(string field, Plans.Plan plan, DateOnly today, bool required)
    {
        var raw = Text(field);
        if (raw is null)
        {
            if (required) Add(new FieldError(field, ErrorCode.DateNeeded));
            return null;
        }
        if (ParseDate(raw) is not { } date)
        {
            Add(new FieldError(field, ErrorCode.NotADate));
            return null;
        }
        if (!plan.IsInYear(date)) { Add(new FieldError(field, ErrorCode.OutsidePlanYear, plan.Year)); return null; }
        if (date > today) { Add(new FieldError(field, ErrorCode.InFuture)); return null; }
        return date;
    }

    /// <summary>
    /// Free text of at most <paramref name="maxLength"/> characters (after trimming and composing); a
    /// <paramref name="multiline"/> field keeps its newlines and tabs.
    /// </summary>
    public string? Text(string field, int maxLength, bool required, bool multiline = false)
    {
        var raw = Read(field, multiline);
        if (raw is null)
        {
            if (required && !HasError(field)) Add(new FieldError(field, ErrorCode.Required));
            return null;
        }
        if (raw.Length > maxLength) { Add(new FieldError(field, ErrorCode.TooLong, maxLength)); return null; }
        return raw;
    }

    /// <summary>An optional absolute http(s) link; any other scheme (javascript:, file:, …) is refused.</summary>
    public string? Link(string field, int maxLength)
    {
        var raw = Text(field, maxLength, required: false);
        if (raw is null) return null;
        // A space means a pasted sentence or a broken link, never a working address.
        if (!raw.Any(char.IsWhiteSpace) && Uri.TryCreate(raw, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && uri.Host.Length > 0) return raw;
        Add(new FieldError(field, ErrorCode.NotALink));
        return null;
    }

    /// <summary>
    /// A document number ("số hiệu") such as 12/KH-CCKL or 45/BC-SNN. Kept deliberately loose — units number
    /// their documents in many ways — but it must contain a digit (a number, not a title) and only letters
    /// (Vietnamese too), digits, spaces and / - . so it cannot carry markup into the cards it is shown on.
    /// </summary>
    public string? DocumentNumber(string field, int maxLength, bool required)
    {
        var raw = Text(field, maxLength, required);
        if (raw is null) return null;
        if (raw.Any(char.IsAsciiDigit) && raw.All(c => char.IsLetterOrDigit(c) || c is ' ' or '/' or '-' or '.')) return raw;
        Add(new FieldError(field, ErrorCode.NotADocumentNumber));
        return null;
    }

    /// <summary>A percentage 0–100 with at most one decimal, "92,5" or "92.5" (a trailing % is allowed).</summary>
    public decimal? Percent(string field, bool required = true)
    {
        var raw = Text(field);
        if (raw is null)
        {
            if (required) Add(new FieldError(field, ErrorCode.Required));
            return null;
        }
        var s = raw.TrimEnd('%').Trim().Replace(',', '.');
        var parts = s.Split('.');
        var wellFormed = parts.Length <= 2 && parts[0].Length is >= 1 and <= 3 && parts[0].All(char.IsAsciiDigit)
                         && (parts.Length == 1 || parts[1] is [var d] && char.IsAsciiDigit(d));
        if (wellFormed && decimal.Parse(s, CultureInfo.InvariantCulture) is var percent && percent <= 100) return percent;
        Add(new FieldError(field, ErrorCode.NotAPercent));
        return null;
    }

    /// <summary>An Input.Toggle; absent is off, anything but a yes/no value is refused.</summary>
    public bool Flag(string field)
    {
        if (ParseBool(Text(field)) is { } on) return on;
        Add(new FieldError(field, ErrorCode.NotAChoice));
        return false;
    }

    /// <summary>One of <paramref name="choices"/> (Input.ChoiceSet values), matched exactly.</summary>
    public T? Choice<T>(string field, IReadOnlyDictionary<string, T> choices, bool required) where T : struct
    {
        var raw = Text(field);
        if (raw is null)
        {
            if (required) Add(new FieldError(field, ErrorCode.Required));
            return null;
        }
        if (choices.TryGetValue(raw, out var value)) return value;
        Add(new FieldError(field, ErrorCode.NotAChoice));
        return null;
    }

    public enum NumberShape { Number, NotANumber, TooManyDigits }

    /// <summary>The lenient parse shared by validation and by re-filling a rejected form with what was typed.</summary>
    public static NumberShape ParseWholeNumber(string raw, out long value)
    {
        value = 0;
        var s = raw.Trim().Replace(" ", "");
        var negative = s.StartsWith('-');
        if (negative) s = s[1..];
        if (s.Length > 1 && IsGrouped(s)) s = s.Replace(".", "").Replace(",", "");
        if (s.EndsWith(".0", StringComparison.Ordinal) || s.EndsWith(",0", StringComparison.Ordinal)) s = s[..^2];
        if (s.Length == 0 || !s.All(char.IsAsciiDigit)) return NumberShape.NotANumber;
        if (s.TrimStart('0').Length > 15) return NumberShape.TooManyDigits;
        value = long.Parse(s, CultureInfo.InvariantCulture) * (negative ? -1 : 1);
        return NumberShape.Number;
    }

    /// <summary>Input.Toggle sends "true"/"false"; be lenient about case and 1/0.</summary>
    public static bool? ParseBool(string? raw) => raw?.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "yes" or "on" => true,
        "false" or "0" or "no" or "off" or "" or null => false,
        _ => null,
    };

    public static DateOnly? ParseDate(string raw) =>
        DateOnly.TryParseExact(raw.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var date) ? date : null;

    // "1.250" or "1,250": digit groups of three after the first group.
    private static bool IsGrouped(string s)
    {
        var parts = s.Split('.', ',');
        return parts.Length > 1 && parts[0].Length is >= 1 and <= 3 && parts[0].All(char.IsAsciiDigit)
               && parts.Skip(1).All(p => p.Length == 3 && p.All(char.IsAsciiDigit));
    }
}
