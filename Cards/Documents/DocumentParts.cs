using System.Globalization;
using DanVan.Cards.Text;
using DanVan.Domain.Department;
using DanVan.Domain.Models;
using DanVan.Domain.Plans;

namespace DanVan.Cards.Documents;

/// <summary>What the department's report and a unit's draft share: the heading lines, the dated place, the model
/// table. Official documents are Vietnamese whatever the reader's Teams locale.</summary>
internal static class DocumentParts
{
    public static readonly Texts T = Texts.Vietnamese;
    public static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The report's kind in the number ("Số: …/BC-SNN"): BC = báo cáo (Decree 30, appendix III).</summary>
    public const string KindSymbol = "BC";

    /// <summary>Spaces for the number the văn thư gives at issue ("Số:      /BC-SNN"), as on the plan itself.</summary>
    public const string NumberBlank = "      ";

    /// <summary>"Tây Ninh, ngày      tháng 10 năm 2024": the day is written when it is signed; the month and year are
    /// the draft's.</summary>
    public static IReadOnlyList<Span> PlaceAndDate(IReadOnlyList<Span> place, DateOnly today) =>
        [.. place, new Span($", ngày {NumberBlank} tháng {today.Month} năm {today.Year}")];

    public static string Upper(string text) => text.ToUpper(Vi);

    public static string Of(int part, int whole) => $"{part}/{whole}";

    public static string Percent(decimal p) => p.ToString("0.#", Vi) + "%";

    public static string Names(IEnumerable<string> names) => string.Join("; ", names);

    public static string ModelStatus(ModelStatus s) => T.StatusName(s);

    public static IReadOnlyList<string> ModelHeaders => ["STT", "Đơn vị", "Tên mô hình", "Lĩnh vực", "Gắn với xây dựng nông thôn mới", "Tình trạng", "Số người hưởng lợi"];

    public static IReadOnlyList<int> ModelWidths => [7, 17, 24, 14, 13, 14, 11];

    /// <summary>One row per model, numbered; <paramref name="units"/> in the summary's order.</summary>
    public static List<IReadOnlyList<string>> ModelRows(IEnumerable<UnitSummary> units)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var u in units)
            foreach (var m in u.Models)
                rows.Add([(rows.Count + 1).ToString(CultureInfo.InvariantCulture), u.Unit.Name, m.Name, T.FieldName(m.Field),
                    m.NewRuralArea ? "Có" : "Không", ModelStatus(m.Status), m.Beneficiaries.ToString("N0", Vi)]);
        return rows;
    }

    public static string Target(Plan plan, int n) => $"Chỉ tiêu {n}: {plan.Target(n).Title}";
}
