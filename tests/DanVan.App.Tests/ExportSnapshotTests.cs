using System.Globalization;
using System.Text;
using DanVan.App.Export;
using DanVan.Cards.Export;
using DanVan.Cards.Text;
using DanVan.Domain.Department;
using DanVan.Domain.Files;
using DanVan.Domain.Models;
using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Domain.Reviews;
using DanVan.Domain.Roster;
using DanVan.Domain.Training;
using DanVan.Domain.UnitPlans;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.App.Tests;

/// <summary>
/// The office's export, sheet by sheet and the CSV byte for byte, pinned to the files in Snapshots/ that were
/// written before the export's columns moved into the forms' declarations: the existing forms' columns, their
/// order and their texts may not change. Set DANVAN_SNAPSHOT_OUT to a folder to get the current output there.
/// </summary>
public sealed class ExportSnapshotTests
{
    public static TheoryData<string> Languages => ["vi", "en"];

    [Theory, MemberData(nameof(Languages))]
    public void Workbook_and_csv_are_unchanged_for_the_existing_forms(string lang)
    {
        var t = lang == "vi" ? Texts.Vietnamese : Texts.English;
        var world = new World();
        var book = world.Services.GetRequiredService<ExportBook>();
        var summary = Summary();
        var actual = Render(book.Sheets(t, summary), CsvWriter.Write(book.Units(t, summary)));

        if (Environment.GetEnvironmentVariable("DANVAN_SNAPSHOT_OUT") is { Length: > 0 } dir)
            File.WriteAllText(Path.Combine(dir, $"export-{lang}.txt"), actual, new UTF8Encoding(false));
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Snapshots", $"export-{lang}.txt"), Encoding.UTF8);
        Assert.Equal(expected, actual);
    }

    /// <summary>Every sheet's name, headers and typed cells, then the CSV's bytes as Base64 (its BOM and line ends included).</summary>
    private static string Render(IReadOnlyList<Sheet> sheets, byte[] csv)
    {
        var s = new StringBuilder();
        foreach (var sheet in sheets)
        {
            s.Append("# ").Append(sheet.Kind).Append(" | ").Append(sheet.Name).Append('\n');
            s.Append(string.Join(" | ", sheet.Headers)).Append('\n');
            foreach (var row in sheet.Rows) s.Append(string.Join(" | ", row.Select(CellText))).Append('\n');
        }
        s.Append("# csv\n").Append(Convert.ToBase64String(csv)).Append('\n');
        return s.ToString();
    }

    private static string CellText(Cell c) => c switch
    {
        TextCell x => "t:" + x.Text.Replace("\n", "\\n", StringComparison.Ordinal),
        NumberCell x => "n:" + x.Value.ToString(CultureInfo.InvariantCulture),
        DateCell x => "d:" + x.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => "?",
    };

    /// <summary>Six units covering every state an export row can show: nothing, partial, late, returned, accepted, complete with files.</summary>
    internal static DepartmentSummary Summary()
    {
        var at = new Stamp("aad:h", "Alex Wilber", DateTimeOffset.Parse("2024-04-12T01:05:00Z", CultureInfo.InvariantCulture));
        var office = new Stamp("aad:o", "Nguyễn Văn Phòng", DateTimeOffset.Parse("2024-10-20T02:00:00Z", CultureInfo.InvariantCulture));
        StoredFile File(string name) => new(name, 12345, "application/pdf", new string('a', 64), "blob/" + name, at.At, at.UserKey, at.UserName);
        var units = Enumerable.Range(1, 6).Select(i => new Unit($"U{i:D3}", $"Đơn vị {i}")).Append(new Unit("U099", "Đã giải thể", Active: false)).ToList();
        var report = new ResultsReport(true, true, false, true, true, false, 3, 4, 92.5m, 3, 6, 5, SelfRating.Good, "45/BC", new DateOnly(2024, 10, 10), "https://example.com/r");
        var model = new DanVanKheoModel("Mô hình \"A\"", ModelField.Economy, true, new DateOnly(2024, 3, 1), "Mô tả", "Kết quả, tốt", 120, ModelStatus.Recognised);

        UnitSubmissions Data(int i)
        {
            var d = UnitSubmissions.Empty($"U{i:D3}");
            if (i >= 2) d = d.With(SubmissionItems.Training, new Versioned<TrainingReport>(new TrainingReport(40 + i, 30 + 2 * i, i, new DateOnly(2024, 5, i)), "t", at));
            if (i == 2) d = d.With(SubmissionItems.UnitPlan, new Versioned<UnitPlanReport>(UnitPlanReport.NotIssued("chưa"), "p", at));
            if (i == 3) d = d.With(SubmissionItems.UnitPlan, new Versioned<UnitPlanReport>(new UnitPlanReport(true, "01/KH", new DateOnly(2024, 4, 1), null, null, null), "p", at));
            if (i >= 4)
                d = d.With(SubmissionItems.UnitPlan, new Versioned<UnitPlanReport>(
                    new UnitPlanReport(true, "02/KH", new DateOnly(2024, 4, 10), new DateOnly(2024, i == 4 ? 5 : 4, 15), "https://example.com/p", "ghi chú"), "p", at)
                    { Files = ItemFiles.First(File("ke-hoach.pdf")) });
            if (i >= 3)
                d = d.With(SubmissionItems.ModelPrefix + "m" + i, new Versioned<DanVanKheoModel>(model with { Name = model.Name + i }, "m", at)
                    { Files = i == 6 ? ItemFiles.First(File("minh-chung.jpg")) : null });
            if (i >= 5)
                d = d.With(SubmissionItems.Report, new Versioned<ResultsReport>(report with { Rating = i == 6 ? SelfRating.Excellent : SelfRating.Fair }, "r", at)
                    { Files = ItemFiles.First(File("bao-cao.pdf")) });
            if (i == 5)
                d = d.With(ReviewItems.KeyOf(SubmissionItems.Report), new Versioned<ItemReview>(
                    new ItemReview(ReviewDecision.Returned, "Thiếu tệp; bổ sung", [ReviewItems.FileField], "r", office.At), "x", office));
            if (i == 6)
                d = d.With(ReviewItems.KeyOf(SubmissionItems.UnitPlan), new Versioned<ItemReview>(
                    new ItemReview(ReviewDecision.Accepted, null, [], "p", office.At), "x", office));
            return d;
        }

        return DepartmentSummary.Of(World.Plan, units, Enumerable.Range(1, 6).Select(Data), new DateOnly(2024, 10, 20));
    }
}
