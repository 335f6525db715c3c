using System.Globalization;
using DanVan.Cards.Export;
using DanVan.Domain.Validation;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Cell = DanVan.Cards.Export.Cell;
using Sheet = DanVan.Cards.Export.Sheet;
using XCell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace DanVan.App.Export;

/// <summary>
/// Writes sheets as an .xlsx workbook with the Open XML SDK: a bold, frozen header row, numbers as numbers and
/// dates as real dates shown dd/MM/yyyy, so the office can sum and sort what it pastes. Strings are inline, which
/// keeps the writer one pass (no shared-string table to build).
/// </summary>
public static class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Style indexes into the stylesheet below. Whole numbers and decimals get their own formats: one format
    // "#,##0.##" for both showed a whole number with a trailing separator ("45." / "45,").
    private const uint Header = 1, Date = 2, Whole = 3, Fraction = 4;
    private const uint DateFormatId = 164, FractionFormatId = 165;
    /// <summary>Excel's built-in "#,##0".</summary>
    private const uint WholeFormatId = 3;

    private static readonly int Epoch = new DateOnly(1899, 12, 30).DayNumber;

    public static byte[] Write(IReadOnlyList<Sheet> sheets)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(sheet);
                list.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
        }
        return stream.ToArray();
    }

    private static Worksheet Worksheet(Sheet sheet)
    {
        var data = new SheetData();
        data.Append(Row(1, sheet.Headers.Select(h => (Cell)new TextCell(h)).ToList(), Header));
        uint r = 2;
        foreach (var row in sheet.Rows) data.Append(Row(r++, row, null));

        var columns = new Columns();
        for (var c = 0; c < sheet.Headers.Count; c++)
        {
            var widest = sheet.Rows.Select(row => c < row.Count ? Width(row[c]) : 0).Append(Math.Min(sheet.Headers[c].Length, 30)).Max();
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = Math.Clamp(widest + 2, 6, 60), CustomWidth = true });
        }
        // The header stays in view while scrolling through a thousand units.
        var view = new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
        }) { WorkbookViewId = 0 });
        return new Worksheet(view, columns, data);
    }

    private static Row Row(uint index, IReadOnlyList<Cell> cells, uint? style)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Count; c++)
        {
            var reference = Column(c) + index.ToString(CultureInfo.InvariantCulture);
            var cell = cells[c] switch
            {
                NumberCell n => new XCell
                {
                    CellReference = reference, CellValue = new CellValue(n.Value.ToString(CultureInfo.InvariantCulture)),
                    DataType = CellValues.Number, StyleIndex = n.Value == decimal.Truncate(n.Value) ? Whole : Fraction,
                },
                DateCell d => new XCell
                {
                    CellReference = reference, CellValue = new CellValue((d.Value.DayNumber - Epoch).ToString(CultureInfo.InvariantCulture)),
                    StyleIndex = Date,
                },
                TextCell { Text.Length: 0 } => null,
                // Sanitised here, at write time, not only at input: rows stored before input was normalised may hold
                // characters XML 1.0 cannot carry (one U+000B in a note made every export fail).
                TextCell t => new XCell(new InlineString(new Text(UntrustedText.ForXml(t.Text)) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference, DataType = CellValues.InlineString,
                },
                _ => null,
            };
            if (cell is null) continue;
            if (style is { } s) cell.StyleIndex = s;
            row.Append(cell);
        }
        return row;
    }

    /// <summary>A = 0, Z = 25, AA = 26.</summary>
    public static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    private static int Width(Cell cell) => cell switch
    {
        TextCell t => Math.Min(t.Text.Length, 60),
        DateCell => 10,
        NumberCell n => n.Value.ToString(CultureInfo.InvariantCulture).Length,
        _ => 0,
    };

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = FractionFormatId, FormatCode = "#,##0.0" }) { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center } },
            new CellFormat { NumberFormatId = DateFormatId, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = WholeFormatId, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = FractionFormatId, ApplyNumberFormat = true }) { Count = 5 });
}
