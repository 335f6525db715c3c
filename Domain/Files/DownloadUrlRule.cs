namespace DanVan.Domain.Files;

/// <summary>
/// Which download addresses DanVan follows: https on a host ending in one of the allowed suffixes (Teams' and
/// SharePoint's), nothing with credentials in it, and plain http only to this machine when loopback is allowed
/// (Development, or the anonymous mode that serves loopback activities only).
/// </summary>
public static class DownloadUrlRule
{
    public static bool Allows(string? url, IReadOnlyList<string> allowedHostSuffixes, bool allowLoopbackHttp)
    {
        if (url is null || url.Length > 4096 || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return false;
        if (!string.IsNullOrEmpty(uri.UserInfo)) return false;
        if (uri.IsLoopback && allowLoopbackHttp) return uri.Scheme is "http" or "https";
        if (uri.Scheme != Uri.UriSchemeHttps || uri.HostNameType != UriHostNameType.Dns) return false;
        var host = uri.IdnHost.ToLowerInvariant().TrimEnd('.');
        return allowedHostSuffixes.Any(s => HostMatches(host, s));
    }

    /// <summary>"contoso.sharepoint.com" matches "sharepoint.com"; "evilsharepoint.com" does not.</summary>
    public static bool HostMatches(string host, string suffix)
    {
        var s = suffix.Trim().TrimStart('*').TrimStart('.').ToLowerInvariant();
        return s.Length > 0 && (host == s || host.EndsWith("." + s, StringComparison.Ordinal));
    }

    /// <summary>A suffix as the setting may give it: a DNS name of at least two labels, "*." allowed in front.</summary>
    public static bool IsValidSuffix(string suffix)
    {
        var s = suffix.Trim();
        if (s.StartsWith("*.", StringComparison.Ordinal)) s = s[2..];
        else if (s.StartsWith('.')) s = s[1..];
        return s.Contains('.', StringComparison.Ordinal) && Uri.CheckHostName(s) == UriHostNameType.Dns;
    }
}
