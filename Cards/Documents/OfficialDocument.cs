namespace DanVan.Cards.Documents;

/// <summary>
/// An administrative document (Decree 30/2020/NĐ-CP) as content only: the writer (App/Export/DocxWriter) lays it
/// out. Built by <see cref="DepartmentReport"/> and <see cref="UnitReportDraft"/>.
/// </summary>
public sealed record OfficialDocument(
    DocumentHeading Heading,
    string Kind,
    string Subject,
    IReadOnlyList<Block> Body,
    DocumentClosing Closing,
    IReadOnlyList<Appendix> Appendices);

/// <summary>A piece of text; <paramref name="Gap"/> marks a part the signer's office must still complete (shown
/// highlighted, so it cannot be missed before signing).</summary>
public sealed record Span(string Text, bool Gap = false)
{
    public static IReadOnlyList<Span> Of(string text) => [new(text)];
}

/// <summary>The heading: governing and issuing bodies with the number on the left; the national motto with place
/// and date on the right.</summary>
public sealed record DocumentHeading(
    IReadOnlyList<Span> GoverningBody, IReadOnlyList<Span> IssuingBody, IReadOnlyList<Span> Number, IReadOnlyList<Span> PlaceAndDate);

/// <summary>"Nơi nhận" and the signature block.</summary>
public sealed record DocumentClosing(
    IReadOnlyList<IReadOnlyList<Span>> Recipients, IReadOnlyList<Span> Authority, IReadOnlyList<Span> Title, IReadOnlyList<Span> Name);

public abstract record Block;

/// <summary>"I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO": a numbered section, bold capitals.</summary>
public sealed record SectionHeading(string Text) : Block;

/// <summary>"1. Chỉ tiêu 1: …": a part of a section, bold.</summary>
public sealed record PartHeading(string Text) : Block;

/// <summary>Body text: justified, first-line indent.</summary>
public sealed record Paragraph(IReadOnlyList<Span> Spans) : Block
{
    public static Paragraph Of(string text) => new(Span.Of(text));

    public static Paragraph Gap(string text) => new([new Span(text, Gap: true)]);
}

/// <summary>A table: header row, then rows of text; <paramref name="Widths"/> are relative column widths.</summary>
public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int> Widths) : Block;

/// <summary>An appendix after the signature, on a page of its own.</summary>
public sealed record Appendix(string Title, string Subject, string Note, Table Table);
