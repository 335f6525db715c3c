using System.ComponentModel.DataAnnotations;

namespace DanVan.Bot.Hosting.Settings;

/// <summary>Section "Storage": the Azure Table Storage account (Azurite locally).</summary>
public sealed class StorageSettings
{
    public const string Section = "Storage";

    [Required(ErrorMessage = "Storage__ConnectionString is not set: the Azure Table Storage (or Azurite) connection string.")]
    public string ConnectionString { get; set; } = "";

    // Azure table names: letters and digits, starting with a letter; the longest table name adds 13 characters.
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,49}$", ErrorMessage = "Storage__TablePrefix must be letters and digits, starting with a letter (at most 50).")]
    public string TablePrefix { get; set; } = "danvan";

    [Range(0, 3600, ErrorMessage = "Storage__UnitCacheSeconds must be between 0 and 3600.")]
    public int UnitCacheSeconds { get; set; } = 30;

    [Range(1, 1000, ErrorMessage = "Storage__StartupAttempts must be between 1 and 1000.")]
    public int StartupAttempts { get; set; } = 30;
}
