using DanVan.App.Files;

namespace DanVan.Bot.Hosting;

/// <summary>
/// Downloads a file sent to the bot from its pre-authenticated address (no credentials are sent). The client
/// follows no redirect (a 3xx is a failure: only the attachment's own address is followed), gives up after the
/// timeout, and stops reading past the size limit whatever Content-Length claimed.
/// </summary>
public sealed class HttpFileDownloader(IHttpClientFactory clients, TimeSpan timeout, ILogger<HttpFileDownloader> log) : IFileDownloader
{
    public const string ClientName = "danvan-files";

    public async Task<DownloadResult> DownloadAsync(Uri url, long maxBytes, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            var http = clients.CreateClient(ClientName);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400) return new(null, DownloadProblem.Redirected, $"HTTP {status}");
            if (!response.IsSuccessStatusCode) return new(null, DownloadProblem.HttpError, $"HTTP {status}");
            if (response.Content.Headers.ContentLength > maxBytes) return new(null, DownloadProblem.TooLarge, $"Content-Length {response.Content.Headers.ContentLength}");

            await using var body = await response.Content.ReadAsStreamAsync(deadline.Token);
            using var kept = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, deadline.Token)) > 0)
            {
                // Counted as it arrives: a missing or lying Content-Length cannot make DanVan hold more than the limit.
                if (kept.Length + read > maxBytes) return new(null, DownloadProblem.TooLarge, $"more than {maxBytes} bytes");
                kept.Write(chunk, 0, read);
            }
            return DownloadResult.Ok(kept.ToArray());
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new(null, DownloadProblem.TimedOut, $"no answer within {timeout.TotalSeconds} s");
        }
        catch (HttpRequestException e)
        {
            log.LogWarning("File download failed: {Problem}.", e.Message);
            return new(null, DownloadProblem.Failed, e.GetType().Name);
        }
        catch (IOException e)
        {
            return new(null, DownloadProblem.Failed, e.GetType().Name);
        }
    }
}
