namespace DanVan.Cards.Text;

// The official reports (.docx, Decree 30/2020/NĐ-CP): the office's form for the department report, the download
// card, Teams' file consent and what follows it. The documents themselves are Vietnamese whatever the locale.
public abstract partial class Texts
{
    public abstract string DeptReportTitle(int planYear);
    public abstract string DeptReportIntro { get; }
    public abstract string DeptReportLabel(string field);
    public abstract string DeptReportPlaceholder(string field);
    public abstract string DeptReportSaveButton { get; }
    public abstract string DeptReportMakeButton { get; }
    public abstract string DeptReportSaved(string byName, string at);
    public abstract string DeptReportNeverSaved { get; }
    public abstract string DeptReportStale { get; }
    public abstract string DeptReportNotSaved { get; }
    public abstract string UnitDraftTitle(string unitName, int planYear);
    public abstract string DocumentReady(string expiresAt, int minutes);
    public abstract string DocumentGaps(int gaps);
    public abstract string DocumentDownloadButton { get; }
    public abstract string FileOfferDescription(string fileName);
    public abstract string FileUploaded(string fileName);
    public abstract string FileDeclined { get; }
    public abstract string FileUploadFailed { get; }

    // The documents are Vietnamese whatever the reader's locale, and so are their file names.
#pragma warning disable CA1822
    public string DepartmentReportFileName(int planYear, DateOnly today) =>
        $"Báo cáo dân vận chính quyền {planYear} - Sở - {today.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)}";
    public string UnitDraftFileName(int planYear, string unitId, DateOnly today) =>
        $"Dự thảo báo cáo dân vận chính quyền {planYear} - {unitId} - {today.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)}";
#pragma warning restore CA1822
}
