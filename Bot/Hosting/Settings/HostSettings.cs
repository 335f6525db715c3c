namespace DanVan.Bot.Hosting.Settings;

/// <summary>
/// Section "DanVan", the host's part (App's conversation settings, <see cref="DanVan.App.DanVanOptions"/>, bind the
/// same section): whether an anonymous bot is meant, the tenants besides the app's own, and the demo clock.
/// </summary>
public sealed class HostSettings
{
    public const string Section = "DanVan";

    /// <summary>"true" or "false"; empty: false. Kept as text so a wrong value gets a message naming the setting.</summary>
    public string AllowAnonymous { get; set; } = "";

    /// <summary>Comma-separated Entra tenant ids served besides MicrosoftAppTenantId.</summary>
    public string AllowedTenants { get; set; } = "";

    /// <summary>A date-time the clock starts at for a demo (see <see cref="DemoClock.ParseStart"/>); empty: the real clock.</summary>
    public string DemoStart { get; set; } = "";

    public bool AnonymousAllowed => bool.TryParse(AllowAnonymous, out var allow) && allow;
}
