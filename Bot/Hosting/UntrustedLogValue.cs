namespace DanVan.Bot.Hosting;

/// <summary>
/// A value from a refused request, fit for one log line: clipped, control characters replaced, so a caller cannot
/// forge log lines or flood the log through a field that was refused anyway.
/// </summary>
internal static class UntrustedLogValue
{
    private const int MaxLength = 100;

    public static string Of(string? value)
    {
        if (value is null) return "(none)";
        var clipped = value.Length > MaxLength ? value[..MaxLength] + "…" : value;
        return string.Create(clipped.Length, clipped, (span, s) =>
        {
            for (var i = 0; i < s.Length; i++) span[i] = char.IsControl(s[i]) ? '?' : s[i];
        });
    }
}
