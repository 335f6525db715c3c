using System.Net;

namespace DanVan.App.OfficialReports;

/// <summary>
/// Which upload and content URLs a file consent may name. The invoke is untrusted like any activity: only an https
/// SharePoint/OneDrive host (where Teams puts a personal chat's files) may receive a report; a loopback address only
/// when the bot runs locally (Development or anonymous mode), where the tests' and the playground's connector is.
/// </summary>
public static class UploadTargets
{
    private static readonly string[] Hosts = ["sharepoint.com", "sharepoint-df.com", "onedrive.com", "onedrive.live.com", "1drv.com"];

    public static Uri? Check(string? url, bool allowLoopback)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > 4096 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0) return null;
        if (allowLoopback && uri.Scheme is "http" or "https" && IsLoopback(uri)) return uri;
        if (uri.Scheme != Uri.UriSchemeHttps || !uri.IsDefaultPort) return null;
        var host = uri.IdnHost.ToLowerInvariant();
        return Hosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal)) ? uri : null;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback && (uri.Host == "localhost" || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
}
