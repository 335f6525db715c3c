using Microsoft.Extensions.Options;

namespace DanVan.Bot.Hosting.Settings;

/// <summary>
/// Every settings class is read one way: bound from its configuration section, validated by its annotations (and
/// rules of its own), and checked at start-up, so a bad value stops the host with a message naming the setting
/// instead of failing a turn later. Services take the validated value itself.
/// </summary>
public static class SettingsRegistration
{
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, IConfiguration config, string section) where T : class
    {
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return services.AddOptions<T>().Bind(Of(config, section)).ValidateDataAnnotations().ValidateOnStart();
    }

    /// <summary>The value as start-up will see it, for the few decisions made while services are registered.</summary>
    public static T Read<T>(IConfiguration config, string section) where T : class, new() =>
        Of(config, section).Get<T>() ?? new T();

    /// <summary>The section, or the configuration's root for "" (the platform's top-level settings).</summary>
    private static IConfiguration Of(IConfiguration config, string section) => section.Length == 0 ? config : config.GetSection(section);
}
