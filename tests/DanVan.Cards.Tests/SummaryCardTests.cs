using System.Text;
using DanVan.Cards.Export;
using DanVan.Cards.Summary;
using DanVan.Cards.Text;
using DanVan.Domain.Department;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Training;

namespace DanVan.Cards.Tests;

/// <summary>The summary and export cards, and the export's sheets, over a department of 1,000 units with long names.</summary>
public class SummaryCardTests
{
    private static readonly string LongName = "Chi cục Quản lý chất lượng nông lâm sản và thủy sản";

    private static DepartmentSummary Department(int units, DateOnly today) => DepartmentSummary.Of(TestData.Plan,
        Enumerable.Range(1, units).Select(i => new Unit($"U{i:D4}", $"{LongName} số {i:D4}")),
        [UnitSubmissions.Empty("U0001").With(SubmissionItems.Training, new Versioned<TrainingReport>(new TrainingReport(40, 30, 1, new DateOnly(2024, 3, 1)), "e",
            new Stamp("aad:x", "X", DateTimeOffset.UnixEpoch)))],
        today);

    public static TheoryData<string> Languages => ["vi", "en"];
    private static Texts T(string lang) => lang == "vi" ? Texts.Vietnamese : Texts.English;

    [Theory, MemberData(nameof(Languages))]
    public void Every_page_stays_under_the_teams_card_limit_and_pages_with_known_verbs(string lang)
    {
        var s = Department(1000, new DateOnly(2024, 10, 20));
        Assert.Equal(100, SummaryCard.PageCount(s));
        foreach (var page in new[] { 1, 2, 100 })
        {
            var card = SummaryCard.Build(T(lang), TestData.Plan, s, page, "09:00 20/10/2024");
            var bytes = Encoding.UTF8.GetByteCount(card.ToString());
            Assert.True(bytes < 28 * 1024, $"page {page} is {bytes} bytes");
            Assert.All(CardJson.OfType(card, "Action."), a =>
            {
                Assert.Equal("Action.Execute", CardJson.Type(a));
                Assert.Contains((string?)a["verb"], new[] { SummaryCard.ShowVerb, SummaryCard.ExportVerb, FileCards.LinksVerb });
            });
            Assert.All(CardJson.OfType(card, "TextBlock"), b => Assert.False(string.IsNullOrWhiteSpace((string?)b["text"])));
        }
    }

    [Fact]
    public void A_unit_short_of_the_training_target_shows_its_percentage_and_shortfall()
    {
        var card = SummaryCard.Build(Texts.Vietnamese, TestData.Plan, Department(3, new DateOnly(2024, 5, 1)), 1, "x").ToString();
        Assert.Contains($"- {LongName} số 0001: mới đạt 75%, còn 10 người", card);
        Assert.Contains($"- {LongName} số 0002: chưa báo cáo, quá hạn 11 ngày", card);
    }

    [Fact]
    public void The_export_card_opens_both_links_in_the_browser()
    {
        var card = ExportCard.Build(Texts.Vietnamese, 2024, "https://x/export/a.b", "https://x/export/c.d", "09:15 20/10/2024", 15);
        var links = CardJson.OfType(card, "Action.OpenUrl").Select(a => ((string)a["title"]!, (string)a["url"]!)).ToList();
        Assert.Equal([("Tải tệp Excel (.xlsx)", "https://x/export/a.b"), ("Tải tệp CSV", "https://x/export/c.d")], links);
        Assert.Contains("hết hạn lúc 09:15 20/10/2024 (sau 15 phút)", card.ToString());
    }

    [Theory, MemberData(nameof(Languages))]
    public void Sheets_have_excel_safe_unique_names_and_no_row_wider_than_its_header(string lang)
    {
        var sheets = DepartmentSheets.Build(T(lang), TestData.Plan, Department(20, new DateOnly(2024, 10, 20)), DepartmentSheets.Standard);

        Assert.Equal(Enum.GetValues<SheetKind>(), sheets.Select(s => s.Kind));
        Assert.Equal(sheets.Count, sheets.Select(s => s.Name).Distinct().Count());
        Assert.All(sheets, s =>
        {
            Assert.InRange(s.Name.Length, 1, 31);
            Assert.True(s.Name.IndexOfAny([':', '\\', '/', '?', '*', '[', ']']) < 0, s.Name);
            Assert.All(s.Rows, r => Assert.True(r.Count <= s.Headers.Count, $"{s.Name}: {r.Count} cells, {s.Headers.Count} headers"));
            Assert.NotEmpty(s.Rows);
        });
    }
}
