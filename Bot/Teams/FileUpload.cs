using System.Net.Http.Headers;
using DanVan.App.OfficialReports;

namespace DanVan.Bot.Teams;

/// <summary>
/// The PUT of a file to the upload session Teams opened in the user's OneDrive after they allowed it: the whole
/// file in one request with its Content-Range. The named client follows no redirect (a 3xx is a failure, never a
/// second destination) and gives up after <see cref="Timeout"/>.
/// </summary>
public sealed class FileUpload(IHttpClientFactory clients, ILogger<FileUpload> logger) : IFileUpload
{
    public const string ClientName = "danvan-file-upload";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public async Task<bool> PutAsync(Uri uploadUrl, byte[] content, CancellationToken ct)
    {
        using var body = new ByteArrayContent(content);
        body.Headers.ContentLength = content.Length;
        body.Headers.ContentRange = new ContentRangeHeaderValue(0, content.Length - 1, content.Length);
        using var request = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = body };
        using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
        if (response.IsSuccessStatusCode) return true;
        logger.LogWarning("The upload session answered {Status}; the file was not uploaded.", (int)response.StatusCode);
        return false;
    }

    public static void AddTo(IServiceCollection services) =>
        services.AddHttpClient(ClientName, c => c.Timeout = Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
}
