using System.ComponentModel.DataAnnotations;

namespace DanVan.Bot.Hosting.Settings;

/// <summary>Section "Health": how long the ready check's storage probe is reused.</summary>
public sealed class HealthSettings
{
    public const string Section = "Health";

    [Range(0, 300, ErrorMessage = "Health__CacheSeconds must be between 0 and 300.")]
    public int CacheSeconds { get; set; } = 5;
}
