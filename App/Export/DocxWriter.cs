using DanVan.Cards.Documents;
using DanVan.Domain.Validation;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DocTable = DanVan.Cards.Documents.Table;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace DanVan.App.Export;

/// <summary>
/// Writes an <see cref="OfficialDocument"/> as .docx in the layout of Decree 30/2020/NĐ-CP (appendix I): A4, margins
/// top and bottom 20 mm, left 30 mm, right 20 mm; Times New Roman; the heading (12 pt capitals, motto 14 pt) as a borderless two-column table
/// (governing and issuing body with the number, the national motto with place and date); body 14 pt, justified,
/// first-line indent 1 cm, 6 pt between paragraphs; "Nơi nhận" 12/11 pt beside the signature block; page numbers
/// centred in the header from page 2 (the first page has a header of its own, empty). Gaps are highlighted.
/// </summary>
public static class DocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Font = "Times New Roman";

    /// <summary>Twips (1/1440 inch) per millimetre.</summary>
    private const double TwipsPerMm = 1440 / 25.4;

    public static readonly int PageWidth = Mm(210), PageHeight = Mm(297);
    public static readonly int MarginTop = Mm(20), MarginBottom = Mm(20), MarginLeft = Mm(30), MarginRight = Mm(20);
    private static readonly int TextWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>Sizes in half-points, as Word stores them.</summary>
    public const int BodySize = 28, HeadingSize = 24, RecipientsTitleSize = 24, RecipientsSize = 22, TableSize = 24;

    private const int FirstLineIndent = 567; // 1 cm

    private static int Mm(double mm) => (int)Math.Round(mm * TwipsPerMm);

    public static byte[] Write(OfficialDocument d, string title)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            doc.PackageProperties.Title = title;
            doc.PackageProperties.Creator = "DanVan";
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var firstHeader = main.AddNewPart<HeaderPart>();
            firstHeader.Header = new Header(new Paragraph());
            var header = main.AddNewPart<HeaderPart>();
            header.Header = PageNumberHeader();

            var body = new Body();
            body.Append(HeadingTable(d.Heading));
            body.Append(Centered([new Span(d.Kind)], bold: true, before: 360));
            body.Append(Centered([new Span(d.Subject)], bold: true));
            body.Append(ShortRule());
            foreach (var block in d.Body) body.Append(BlockElements(block));
            body.Append(ClosingTable(d.Closing));
            foreach (var a in d.Appendices)
            {
                body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                body.Append(Centered([new Span(a.Title)], bold: true));
                body.Append(Centered([new Span(a.Subject)], bold: true));
                body.Append(Centered([new Span(a.Note)], italic: true));
                body.Append(TableOf(a.Table));
            }
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstHeader) },
                new PageSize { Width = (uint)PageWidth, Height = (uint)PageHeight, Orient = PageOrientationValues.Portrait },
                new PageMargin
                {
                    Top = MarginTop, Bottom = MarginBottom, Left = (uint)MarginLeft, Right = (uint)MarginRight,
                    Header = (uint)Mm(10), Footer = (uint)Mm(10), Gutter = 0,
                },
                new TitlePage()));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "288", LineRule = LineSpacingRuleValues.Auto }))));

    private static IEnumerable<OpenXmlElement> BlockElements(Block block) => block switch
    {
        SectionHeading h => [BodyParagraph([new Span(h.Text)], bold: true)],
        PartHeading h => [BodyParagraph([new Span(h.Text)], bold: true)],
        Cards.Documents.Paragraph p => [BodyParagraph(p.Spans)],
        DocTable t => [TableOf(t), new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }))],
        _ => throw new ArgumentOutOfRangeException(nameof(block)),
    };

    private static Paragraph BodyParagraph(IReadOnlyList<Span> spans, bool bold = false) => new(
        [
            new ParagraphProperties(new Justification { Val = JustificationValues.Both }, new Indentation { FirstLine = FirstLineIndent.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            .. Runs(spans, BodySize, bold),
        ]);

    private static Paragraph Centered(IReadOnlyList<Span> spans, int size = BodySize, bool bold = false, bool italic = false, bool underline = false, int before = 0, int after = 0) => new(
        [
            new ParagraphProperties(new SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new Justification { Val = JustificationValues.Center }),
            .. Runs(spans, size, bold, italic, underline),
        ]);

    /// <summary>The short solid line under the issuing body and under the subject (a third to a half of the line).</summary>
    private static Paragraph ShortRule(int width = 0)
    {
        var side = (width == 0 ? TextWidth : width) / 3;
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            new SpacingBetweenLines { Before = "0", After = "240", Line = "120", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = side.ToString(System.Globalization.CultureInfo.InvariantCulture), Right = side.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
    }

    private static IEnumerable<Run> Runs(IReadOnlyList<Span> spans, int size, bool bold = false, bool italic = false, bool underline = false) =>
        spans.Select(s =>
        {
            var props = new RunProperties();
            if (bold) props.Append(new Bold());
            if (italic) props.Append(new Italic());
            if (underline) props.Append(new Underline { Val = UnderlineValues.Single });
            // A part still to be written: yellow, so it is seen on screen and before printing.
            if (s.Gap) props.Append(new Highlight { Val = HighlightColorValues.Yellow });
            props.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            props.Append(new FontSizeComplexScript { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            return new Run(props, new Text(UntrustedText.ForXml(s.Text)) { Space = SpaceProcessingModeValues.Preserve });
        });

    private static Header PageNumberHeader() => new(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new RunProperties(new FontSize { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) }), new Text("2")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End })));

    private static readonly int HeadLeft = (int)(TextWidth * 0.38), HeadRight = TextWidth - HeadLeft;

    private static Table HeadingTable(DocumentHeading h) => Borderless([HeadLeft, HeadRight],
        [
            Cell(HeadLeft, Centered(h.GoverningBody, HeadingSize), Centered(h.IssuingBody, HeadingSize, bold: true), ShortRule(HeadLeft)),
            Cell(HeadRight, Centered([new Span("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")], HeadingSize, bold: true),
                Centered([new Span("Độc lập - Tự do - Hạnh phúc")], BodySize, bold: true, underline: true)),
        ],
        [
            Cell(HeadLeft, Centered(h.Number, HeadingSize)),
            Cell(HeadRight, Centered(h.PlaceAndDate, BodySize, italic: true)),
        ]);

    private static Table ClosingTable(DocumentClosing c)
    {
        int left = TextWidth / 2, right = TextWidth - left;
        var recipients = new List<Paragraph> { Left([new Span("Nơi nhận:")], RecipientsTitleSize, bold: true, italic: true) };
        recipients.AddRange(c.Recipients.Select(r => Left(r, RecipientsSize)));
        var signer = new List<Paragraph>();
        if (c.Authority.Count > 0) signer.Add(Centered(c.Authority, BodySize, bold: true));
        signer.Add(Centered(c.Title, BodySize, bold: true));
        // Room for the signature and the seal.
        signer.AddRange(Enumerable.Range(0, 4).Select(_ => new Paragraph()));
        signer.Add(Centered(c.Name, BodySize, bold: true));
        return Borderless([left, right], [Cell(left, [.. recipients]), Cell(right, [.. signer])]);
    }

    private static Paragraph Left(IReadOnlyList<Span> spans, int size, bool bold = false, bool italic = false) => new(
        [new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), .. Runs(spans, size, bold, italic)]);

    private static TableCell Cell(int width, params Paragraph[] paragraphs) =>
        new([new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }), .. paragraphs]);

    private static Table Borderless(int[] widths, params TableCell[][] rows)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        foreach (var row in rows) table.Append(new TableRow(row));
        return table;
    }

    /// <summary>A data table: solid borders, header row bold and repeated on each page, 12 pt.</summary>
    private static Table TableOf(DocTable t)
    {
        var total = t.Widths.Sum();
        var widths = t.Widths.Select(w => TextWidth * w / total).ToArray();
        BorderType Line<TBorder>() where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = 4, Color = "000000" };
        var table = new Table(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(Line<TopBorder>(), Line<BottomBorder>(), Line<LeftBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>())),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        Paragraph CellText(string text, bool bold) => new(
            [new ParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Justification { Val = bold ? JustificationValues.Center : JustificationValues.Left }), .. Runs([new Span(text)], TableSize, bold)]);
        table.Append(new TableRow([new TableRowProperties(new TableHeader()), .. t.Headers.Select((h, i) => Cell(widths[i], CellText(h, true)))]));
        foreach (var row in t.Rows) table.Append(new TableRow(row.Select((v, i) => Cell(widths[i], CellText(v, false)))));
        return table;
    }
}
