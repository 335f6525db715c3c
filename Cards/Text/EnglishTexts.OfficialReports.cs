using DanVan.Domain.OfficialReports;

namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts
{
    public override string DeptReportTitle(int planYear) => $"The department's {planYear} report on công tác dân vận chính quyền";
    public override string DeptReportIntro =>
        "DanVan fills in each target's figures, the units still short and the \"Dân vận khéo\" models from the units' reports. " +
        "The office writes the parts figures cannot say; a part left empty is marked \"[Văn phòng Sở bổ sung: …]\" in the report.";
    public override string DeptReportLabel(string field) => field switch
    {
        DepartmentReportFields.Leadership => "I. Leadership and direction",
        DepartmentReportFields.Assessment => "III. Overall assessment (strengths, weaknesses, causes)",
        DepartmentReportFields.Directions => "IV. Next year's directions",
        _ => "V. Recommendations",
    };
    public override string DeptReportPlaceholder(string field) => "One paragraph per line";
    public override string DeptReportSaveButton => "Save and make the report (.docx)";
    public override string DeptReportMakeButton => "Make the report with the saved texts";
    public override string DeptReportSaved(string byName, string at) => $"The department report's texts are saved ({byName}, {at}).";
    public override string DeptReportNeverSaved => "Nothing saved yet.";
    public override string DeptReportStale => "Someone else has just updated these texts; the form shows the latest. Not saved — check them, then save.";
    public override string DeptReportNotSaved => "Not saved: please fix the fields named.";
    public override string UnitDraftTitle(string unitName, int planYear) => $"Draft {planYear} results report — {unitName}";
    public override string DocumentReady(string expiresAt, int minutes) =>
        $"The report (.docx, in the format of Decree 30/2020/NĐ-CP) is ready. Download it with the button below (the link works until {expiresAt}, {minutes} minutes, for your account only), " +
        "or press \"Allow\" on the file card to have DanVan save it to your OneDrive.";
    public override string DocumentGaps(int gaps) => gaps == 0
        ? "Nothing is left to complete in the report."
        : $"{gaps} highlighted parts, marked \"[… bổ sung: …]\", must be completed before signing.";
    public override string DocumentDownloadButton => "Download the report (.docx)";
    public override string FileOfferDescription(string fileName) => $"{fileName} — a report in the format of Decree 30/2020/NĐ-CP";
    public override string FileUploaded(string fileName) => $"DanVan saved {fileName} to your OneDrive.";
    public override string FileDeclined => "You declined the file; DanVan saved nothing to your OneDrive. Download the report with the link, or type the command again.";
    public override string FileUploadFailed => "DanVan could not save the file to your OneDrive. Download the report with the link, or type the command again to retry.";
}
