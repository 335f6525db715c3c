using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.OfficialReports;
using DanVan.Domain.Validation;
using F = DanVan.Domain.OfficialReports.DepartmentReportFields;

namespace DanVan.Cards.Tests;

/// <summary>The official reports' cards for the catalogue: the office's form (empty, filled to the limit, with every
/// error, stale), and the download card with and without gaps.</summary>
public static class OfficialReportTestData
{
    public static void AddCards(Dictionary<string, Card> cards, string lang, Texts t, string unit)
    {
        var longest = new string('ệ', F.MaxLength);
        var full = new DepartmentReportTexts(longest, longest, longest, longest);
        var errors = F.All.Select(f => new FieldError(f, ErrorCode.TooLong, F.MaxLength)).ToList();
        cards[$"{lang}/deptreport-form-empty"] = OfficialReportCards.Form(t, 2024, DepartmentReportTexts.Empty, null, null, []);
        cards[$"{lang}/deptreport-form-longest"] = OfficialReportCards.Form(t, 2024, full, "W/\"datetime'2024-10-20'\"", t.DeptReportSaved("Nguyễn Thị Bình", "09:00 20/10/2024"), []);
        cards[$"{lang}/deptreport-form-errors"] = OfficialReportCards.Form(t, 2024, DepartmentReportTexts.Empty, null, null, errors, t.DeptReportNotSaved);
        cards[$"{lang}/deptreport-form-stale"] = OfficialReportCards.Form(t, 2024, DepartmentReportTexts.Empty, "v1", null, [], t.DeptReportStale);
        var url = "https://danvan.example.gov.vn/export/" + new string('a', 200) + "." + new string('b', 43);
        cards[$"{lang}/deptreport-ready"] = OfficialReportCards.Ready(t, t.DeptReportTitle(2024), url, "09:15 20/10/2024", 15, 4);
        cards[$"{lang}/unitdraft-ready"] = OfficialReportCards.Ready(t, t.UnitDraftTitle(unit, 2024), url, "09:15 20/10/2024", 15, 0);
    }
}
