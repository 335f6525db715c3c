using System.Security.Cryptography;
using System.Text;
using DanVan.App;
using DanVan.App.Department;
using DanVan.App.Export;
using DanVan.Domain.Plans;
using DanVan.Domain.Time;
using DanVan.Storage;

namespace DanVan.Bot.Hosting;

/// <summary>
/// The office's summary and export: services, the signing key of download links and the bot's public address.
/// Settings: Export:SigningKey (at least 32 characters; shared by every instance so a link made on one downloads
/// from another), Export:LinkMinutes (15), DanVan:PublicBaseUrl (default: the address the request came in on).
/// </summary>
public static class ExportSetup
{
    public const string KeySetting = "Export:SigningKey";
    public const int MinKeyLength = 32;

    /// <summary>Marks a key made up at start-up, so the host can say in the log that links die with the process.</summary>
    public sealed record SigningKey(byte[] Key, bool Generated);

    public static void Add(IServiceCollection services, IConfiguration config)
    {
        var setting = config[KeySetting];
        // Refused at start-up rather than signing with a guessable key.
        if (!string.IsNullOrEmpty(setting) && setting.Length < MinKeyLength)
            throw new InvalidOperationException($"{KeySetting} must be at least {MinKeyLength} characters (Export__SigningKey).");
        var key = string.IsNullOrEmpty(setting) ? new SigningKey(RandomNumberGenerator.GetBytes(32), true) : new SigningKey(Encoding.UTF8.GetBytes(setting), false);
        var minutes = config.GetValue("Export:LinkMinutes", ExportOptions.DefaultLifetime.TotalMinutes);
        if (minutes is <= 0 or > 24 * 60) throw new InvalidOperationException("Export:LinkMinutes must be between 1 and 1440.");

        services.AddSingleton(key);
        services.AddSingleton(new ExportOptions(key.Key, TimeSpan.FromMinutes(minutes)));
        services.AddSingleton(new ExportTokens(key.Key));
        services.AddHttpContextAccessor();
        services.AddSingleton<IPublicBaseUrl>(sp => new PublicBaseUrl(config["DanVan:PublicBaseUrl"], sp.GetRequiredService<IHttpContextAccessor>()));
        services.AddSingleton<DepartmentView>();
        // The download re-checks the role against the roster as stored, not the turn cache: a demotion counts at once.
        services.AddSingleton(sp => new ExportService(sp.GetRequiredService<Plan>(), sp.GetRequiredService<DepartmentView>(),
            sp.GetRequiredService<StorageServices>().Roster, sp.GetRequiredService<ExportTokens>(), sp.GetRequiredService<ExportOptions>(),
            sp.GetRequiredService<DepartmentClock>(), sp.GetRequiredService<IPublicBaseUrl>()));
    }

    public static void LogKey(WebApplication app)
    {
        if (app.Services.GetRequiredService<SigningKey>().Generated)
            app.Logger.LogWarning("{Setting} is not set: export download links are signed with a random key made at start-up, so they stop " +
                "working when this process restarts and on any other instance. Set Export__SigningKey (32+ characters) in production.", KeySetting);
    }
}
