using System.ComponentModel.DataAnnotations;
using DanVan.Domain.Files;

namespace DanVan.Bot.Hosting.Settings;

/// <summary>Section "Files": the documents units send in the personal chat.</summary>
public sealed class FilesSettings : IValidatableObject
{
    public const string Section = "Files";

    /// <summary>Teams' and SharePoint's hosts: a file sent to a bot is downloaded from the sender's OneDrive.</summary>
    public const string DefaultAllowedHosts = "sharepoint.com,sharepoint-df.com,teams.microsoft.com";

    [Range(1, 100, ErrorMessage = "Files__MaxMegabytes must be between 1 and 100.")]
    public int MaxMegabytes { get; set; } = 20;

    /// <summary>Comma-separated host suffixes a download address may have (https only); "*.sharepoint.com" or "sharepoint.com".</summary>
    public string AllowedHosts { get; set; } = DefaultAllowedHosts;

    [Range(1, 600, ErrorMessage = "Files__DownloadTimeoutSeconds must be between 1 and 600.")]
    public int DownloadTimeoutSeconds { get; set; } = 60;

    public IReadOnlyList<string> AllowedHostSuffixes =>
        [.. AllowedHosts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // A bare "com" or a typo would let DanVan fetch from hosts nobody meant: refused at start-up.
        if (AllowedHostSuffixes.Count == 0)
            yield return new ValidationResult("Files__AllowedHosts must name at least one host suffix, e.g. sharepoint.com.", [nameof(AllowedHosts)]);
        foreach (var bad in AllowedHostSuffixes.Where(s => !DownloadUrlRule.IsValidSuffix(s)))
            yield return new ValidationResult($"Files__AllowedHosts: \"{bad}\" is not a host suffix of at least two labels (e.g. sharepoint.com).", [nameof(AllowedHosts)]);
    }
}
