using System.Security.Cryptography;
using System.Text;
using DanVan.App;
using DanVan.App.Department;
using DanVan.App.Export;
using DanVan.Domain.Plans;
using DanVan.Domain.Time;
using DanVan.Bot.Hosting.Settings;
using DanVan.Storage;

namespace DanVan.Bot.Hosting;

/// <summary>
/// The office's summary and export: services, the signing key of download links and the bot's public address.
/// Settings (<see cref="ExportSettings"/>): Export:SigningKey (at least 32 characters; shared by every instance so a
/// link made on one downloads from another), Export:LinkMinutes (15); DanVan:PublicBaseUrl (default: the address
/// the request came in on).
/// </summary>
public static class ExportSetup
{
    public const string KeySetting = "Export:SigningKey";

    /// <summary>The key links are signed with; <paramref name="Generated"/>: made up at start-up, so the host can
    /// say in the log that links die with the process. Registered once; the token signer reads it.</summary>
    public sealed record SigningKey(byte[] Key, bool Generated)
    {
        public static SigningKey From(ExportSettings settings) => string.IsNullOrEmpty(settings.SigningKey)
            ? new SigningKey(RandomNumberGenerator.GetBytes(32), true)
            : new SigningKey(Encoding.UTF8.GetBytes(settings.SigningKey), false);
    }

    public static void Add(IServiceCollection services, IConfiguration config)
    {
        services.AddSettings<ExportSettings>(config, ExportSettings.Section);
        services.AddSingleton(sp => SigningKey.From(sp.GetRequiredService<ExportSettings>()));
        services.AddSingleton(sp => new ExportTokens(sp.GetRequiredService<SigningKey>().Key));
        services.AddSingleton(sp => new ExportOptions(TimeSpan.FromMinutes(sp.GetRequiredService<ExportSettings>().LinkMinutes)));
        services.AddHttpContextAccessor();
        services.AddSingleton<IPublicBaseUrl>(sp => new PublicBaseUrl(sp.GetRequiredService<DanVanOptions>().PublicBaseUrl, sp.GetRequiredService<IHttpContextAccessor>()));
        services.AddSingleton<DepartmentView>();
        // The download re-checks the role against the roster as stored, not the turn cache: a demotion counts at once.
        services.AddSingleton(sp => new ExportService(sp.GetRequiredService<Plan>(), sp.GetRequiredService<DepartmentView>(),
            sp.GetRequiredService<StorageServices>().Roster, sp.GetRequiredService<ExportTokens>(), sp.GetRequiredService<ExportOptions>(),
            sp.GetRequiredService<DepartmentClock>(), sp.GetRequiredService<IPublicBaseUrl>(), sp.GetRequiredService<DanVan.App.OfficialReports.OfficialDocuments>()));
    }

    public static void LogKey(WebApplication app)
    {
        if (app.Services.GetRequiredService<SigningKey>().Generated)
            app.Logger.LogWarning("{Setting} is not set: export download links are signed with a random key made at start-up, so they stop " +
                "working when this process restarts and on any other instance. Set Export__SigningKey (32+ characters) in production.", KeySetting);
    }
}
