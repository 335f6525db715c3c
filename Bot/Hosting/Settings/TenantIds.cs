namespace DanVan.Bot.Hosting.Settings;

/// <summary>A comma-separated list of Entra tenant ids, as the tenant settings hold them.</summary>
public static class TenantIds
{
    public static IEnumerable<string> Entries(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The first entry that is not a GUID, or null when every entry is one.</summary>
    public static string? Invalid(string? value) => Entries(value).FirstOrDefault(e => !Guid.TryParse(e, out _));

    public static IEnumerable<Guid> Parse(string? value) => Entries(value).Select(Guid.Parse);
}
