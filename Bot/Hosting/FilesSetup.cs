using DanVan.App.Department;
using DanVan.App.Export;
using DanVan.App.Files;
using DanVan.App.Telemetry;
using DanVan.Bot.Hosting.Settings;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;
using DanVan.Storage;
using Microsoft.Net.Http.Headers;

namespace DanVan.Bot.Hosting;

/// <summary>
/// Documents in (<see cref="FilesSettings"/>): the downloader (no redirects, a timeout), the intake, the office's
/// links (signed with the export key) and GET /files/{token}.
/// </summary>
public static class FilesSetup
{
    public static void Add(IServiceCollection services, IConfiguration config)
    {
        services.AddSettings<FilesSettings>(config, FilesSettings.Section);
        services.AddHttpClient(HttpFileDownloader.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = true })
            // The downloader applies the setting's timeout itself (and tells it apart from the turn being cancelled).
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<IFileDownloader>(sp => new HttpFileDownloader(sp.GetRequiredService<IHttpClientFactory>(),
            TimeSpan.FromSeconds(sp.GetRequiredService<FilesSettings>().DownloadTimeoutSeconds), sp.GetRequiredService<ILogger<HttpFileDownloader>>()));
        services.AddSingleton(sp =>
        {
            var s = sp.GetRequiredService<FilesSettings>();
            // Plain http to this machine only for local work: Development, or the anonymous mode that serves only
            // activities from this machine (the tests, the playground).
            var loopback = sp.GetRequiredService<IHostEnvironment>().IsDevelopment() || sp.GetRequiredService<BotIdentity>().Anonymous;
            return new FileIntakeOptions(s.MaxMegabytes * 1024L * 1024L, s.AllowedHostSuffixes, loopback, FileIntakeOptions.DefaultOfferLifetime);
        });
        services.AddSingleton(sp => new FileTokens(sp.GetRequiredService<ExportSetup.SigningKey>().Key));
        services.AddSingleton<IFileStore>(sp => sp.GetRequiredService<StorageServices>().Files);
    }

    public static void Map(WebApplication app) => app.MapGet(FileLinks.PathPrefix + "{token?}", DownloadAsync);

    /// <summary>GET /files/{token}: as the export's links, a missing or forged one 404/403, an expired one or a user no
    /// longer office/leader 403, each with one Vietnamese sentence and never a file.</summary>
    public static async Task<IResult> DownloadAsync(string? token, FileLinks links, DanVan.App.Routing.RouteTable routes, FileTokens tokens,
        DanVan.App.Years.PlanYears years, TimeProvider clock, ILogger<FileLinks> logger, HttpResponse response, CancellationToken ct)
    {
        // A link names its plan year: that year's files (checked again there, signature first).
        if (tokens.VerifyLink(token, clock.GetUtcNow()) is { Grant: { } named } && await years.ByIdAsync(named.PlanId, ct) is { } year)
            links = year.Services.GetRequiredService<FileLinks>();
        var result = await links.DownloadAsync(token, role => routes.Allows(role, DanVan.Cards.FileCards.LinksVerb), ct);
        DanVanTelemetry.Export("zip", result.Status.ToString().ToLowerInvariant());
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (result.Status != DownloadStatus.Ok)
        {
            logger.LogWarning("File download refused: {Status} (user {UserKey}).", result.Status, result.UserKey ?? "unknown");
            return Results.Text(result.Message, "text/plain; charset=utf-8", System.Text.Encoding.UTF8,
                result.Status == DownloadStatus.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden);
        }
        logger.LogInformation("Files zip downloaded by {UserKey}: {Bytes} bytes.", result.UserKey, result.Content!.Length);
        var disposition = new ContentDispositionHeaderValue("attachment")
            { FileName = "\"" + ExportEndpoint.WithoutDiacritics(result.FileName!) + "\"", FileNameStar = result.FileName };
        response.Headers.ContentDisposition = disposition.ToString();
        return Results.Bytes(result.Content!, result.ContentType);
    }
}
