using System.ComponentModel.DataAnnotations;

namespace DanVan.App;

/// <summary>Settings of the conversation (section "DanVan"), validated when the host starts.</summary>
public sealed record DanVanOptions
{
    public const string Section = "DanVan";

    /// <summary>Whom an unknown user should contact, in the users' language.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "DanVan__OfficeContact must name whom unknown users should contact.")]
    public string OfficeContact { get; init; } = "Văn phòng Sở Nông nghiệp và PTNT";

    /// <summary>Turns one user may make in a burst before the rate limit answers.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "DanVan__TurnBurst must be at least 1.")]
    public int TurnBurst { get; init; } = 30;

    /// <summary>Turns one user may make per minute, sustained, once the burst is spent.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "DanVan__TurnsPerMinute must be at least 1.")]
    public int TurnsPerMinute { get; init; } = 60;

    /// <summary>Client locale prefixes answered in English (comma-separated); empty: always Vietnamese.</summary>
    public string EnglishLocales { get; init; } = "en";

    /// <summary>The bot's address as the office's browser reaches it, for export links; empty: the request's own.</summary>
    public string? PublicBaseUrl { get; init; }
}
