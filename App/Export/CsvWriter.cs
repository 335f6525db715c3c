using System.Globalization;
using System.Text;
using DanVan.Cards.Export;
using DanVan.Domain.Validation;

namespace DanVan.App.Export;

/// <summary>
/// One sheet as CSV (RFC 4180, comma, CRLF) in UTF-8 with a byte-order mark: without it Excel reads the file as
/// the ANSI code page and every Vietnamese letter comes out garbled. Numbers use a dot; dates are dd/MM/yyyy.
/// </summary>
public static class CsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(Sheet sheet)
    {
        var sb = new StringBuilder();
        Line(sb, sheet.Headers.Select(Quote));
        foreach (var row in sheet.Rows) Line(sb, row.Select(Field));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static void Line(StringBuilder sb, IEnumerable<string> fields) => sb.Append(string.Join(',', fields)).Append("\r\n");

    private static string Field(Cell cell) => cell switch
    {
        NumberCell n => n.Value.ToString(CultureInfo.InvariantCulture),
        DateCell d => d.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        TextCell t => Quote(Defuse(UntrustedText.ForXml(t.Text))),
        _ => "",
    };

    /// <summary>Text typed by unit heads (model names, notes) must not run as a formula when the office opens the
    /// file in Excel: a leading = + - @ or control character is escaped with an apostrophe, as Excel itself does.
    /// Applied at write time to whatever is stored (control characters dropped first, so none hides a leading =);
    /// numbers are <see cref="NumberCell"/>s, written as numbers, so a negative number stays a number.</summary>
    private static string Defuse(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
