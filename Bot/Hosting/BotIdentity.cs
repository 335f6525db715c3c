using DanVan.Bot.Hosting.Settings;

namespace DanVan.Bot.Hosting;

/// <summary>
/// Whether requests must carry a Bot Framework token, decided once at start-up. With <c>MicrosoftAppId</c> set the
/// SDK validates every request. Without one the bot is anonymous, which is only safe on a developer's machine: outside
/// the Development environment start-up stops unless <c>DanVan:AllowAnonymous</c> says it is meant (and then every
/// start says so in the log). An anonymous bot also refuses activities whose serviceUrl is not a loopback address,
/// because it would otherwise post its answers (export links, figures) wherever an unsigned request tells it to.
/// </summary>
public sealed class BotIdentity
{
    public const string AppIdSetting = "MicrosoftAppId";
    public const string AllowAnonymousSetting = "DanVan:AllowAnonymous";

    private BotIdentity(bool anonymous, string? warning) => (Anonymous, Warning) = (anonymous, warning);

    /// <summary>No app id: requests are not authenticated.</summary>
    public bool Anonymous { get; }

    /// <summary>What to log at every start, if anything.</summary>
    public string? Warning { get; }

    /// <summary>From the validated settings (<see cref="Refusal"/> stopped start-up where the mode is not allowed).</summary>
    public static BotIdentity From(AppRegistrationSettings app, HostSettings host, IHostEnvironment environment)
    {
        var allow = host.AnonymousAllowed;
        if (app.HasAppId)
            return new(false, allow ? $"{AllowAnonymousSetting} is set but so is {AppIdSetting}: every request is authenticated and the setting has no effect." : null);
        if (allow)
            return new(true, $"Anonymous mode ({AllowAnonymousSetting}=true, no {AppIdSetting}): requests are NOT authenticated; only activities with a loopback serviceUrl are accepted. Never use this in a Teams tenant.");
        return Refusal(app, host, environment) is { } why ? throw new InvalidOperationException(why) : new(true, null);
    }

    /// <summary>Why start-up must stop: no app id outside Development and anonymous mode not asked for; null: fine.</summary>
    public static string? Refusal(AppRegistrationSettings app, HostSettings host, IHostEnvironment environment) =>
        app.HasAppId || host.AnonymousAllowed || environment.IsDevelopment() ? null :
            $"{AppIdSetting} is empty in the {environment.EnvironmentName} environment: set {AppIdSetting} (with MicrosoftAppPassword, MicrosoftAppTenantId, MicrosoftAppType) to the bot's Entra app registration, or set {AllowAnonymousSetting}=true (DanVan__AllowAnonymous) to run without authentication on this machine only.";

    /// <summary>Where an anonymous bot may post: only to a connector on this machine (the playground, the tests).</summary>
    public bool AcceptsServiceUrl(string? serviceUrl) =>
        !Anonymous || (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https" && uri.IsLoopback);
}
