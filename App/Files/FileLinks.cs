using System.IO.Compression;
using DanVan.App.Department;
using DanVan.App.Export;
using DanVan.Cards;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Department;
using DanVan.Domain.Files;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;

namespace DanVan.App.Files;

/// <summary>
/// The office's access to the documents: a card of signed, user-bound links (the export's kind: short-lived, the
/// role read again from the roster as stored at download), each to a zip of one unit's current files or of one
/// item's files of every unit. The zip is built from Blob Storage when the link is opened.
/// </summary>
public sealed class FileLinks(Plan plan, DepartmentView view, IRosterEditor roster, IFileStore files, FileTokens tokens,
    ExportOptions options, DepartmentClock clock, IPublicBaseUrl baseUrl)
{
    public const string PathPrefix = "/files/";
    public const string ZipContentType = "application/zip";

    /// <summary>Per-unit buttons on the card; past this the per-item zips hold the rest.</summary>
    public const int UnitLinksShown = 30;

    /// <summary>The items a link may name: all plans, all reports, all models' evidence.</summary>
    public static readonly IReadOnlyList<string> Items = [SubmissionItems.UnitPlan, SubmissionItems.Report, "model"];

    private static readonly Texts T = Texts.Vietnamese;

    public async Task<Card> CardAsync(Member who, Texts t, CancellationToken ct)
    {
        var summary = await view.LoadAsync(ct);
        var expires = clock.UtcNow + options.LinkLifetime;
        string Link(string? unit, string? item) =>
            baseUrl.Get().TrimEnd('/') + PathPrefix + tokens.Sign(new FileLinkGrant(who.Key, plan.Id, unit, item, expires));

        var plans = summary.Units.Count(u => u.UnitPlanFile is not null);
        var reports = summary.Units.Count(u => u.ReportFile is not null);
        var evidence = summary.Units.Sum(u => u.ModelFiles.Count(f => f is not null));
        var itemLinks = new List<(string, string)>();
        if (plans > 0) itemLinks.Add((t.FilesAllPlans(plans), Link(null, SubmissionItems.UnitPlan)));
        if (reports > 0) itemLinks.Add((t.FilesAllReports(reports), Link(null, SubmissionItems.Report)));
        if (evidence > 0) itemLinks.Add((t.FilesAllEvidence(evidence), Link(null, "model")));
        var withFiles = summary.Units.Where(u => Current(u).Any()).ToList();
        var unitLinks = withFiles.Take(UnitLinksShown).Select(u => (t.FilesOfUnit(u.Unit.Name, Current(u).Count()), Link(u.Unit.Id, null))).ToList();
        return FileCards.Links(t, plan.Year, t.DateTime(DepartmentClock.ToLocal(expires)), (int)Math.Round(options.LinkLifetime.TotalMinutes),
            itemLinks, unitLinks, withFiles.Count - unitLinks.Count);
    }

    /// <param name="mayDownload">Whether a role may take the files, as the route table declares it (read again now).</param>
    public async Task<ExportDownload> DownloadAsync(string? token, Func<Role, bool> mayDownload, CancellationToken ct)
    {
        var (check, verified) = tokens.VerifyLink(token, clock.UtcNow);
        switch (check)
        {
            case TokenCheck.Malformed: return new(DownloadStatus.NotFound, T.DownloadInvalid);
            case TokenCheck.BadSignature: return new(DownloadStatus.Forbidden, T.DownloadInvalid);
            case TokenCheck.Expired: return new(DownloadStatus.Expired, T.DownloadExpired) { UserKey = verified!.UserKey };
        }
        var grant = verified!;
        if (grant.PlanId != plan.Id || (grant.Item is { } i && !Items.Contains(i))) return new(DownloadStatus.NotFound, T.DownloadInvalid) { UserKey = grant.UserKey };
        var member = await roster.FindMemberAsync(grant.UserKey, ct);
        if (member is null || !mayDownload(member.Role)) return new(DownloadStatus.Forbidden, T.DownloadNotAllowed) { UserKey = grant.UserKey };

        var summary = await view.LoadAsync(ct);
        var units = grant.UnitId is { } unitId ? summary.Units.Where(u => u.Unit.Id == unitId).ToList() : summary.Units;
        if (units.Count == 0) return new(DownloadStatus.NotFound, T.DownloadInvalid) { UserKey = grant.UserKey };
        var chosen = units.SelectMany(u => Current(u).Where(f => grant.Item is null || f.Item == grant.Item).Select(f => (u, f.Label, f.File))).ToList();

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (unit, label, file) in chosen)
            {
                var content = await files.ReadAsync(file.Blob, ct)
                              ?? throw new InvalidOperationException($"Blob {file.Blob} recorded for unit {unit.Unit.Id} is missing.");
                var entry = zip.CreateEntry(Unique(names, $"{Safe(unit.Unit.Name)}/{Safe(label)} - {Safe(file.Name)}"), CompressionLevel.Fastest);
                entry.LastWriteTime = DepartmentClock.ToLocal(file.UploadedAt);
                await using var stream = entry.Open();
                await stream.WriteAsync(content, ct);
            }
        }
        var what = grant.UnitId is not null ? units[0].Unit.Name : grant.Item switch
        {
            SubmissionItems.UnitPlan => T.FileWhatPlan, SubmissionItems.Report => T.FileWhatReport, _ => T.FileWhatEvidence,
        };
        return new ExportDownload(DownloadStatus.Ok, null, buffer.ToArray(), ZipContentType, $"Tệp {what} {plan.Year}.zip") { UserKey = grant.UserKey };
    }

    /// <summary>A unit's current documents: the plan's, the report's, each model's evidence.</summary>
    private static IEnumerable<(string Item, string Label, StoredFile File)> Current(UnitSummary u)
    {
        if (u.UnitPlanFile is { } p) yield return (SubmissionItems.UnitPlan, T.FileTargetUnitPlan, p);
        if (u.ReportFile is { } r) yield return (SubmissionItems.Report, T.FileTargetReport, r);
        for (var i = 0; i < u.Models.Count && i < u.ModelFiles.Count; i++)
            if (u.ModelFiles[i] is { } m) yield return ("model", T.FileTargetModel(u.Models[i].Name), m);
    }

    /// <summary>Names are untrusted: no path separators, no dot segments, no control characters in a zip entry.</summary>
    private static string Safe(string name)
    {
        var chars = name.Select(c => char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c).ToArray();
        var s = new string(chars).Trim().TrimStart('.');
        return s.Length == 0 ? "_" : Domain.Validation.TextClip.Clip(s, 120, "…");
    }

    private static string Unique(HashSet<string> names, string name)
    {
        var candidate = name;
        for (var n = 2; !names.Add(candidate); n++) candidate = $"{Path.GetFileNameWithoutExtension(name)} ({n}){Path.GetExtension(name)}" is var b
            ? (Path.GetDirectoryName(name) is { Length: > 0 } dir ? dir.Replace('\\', '/') + "/" + b : b) : name;
        return candidate;
    }
}
