using DanVan.Domain.Validation;

namespace DanVan.Domain.OfficialReports;

/// <summary>The office's form for the department report: field ids, bounds and validation.</summary>
public static class DepartmentReportFields
{
    public const string Leadership = "leadership";
    public const string Assessment = "assessment";
    public const string Directions = "directions";
    public const string Recommendations = "recommendations";
    /// <summary>The stored version the form was opened at (empty: nothing stored yet).</summary>
    public const string Version = "version";

    public static readonly IReadOnlyList<string> All = [Leadership, Assessment, Directions, Recommendations];

    /// <summary>A section of a few paragraphs (about 250 words). The form shows all four prefilled, and a card must stay
    /// under Teams' 28 KB: four of these in Vietnamese letters of 3 UTF-8 bytes each is 18 KB. Longer text is written
    /// in the .docx itself, where the office finishes the report anyway.</summary>
    public const int MaxLength = 1500;

    /// <summary>Paragraphs kept per section: a pasted text with hundreds of empty lines is not a report.</summary>
    public const int MaxParagraphs = 30;

    /// <summary>Each text normalised once (composed, no control characters but newlines and tabs), capped, and split
    /// into its paragraphs with blank lines dropped; an empty field is a gap, not an error.</summary>
    public static Validated<DepartmentReportTexts> Validate(IReadOnlyDictionary<string, string?> fields)
    {
        var f = new FieldReader(fields);
        string? Read(string field)
        {
            var text = f.Text(field, MaxLength, required: false, multiline: true);
            if (text is null) return null;
            var paragraphs = Paragraphs(text);
            if (paragraphs.Count > MaxParagraphs) { f.Add(new FieldError(field, ErrorCode.TooLarge, MaxParagraphs)); return null; }
            return paragraphs.Count == 0 ? null : string.Join("\n", paragraphs);
        }
        var texts = new DepartmentReportTexts(Read(Leadership), Read(Assessment), Read(Directions), Read(Recommendations));
        return f.Errors.Count > 0 ? Validated<DepartmentReportTexts>.Fail(f.Errors) : Validated<DepartmentReportTexts>.Ok(texts);
    }

    /// <summary>The paragraphs of a stored text, trimmed, without blank ones.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        (text ?? "").Replace("\r\n", "\n").Split('\n').Select(p => p.Replace('\t', ' ').Trim()).Where(p => p.Length > 0).ToList();
}
