using System.ComponentModel.DataAnnotations;

namespace DanVan.Bot.Hosting.Settings;

/// <summary>Section "Roster": the seed file, the first office members and how long roster reads are cached.</summary>
public sealed class RosterSettings
{
    public const string Section = "Roster";

    /// <summary>Units and first users, added once each; empty: no seed.</summary>
    public string SeedFile { get; set; } = "";

    /// <summary>The first office members: UPNs/emails and/or Entra object ids, comma-separated.</summary>
    public string OfficeUsers { get; set; } = "";

    [Range(0, 3600, ErrorMessage = "Roster__CacheSeconds must be between 0 and 3600.")]
    public int CacheSeconds { get; set; } = 60;
}
