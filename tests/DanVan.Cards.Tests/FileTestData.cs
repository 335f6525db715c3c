using DanVan.Cards.Json;
using DanVan.Cards.Text;

namespace DanVan.Cards.Tests;

/// <summary>Documents in, for the catalogue: the "what is this file?" card (one item, every item and a unit's many
/// models, the longest file name the bot keeps, a name written as Markdown), the receipt, and the office's links.</summary>
public static class FileTestData
{
    public static void AddCards(Dictionary<string, Card> cards, string lang, Texts t, string unit)
    {
        var offer = new string('x', 600); // a signed offer carries the download address: Teams' are long
        var longName = new string('Đ', 196) + ".pdf";
        var models = Enumerable.Range(1, 12).Select(i => (t.FileTargetModel($"{unit} — mô hình Dân vận khéo số {i}"), "model|" + new string('a', 31) + (i % 10))).ToList();
        cards[$"{lang}/file-choice-one"] = FileCards.Choice(t, "Kế hoạch 12-KH.pdf", "20 MB", [(t.FileTargetUnitPlan, "unit-plan")], offer);
        cards[$"{lang}/file-choice-many"] = FileCards.Choice(t, longName, "20 MB",
            [(t.FileTargetUnitPlan, "unit-plan"), (t.FileTargetReport, "report"), .. models], offer);
        cards[$"{lang}/file-choice-markdown-name"] = FileCards.Choice(t, "[bấm](https://evil.example) **x**.pdf", "20 MB", [(t.FileTargetReport, "report")], offer);
        cards[$"{lang}/file-receipt"] = FileCards.Receipt(t, t.FileTargetUnitPlan, longName, t.FileSize(20 * 1024 * 1024), "09:00 20/10/2024",
            "Lê Thủ Trưởng", new string('f', 64), 3);
        var link = "https://danvan.example.gov.vn/files/" + new string('t', 300);
        cards[$"{lang}/file-links"] = FileCards.Links(t, 2024, "09:15 20/10/2024", 15,
            [(t.FilesAllPlans(40), link), (t.FilesAllReports(38), link), (t.FilesAllEvidence(120), link)],
            [.. Enumerable.Range(1, 30).Select(i => (t.FilesOfUnit($"{unit} {i}", 3), link))], 12);
        cards[$"{lang}/file-links-none"] = FileCards.Links(t, 2024, "09:15 20/10/2024", 15, [], [], 0);
    }
}
