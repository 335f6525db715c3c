using DanVan.App.Export;
using Microsoft.Net.Http.Headers;

namespace DanVan.Bot.Hosting;

/// <summary>
/// GET /export/{token}: the file a signed link grants, built now. No Teams token comes with a browser download, so
/// the link is the credential: a missing, malformed or forged one gets 404/403 and a short Vietnamese sentence,
/// an expired one or a user no longer office/leader 403; never any data.
/// </summary>
public static class ExportEndpoint
{
    public static async Task<IResult> DownloadAsync(string? token, ExportService export, ILogger<ExportService> logger, HttpResponse response, CancellationToken ct)
    {
        var result = await export.DownloadAsync(token, ct);
        // Department figures: never kept by a browser cache or a proxy.
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (result.Status != DownloadStatus.Ok)
        {
            logger.LogWarning("Export download refused: {Status}.", result.Status);
            return Results.Text(result.Message, "text/plain; charset=utf-8", System.Text.Encoding.UTF8,
                result.Status == DownloadStatus.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden);
        }
        // filename= an ASCII stand-in, filename*= the real Vietnamese name (RFC 6266/5987), for every browser.
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(result.FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        return Results.Bytes(result.Content!, result.ContentType);
    }
}
