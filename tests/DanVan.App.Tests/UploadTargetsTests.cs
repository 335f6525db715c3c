using DanVan.App;
using DanVan.App.OfficialReports;

namespace DanVan.App.Tests;

/// <summary>Where a file consent's upload may go: SharePoint/OneDrive over https; loopback only when allowed.</summary>
public class UploadTargetsTests
{
    [Theory]
    [InlineData("https://contoso-my.sharepoint.com/personal/a_contoso_com/_api/v2.0/drive/items/01/uploadSession?guid=1", true)]
    [InlineData("https://onedrive.live.com/upload/1", true)]
    [InlineData("http://contoso-my.sharepoint.com/upload", false)]
    [InlineData("https://contoso-my.sharepoint.com:8443/upload", false)]
    [InlineData("https://sharepoint.com.evil.example/upload", false)]
    [InlineData("https://evilsharepoint.com/upload", false)]
    [InlineData("https://user:pw@contoso.sharepoint.com/upload", false)]
    [InlineData("http://127.0.0.1:5000/upload/1", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("not a url", false)]
    [InlineData(null, false)]
    public void In_production_only_https_sharepoint_and_onedrive_hosts(string? url, bool allowed) =>
        Assert.Equal(allowed, UploadTargets.Check(url, allowLoopback: false) is not null);

    [Theory]
    [InlineData("http://127.0.0.1:5000/upload/1", true)]
    [InlineData("http://localhost:5000/upload/1", true)]
    [InlineData("http://[::1]:5000/upload/1", true)]
    [InlineData("http://10.0.0.5/upload/1", false)]
    [InlineData("http://127.0.0.1.nip.io/upload/1", false)]
    public void Locally_a_loopback_address_too(string url, bool allowed) =>
        Assert.Equal(allowed, UploadTargets.Check(url, allowLoopback: true) is not null);

    [Theory]
    [InlineData("báo cáo sở", DanVan.Cards.RouteNames.DepartmentReport)]
    [InlineData("Xuất báo cáo năm", DanVan.Cards.RouteNames.DepartmentReport)]
    [InlineData("bao cao so", DanVan.Cards.RouteNames.DepartmentReport)]
    [InlineData("dự thảo báo cáo", DanVan.Cards.RouteNames.UnitDraft)]
    [InlineData("xuất báo cáo", DanVan.Cards.RouteNames.Export)]
    [InlineData("báo cáo", DanVan.Cards.RouteNames.Report)]
    public void The_report_commands_are_recognised(string text, string route) => Assert.Equal(route, CommandsTests.Parse(text));
}
