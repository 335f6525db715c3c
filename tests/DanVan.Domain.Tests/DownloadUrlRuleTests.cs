using DanVan.Domain.Files;

namespace DanVan.Domain.Tests;

public sealed class DownloadUrlRuleTests
{
    private static readonly string[] Teams = ["sharepoint.com", "*.sharepoint-df.com", "teams.microsoft.com"];

    [Theory]
    [InlineData("https://contoso.sharepoint.com/personal/a/_layouts/15/download.aspx?UniqueId=1", true)]
    [InlineData("https://contoso-my.sharepoint-df.com/x", true)]
    [InlineData("https://CONTOSO.SharePoint.com./x", true)]
    [InlineData("https://sharepoint.com/x", true)]
    [InlineData("http://contoso.sharepoint.com/x", false)]
    [InlineData("https://evilsharepoint.com/x", false)]
    [InlineData("https://contoso.sharepoint.com.evil.example/x", false)]
    [InlineData("https://user:pw@contoso.sharepoint.com/x", false)]
    [InlineData("https://13.107.136.9/x", false)]
    [InlineData("ftp://contoso.sharepoint.com/x", false)]
    [InlineData("http://127.0.0.1:5000/files/a.pdf", false)]
    [InlineData("/relative/a.pdf", false)]
    [InlineData("", false)]
    public void Only_https_on_an_allowed_host_suffix(string url, bool allowed) =>
        Assert.Equal(allowed, DownloadUrlRule.Allows(url, Teams, allowLoopbackHttp: false));

    [Theory]
    [InlineData("http://127.0.0.1:5000/files/a.pdf", true)]
    [InlineData("http://localhost:5000/files/a.pdf", true)]
    [InlineData("http://10.0.0.5/files/a.pdf", false)]
    [InlineData("http://example.com/a.pdf", false)]
    public void Plain_http_only_to_this_machine_and_only_when_allowed(string url, bool allowed) =>
        Assert.Equal(allowed, DownloadUrlRule.Allows(url, Teams, allowLoopbackHttp: true));

    [Theory]
    [InlineData("sharepoint.com", true)]
    [InlineData("*.sharepoint.com", true)]
    [InlineData(".sharepoint.com", true)]
    [InlineData("com", false)]
    [InlineData("*", false)]
    [InlineData("share point.com", false)]
    public void A_setting_suffix_needs_two_labels(string suffix, bool valid) => Assert.Equal(valid, DownloadUrlRule.IsValidSuffix(suffix));
}
