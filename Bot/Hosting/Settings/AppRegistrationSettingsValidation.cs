using Microsoft.Extensions.Options;

namespace DanVan.Bot.Hosting.Settings;

/// <summary>The app's tenant must be a tenant id (a GUID): a typo would lock every user out, or let a wrong tenant in.</summary>
public sealed class AppRegistrationSettingsValidation : IValidateOptions<AppRegistrationSettings>
{
    public ValidateOptionsResult Validate(string? name, AppRegistrationSettings options) =>
        TenantIds.Invalid(options.MicrosoftAppTenantId) is { } bad
            ? ValidateOptionsResult.Fail($"{TenantGate.TenantSetting} must hold Entra tenant ids (GUIDs); \"{bad}\" is not one (MicrosoftAppTenantId).")
            : ValidateOptionsResult.Success;
}
