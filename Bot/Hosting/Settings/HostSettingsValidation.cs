using Microsoft.Extensions.Options;

namespace DanVan.Bot.Hosting.Settings;

/// <summary>
/// The host settings' rules, each failure one line that starts with the setting's name: tenant ids that are GUIDs
/// (a typo would lock every user out, or let a wrong tenant in), AllowAnonymous true or false, a demo start that is a
/// date-time, and no bot without an app registration outside Development unless anonymous mode is asked for
/// (<see cref="BotIdentity.Refusal"/>, a rule over both classes and the environment).
/// </summary>
public sealed class HostSettingsValidation(IOptions<AppRegistrationSettings> registration, IHostEnvironment environment)
    : IValidateOptions<HostSettings>
{
    public ValidateOptionsResult Validate(string? name, HostSettings options)
    {
        var failures = new List<string>();
        var allowValid = string.IsNullOrWhiteSpace(options.AllowAnonymous) || bool.TryParse(options.AllowAnonymous, out _);
        if (!allowValid)
            failures.Add($"{BotIdentity.AllowAnonymousSetting} must be true or false, not \"{options.AllowAnonymous}\" (DanVan__AllowAnonymous).");
        if (TenantIds.Invalid(options.AllowedTenants) is { } bad)
            failures.Add($"{TenantGate.AllowedSetting} must hold Entra tenant ids (GUIDs); \"{bad}\" is not one (DanVan__AllowedTenants).");
        if (!string.IsNullOrWhiteSpace(options.DemoStart) && !DemoClock.TryParseStart(options.DemoStart, out _))
            failures.Add(DemoClock.InvalidStart(options.DemoStart));
        // A value that is not true/false has its own message above; this rule would only repeat it less clearly.
        if (allowValid && BotIdentity.Refusal(registration.Value, options, environment) is { } why) failures.Add(why);
        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
