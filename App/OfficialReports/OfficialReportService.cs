using DanVan.App.Export;
using DanVan.App.Routing;
using DanVan.Cards;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.OfficialReports;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;
using Microsoft.Extensions.Logging;
using F = DanVan.Domain.OfficialReports.DepartmentReportFields;

namespace DanVan.App.OfficialReports;

/// <summary>Where an accepted file consent is read from (Teams' fileConsent/invoke value, flattened by Bot/).</summary>
public static class ConsentFields
{
    public const string Action = "action";
    public const string UploadUrl = "uploadUrl";
    public const string ContentUrl = "contentUrl";
    public const string Name = "name";
    public const string UniqueId = "uniqueId";
    public const string FileType = "fileType";
    public const string Accept = "accept";
}

/// <summary>Whether a consent's upload URL may be a loopback address (local runs and tests only).</summary>
public sealed record UploadPolicy(bool AllowLoopback);

/// <summary>
/// The official reports in the chat: the office's form for the department report's words (stored with its audit in
/// one partition transaction, ETag-conditional), the department report and a unit head's own draft handed out as a
/// signed link and as Teams' file consent card, and the upload once the user allows it.
/// </summary>
public sealed class OfficialReportService(
    Plan plan, OfficialDocuments documents, ISubmissionRepository submissions, ExportService export, IFileUpload upload,
    UploadPolicy policy, DepartmentClock clock, ILogger<OfficialReportService> logger)
{
    public async Task<Answer> FormAsync(Request r, CancellationToken ct)
    {
        var stored = await documents.TextsAsync(ct);
        return Answer.Of(Form(r.T, stored, [], null));
    }

    /// <summary>Saves the four texts if nobody saved since the form was opened, then makes the report.</summary>
    public async Task<Answer> SaveAsync(Request r, CancellationToken ct)
    {
        var validated = F.Validate(r.Data);
        var stored = await documents.TextsAsync(ct);
        if (!validated.IsValid)
        {
            var typed = new DepartmentReportTexts(Raw(r, F.Leadership), Raw(r, F.Assessment), Raw(r, F.Directions), Raw(r, F.Recommendations));
            return Answer.Of(OfficialReportCards.Form(r.T, plan.Year, typed, r.Data.GetValueOrDefault(F.Version), SavedLine(r.T, stored), validated.Errors, r.T.DeptReportNotSaved));
        }
        var openedAt = r.Data.GetValueOrDefault(F.Version) is { Length: > 0 } v ? v : null;
        if (stored?.Version != openedAt)
            return Answer.Of(Form(r.T, stored, [], r.T.DeptReportStale));
        Versioned<DepartmentReportTexts> saved;
        if (stored is not null && stored.Value == validated.Value) saved = stored;
        else
        {
            try
            {
                saved = await submissions.SaveAsync(OfficialDocuments.TextsKey(plan), validated.Value!, stored,
                    new Stamp(r.Who.Member.Key, r.Who.Member.DisplayName, clock.UtcNow), ct);
            }
            catch (ConcurrencyConflictException)
            {
                return Answer.Of(Form(r.T, await documents.TextsAsync(ct), [], r.T.DeptReportStale));
            }
        }
        var made = await DepartmentAsync(r, ct);
        return new Answer(Form(r.T, saved, [], SavedLine(r.T, saved), TextStyle.Good), made.AsMessages());
    }

    /// <summary>The department report made now: the link card and the file offer, in the personal chat.</summary>
    public async Task<Answer> DepartmentAsync(Request r, CancellationToken ct)
    {
        var file = await documents.DepartmentAsync(ct);
        return Offer(r, file, r.T.DeptReportTitle(plan.Year), ExportFormat.ReportDocx, OfficialReportCards.FileVerb);
    }

    public async Task<Answer> UnitDraftAsync(Request r, CancellationToken ct)
    {
        var unit = r.Who.Unit!;
        var file = await documents.UnitDraftAsync(unit, ct);
        return Offer(r, file, r.T.UnitDraftTitle(unit.Name, plan.Year), ExportFormat.DraftDocx, OfficialReportCards.DraftFileVerb);
    }

    /// <summary>The user answered the file consent card: on "accept", the report is made again for them (as the
    /// roster knows them now) and put to the upload URL Teams gave, if it is one DanVan may write to.</summary>
    public async Task<Answer> UploadAsync(Request r, bool department, CancellationToken ct)
    {
        if (r.Data.GetValueOrDefault(ConsentFields.Action) != ConsentFields.Accept) return Answer.Say(r.T.FileDeclined);
        var target = UploadTargets.Check(r.Data.GetValueOrDefault(ConsentFields.UploadUrl), policy.AllowLoopback);
        var content = UploadTargets.Check(r.Data.GetValueOrDefault(ConsentFields.ContentUrl), policy.AllowLoopback);
        if (target is null || content is null)
        {
            logger.LogWarning("File consent refused: the upload or content URL is not a SharePoint/OneDrive https address (user {UserKey}).", r.Who.Member.Key);
            return Answer.Say(r.T.FileUploadFailed);
        }
        var file = department ? await documents.DepartmentAsync(ct) : await documents.UnitDraftAsync(r.Who.Unit!, ct);
        bool ok;
        try { ok = await upload.PutAsync(target, file.Content, ct); }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "File upload to the user's OneDrive failed (user {UserKey}).", r.Who.Member.Key);
            ok = false;
        }
        if (!ok) return Answer.Say(r.T.FileUploadFailed);
        var name = r.Data.GetValueOrDefault(ConsentFields.Name) is { Length: > 0 and <= 255 } n ? Domain.Validation.UntrustedText.NormalizeMessage(n) : file.FileName;
        logger.LogInformation("Official report uploaded to the OneDrive of {UserKey}: {Bytes} bytes.", r.Who.Member.Key, file.Content.Length);
        return new Answer(null,
        [
            new FileInfoReply(name, content.AbsoluteUri, r.Data.GetValueOrDefault(ConsentFields.UniqueId) ?? "", r.Data.GetValueOrDefault(ConsentFields.FileType) ?? "docx"),
            new TextReply(r.T.FileUploaded(name)),
        ]);
    }

    private Answer Offer(Request r, DocumentFile file, string title, ExportFormat format, string verb)
    {
        var (url, expires, minutes) = export.Link(r.Who.Member, format);
        var card = OfficialReportCards.Ready(r.T, title, url, r.T.DateTime(DepartmentClock.ToLocal(expires)), minutes, file.Gaps);
        return new Answer(card, [new FileOfferReply(file.FileName, file.Content.Length, r.T.FileOfferDescription(file.FileName), verb)]);
    }

    private Card Form(Texts t, Versioned<DepartmentReportTexts>? stored, IReadOnlyList<Domain.Validation.FieldError> errors, string? notice, TextStyle style = TextStyle.Attention) =>
        OfficialReportCards.Form(t, plan.Year, stored?.Value ?? DepartmentReportTexts.Empty, stored?.Version, SavedLine(t, stored), errors, notice, style);

    private static string? SavedLine(Texts t, Versioned<DepartmentReportTexts>? stored) =>
        stored is null ? null : t.DeptReportSaved(stored.Stamp.UserName, t.DateTime(DepartmentClock.ToLocal(stored.Stamp.At)));

    /// <summary>What was typed, shown back in a refused form (clipped: it is not stored).</summary>
    private static string? Raw(Request r, string field) =>
        r.Data.GetValueOrDefault(field) is { } v ? Domain.Validation.TextClip.Clip(v, F.MaxLength) : null;
}
