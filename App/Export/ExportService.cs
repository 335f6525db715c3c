using DanVan.Cards;
using DanVan.App.Department;
using DanVan.App.OfficialReports;
using DanVan.Cards.Export;
using DanVan.Cards.Json;
using DanVan.Cards.Summary;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;

namespace DanVan.App.Export;

/// <summary>How long a download link works (the key that signs it is <see cref="ExportTokens"/>'s alone).</summary>
public sealed record ExportOptions(TimeSpan LinkLifetime)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(15);
}

/// <summary>Where the bot is reachable from the user's browser, e.g. https://danvan.example.gov.vn (no trailing slash).</summary>
public interface IPublicBaseUrl
{
    string Get();
}

public enum DownloadStatus { Ok, NotFound, Expired, Forbidden }

/// <summary>The answer to a download: the file, or why not (a short sentence for the browser).</summary>
public sealed record ExportDownload(DownloadStatus Status, string? Message, byte[]? Content = null, string? ContentType = null, string? FileName = null)
{
    /// <summary>Whom the link was made for (once its signature checked out), for the log of who took department data.</summary>
    public string? UserKey { get; init; }
}

/// <summary>
/// "Xuất báo cáo": hands the office two signed links (xlsx, csv) and, when one is opened, builds the file from the
/// data as it is then. The role is checked when the links are made and again, against the roster as stored, on
/// every download: a member demoted since cannot use a link they still hold.
/// </summary>
public sealed class ExportService(
    Plan plan, DepartmentView view, IRosterEditor roster, ExportTokens tokens, ExportOptions options, DepartmentClock clock, IPublicBaseUrl baseUrl,
    OfficialReports.OfficialDocuments documents, ExportBook book)
{
    public const string PathPrefix = "/export/";

    /// <summary>Downloads are read in a browser with no Teams locale: the users' language.</summary>
    private static readonly Texts T = Texts.Vietnamese;

    /// <summary>A signed link for <paramref name="who"/> to one file, when it expires and after how many minutes.</summary>
    public (string Url, DateTimeOffset Expires, int Minutes) Link(Member who, ExportFormat format)
    {
        var expires = clock.UtcNow + options.LinkLifetime;
        return (baseUrl.Get().TrimEnd('/') + PathPrefix + tokens.Sign(new ExportGrant(who.Key, plan.Id, format, expires)), expires,
            (int)Math.Round(options.LinkLifetime.TotalMinutes));
    }

    /// <summary>The command whose roles may download <paramref name="format"/> (read from the route table at download).</summary>
    public static string CommandFor(ExportFormat format) => format switch
    {
        ExportFormat.ReportDocx => RouteNames.DepartmentReport,
        ExportFormat.DraftDocx => RouteNames.UnitDraft,
        _ => RouteNames.Export,
    };

    public Card LinksCard(Member who, Texts t)
    {
        var expires = clock.UtcNow + options.LinkLifetime;
        string Link(ExportFormat f) => baseUrl.Get().TrimEnd('/') + PathPrefix + tokens.Sign(new ExportGrant(who.Key, plan.Id, f, expires));
        return ExportCard.Build(t, plan.Year, Link(ExportFormat.Xlsx), Link(ExportFormat.Csv),
            t.DateTime(DepartmentClock.ToLocal(expires)), (int)Math.Round(options.LinkLifetime.TotalMinutes));
    }

    /// <param name="mayExport">Whether a role may download a format, as the route table declares it (read again at download).</param>
    public async Task<ExportDownload> DownloadAsync(string? token, Func<Role, ExportFormat, bool> mayExport, CancellationToken ct)
    {
        var (check, grant) = tokens.Verify(token, clock.UtcNow);
        switch (check)
        {
            case TokenCheck.Malformed:
                return new(DownloadStatus.NotFound, T.DownloadInvalid);
            case TokenCheck.BadSignature:
                return new(DownloadStatus.Forbidden, T.DownloadInvalid);
            case TokenCheck.Expired:
                return new(DownloadStatus.Expired, T.DownloadExpired) { UserKey = grant!.UserKey };
        }
        // A link from last year's plan names data this bot no longer serves.
        if (grant!.PlanId != plan.Id) return new(DownloadStatus.NotFound, T.DownloadInvalid) { UserKey = grant.UserKey };
        var member = await roster.FindMemberAsync(grant.UserKey, ct);
        if (member is null || !mayExport(member.Role, grant.Format)) return new(DownloadStatus.Forbidden, T.DownloadNotAllowed) { UserKey = grant.UserKey };
        if (grant.Format is ExportFormat.ReportDocx or ExportFormat.DraftDocx) return await DocumentAsync(grant, member, ct);

        var summary = await view.LoadAsync(ct);
        var name = T.ExportFileName(plan.Year, summary.Today);
        var file = grant.Format == ExportFormat.Xlsx
            ? new ExportDownload(DownloadStatus.Ok, null, XlsxWriter.Write(book.Sheets(T, summary)), XlsxWriter.ContentType, name + ".xlsx")
            : new ExportDownload(DownloadStatus.Ok, null, CsvWriter.Write(book.Units(T, summary)), CsvWriter.ContentType, name + ".csv");
        return file with { UserKey = grant.UserKey };
    }

    /// <summary>A report (.docx). A draft is always the unit the member heads now, as stored: a link names no unit,
    /// so it can never reach another unit's data, and a head moved or removed since gets nothing.</summary>
    private async Task<ExportDownload> DocumentAsync(ExportGrant grant, Member member, CancellationToken ct)
    {
        DocumentFile file;
        if (grant.Format == ExportFormat.ReportDocx) file = await documents.DepartmentAsync(ct);
        else
        {
            var unit = member.UnitId is { } id ? await roster.FindUnitAsync(id, ct) : null;
            if (unit is not { Active: true }) return new(DownloadStatus.Forbidden, T.DownloadNotAllowed) { UserKey = grant.UserKey };
            file = await documents.UnitDraftAsync(unit, ct);
        }
        return new ExportDownload(DownloadStatus.Ok, null, file.Content, DocxWriter.ContentType, file.FileName) { UserKey = grant.UserKey };
    }
}
