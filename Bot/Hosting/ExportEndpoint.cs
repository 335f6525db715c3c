using DanVan.App.Export;
using DanVan.App.Telemetry;
using Microsoft.Net.Http.Headers;

namespace DanVan.Bot.Hosting;

/// <summary>
/// GET /export/{token}: the file a signed link grants, built now. No Teams token comes with a browser download, so
/// the link is the credential: a missing, malformed or forged one gets 404/403 and a short Vietnamese sentence,
/// an expired one or a user no longer office/leader 403; never any data.
/// </summary>
public static class ExportEndpoint
{
    public static async Task<IResult> DownloadAsync(string? token, ExportService export, DanVan.App.Routing.RouteTable routes, ExportTokens tokens,
        DanVan.App.Years.PlanYears years, TimeProvider clock, ILogger<ExportService> logger, HttpResponse response, CancellationToken ct)
    {
        // A link names its plan year: that year's export builds the file (checked again there, signature first).
        if (tokens.Verify(token, clock.GetUtcNow()) is { Grant: { } named } && await years.ByIdAsync(named.PlanId, ct) is { } year)
            export = year.Services.GetRequiredService<ExportService>();
        var result = await export.DownloadAsync(token, (role, format) => routes.Allows(role, ExportService.CommandFor(format)), ct);
        DanVanTelemetry.Export(FormatOf(result.ContentType), result.Status.ToString().ToLowerInvariant());
        // Department figures: never kept by a browser cache or a proxy.
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (result.Status != DownloadStatus.Ok)
        {
            logger.LogWarning("Export download refused: {Status} (user {UserKey}).", result.Status, result.UserKey ?? "unknown");
            return Results.Text(result.Message, "text/plain; charset=utf-8", System.Text.Encoding.UTF8,
                result.Status == DownloadStatus.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden);
        }
        logger.LogInformation("Export {ContentType} downloaded by {UserKey}: {Bytes} bytes.", result.ContentType, result.UserKey, result.Content!.Length);
        // filename*= the real Vietnamese name (RFC 5987); filename= the same without diacritics for clients that
        // only read that one.
        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = Quote(WithoutDiacritics(result.FileName!)), FileNameStar = result.FileName };
        response.Headers.ContentDisposition = disposition.ToString();
        return Results.Bytes(result.Content!, result.ContentType);
    }

    /// <summary>"Tổng hợp dân vận" → "Tong hop dan van"; anything still outside printable ASCII becomes '_'.</summary>
    public static string WithoutDiacritics(string name)
    {
        var decomposed = name.Replace('đ', 'd').Replace('Đ', 'D').Normalize(System.Text.NormalizationForm.FormD);
        var kept = decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => c is >= ' ' and <= '~' && c is not '"' and not '\\' ? c : '_');
        return new string([.. kept]);
    }

    private static string FormatOf(string? contentType) => contentType switch
    {
        null => "none",
        _ when contentType.StartsWith("text/csv", StringComparison.Ordinal) => "csv",
        _ when contentType.Contains("spreadsheetml", StringComparison.Ordinal) => "xlsx",
        _ when contentType.Contains("wordprocessingml", StringComparison.Ordinal) => "docx",
        _ => "other",
    };

    private static string Quote(string s) => "\"" + s + "\"";
}
