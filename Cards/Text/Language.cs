namespace DanVan.Cards.Text;

/// <summary>
/// Picks the language of a reply from the client's locale: Vietnamese, the users' language, unless the locale
/// starts with one of <paramref name="englishLocales"/> (a deployment setting, "en" by default).
/// </summary>
public sealed class Language(IReadOnlyList<string> englishLocales)
{
    public static readonly Language Default = new(["en"]);

    /// <summary>Parses the setting: locale prefixes separated by commas; empty means always Vietnamese.</summary>
    public static Language FromSetting(string? setting) =>
        setting is null ? Default : new(setting.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public Texts For(string? locale) =>
        locale is not null && englishLocales.Any(p => locale.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            ? Texts.English : Texts.Vietnamese;
}
