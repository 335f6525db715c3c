namespace DanVan.App.Files;

/// <summary>
/// A file a user dropped into the chat, as Teams describes it (an attachment of type
/// application/vnd.microsoft.teams.file.download.info): the name they gave it, the pre-authenticated address to
/// download it from, Teams' id for it and the type Teams read from the name. All of it untrusted.
/// </summary>
public sealed record IncomingFile(string Name, string DownloadUrl, string? UniqueId, string? FileType);

/// <summary>What DanVan accepts: the size limit, the hosts a download may come from, whether plain http to this
/// machine is allowed (Development, anonymous loopback mode), and how long the "what is this file?" card works.</summary>
public sealed record FileIntakeOptions(long MaxBytes, IReadOnlyList<string> AllowedHostSuffixes, bool AllowLoopbackHttp, TimeSpan OfferLifetime)
{
    public static readonly TimeSpan DefaultOfferLifetime = TimeSpan.FromHours(1);
}

public enum DownloadProblem { None, TooLarge, Redirected, HttpError, TimedOut, Failed }

/// <summary>The bytes of a download, or why there are none.</summary>
public sealed record DownloadResult(byte[]? Content, DownloadProblem Problem, string? Detail = null)
{
    public static DownloadResult Ok(byte[] content) => new(content, DownloadProblem.None);
}

/// <summary>
/// Fetches a file from the attachment's own address: no redirect followed, a timeout, and at most
/// <c>maxBytes</c> read whatever Content-Length says. (The host's HttpClient; tests serve files on 127.0.0.1.)
/// </summary>
public interface IFileDownloader
{
    Task<DownloadResult> DownloadAsync(Uri url, long maxBytes, CancellationToken ct);
}
