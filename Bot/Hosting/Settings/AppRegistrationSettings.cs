using Microsoft.Extensions.Configuration;

namespace DanVan.Bot.Hosting.Settings;

/// <summary>
/// The top-level settings the platform sets (no section): the bot's Entra app registration, whose id and tenant the
/// SDK reads too, and Application Insights' connection string. Bound from the configuration's root.
/// </summary>
public sealed class AppRegistrationSettings
{
    /// <summary>Bound from the root of the configuration, not a section.</summary>
    public const string Section = "";

    /// <summary>The bot's Entra app id; empty: no app registration (anonymous, see <see cref="BotIdentity"/>).</summary>
    public string MicrosoftAppId { get; set; } = "";

    /// <summary>The tenant the app belongs to (a GUID); empty: none.</summary>
    public string MicrosoftAppTenantId { get; set; } = "";

    [ConfigurationKeyName("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    public string ApplicationInsightsConnectionString { get; set; } = "";

    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
