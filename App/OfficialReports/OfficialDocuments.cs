using DanVan.App.Department;
using DanVan.App.Export;
using DanVan.Cards.Documents;
using DanVan.Cards.Text;
using DanVan.Domain.Department;
using DanVan.Domain.OfficialReports;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;

namespace DanVan.App.OfficialReports;

/// <summary>A generated document: its bytes, file name (with .docx) and how many marked gaps it has left.</summary>
public sealed record DocumentFile(byte[] Content, string FileName, int Gaps);

/// <summary>
/// Builds the official reports from the data as it is now: the department's (the summary plus the office's stored
/// texts) and one unit's draft (that unit's partition only). Used by the chat, the file consent and the download link.
/// </summary>
public sealed class OfficialDocuments(Plan plan, DepartmentView view, ISubmissionRepository submissions, DepartmentClock clock)
{
    /// <summary>Documents are Vietnamese; file names too.</summary>
    private static readonly Texts T = Texts.Vietnamese;

    public static SubmissionKey TextsKey(Plan plan) => new(plan.Id, DepartmentReportTexts.StorageUnit, DepartmentReportTexts.Item);

    public async Task<Versioned<DepartmentReportTexts>?> TextsAsync(CancellationToken ct) =>
        await submissions.GetAsync<DepartmentReportTexts>(TextsKey(plan), ct);

    public async Task<DocumentFile> DepartmentAsync(CancellationToken ct)
    {
        var summary = await view.LoadAsync(ct);
        var texts = (await TextsAsync(ct))?.Value ?? DepartmentReportTexts.Empty;
        var document = DepartmentReport.Build(plan, summary, texts);
        var name = T.DepartmentReportFileName(plan.Year, summary.Today);
        return new DocumentFile(DocxWriter.Write(document, document.Subject), name + ".docx", Gaps(document));
    }

    /// <summary>The draft of <paramref name="unit"/>, which the caller has already been found to head.</summary>
    public async Task<DocumentFile> UnitDraftAsync(Unit unit, CancellationToken ct)
    {
        var today = clock.Today;
        var data = await submissions.LoadUnitAsync(plan.Id, unit.Id, ct);
        var document = UnitReportDraft.Build(plan, UnitSummary.Of(plan, unit, data, today), today);
        var name = T.UnitDraftFileName(plan.Year, unit.Id, today);
        return new DocumentFile(DocxWriter.Write(document, document.Subject), name + ".docx", Gaps(document));
    }

    /// <summary>Marked parts left for the signer's office, wherever they are in the document.</summary>
    public static int Gaps(OfficialDocument d)
    {
        static int In(IEnumerable<Span> spans) => spans.Count(s => s.Gap);
        var h = d.Heading;
        return In(h.GoverningBody) + In(h.IssuingBody) + In(h.Number) + In(h.PlaceAndDate)
            + d.Body.OfType<Cards.Documents.Paragraph>().Sum(p => In(p.Spans))
            + d.Closing.Recipients.Sum(In) + In(d.Closing.Authority) + In(d.Closing.Title) + In(d.Closing.Name);
    }
}
