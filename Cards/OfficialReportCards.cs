using DanVan.Cards.Json;
using DanVan.Cards.Summary;
using DanVan.Cards.Text;
using DanVan.Domain.OfficialReports;
using DanVan.Domain.Validation;
using F = DanVan.Domain.OfficialReports.DepartmentReportFields;

namespace DanVan.Cards;

/// <summary>
/// The office's form for the words of the department report (I, III, IV, V), and the card that hands out a report:
/// its download link beside Teams' file card. Verbs are declared in the route table.
/// </summary>
public static class OfficialReportCards
{
    public const string OpenVerb = "deptreport.open";
    public const string SaveVerb = "deptreport.save";
    public const string MakeVerb = "deptreport.make";
    /// <summary>Teams' file consent for the department report comes back with this verb in its context.</summary>
    public const string FileVerb = "deptreport.file";
    public const string DraftVerb = "unitdraft.make";
    public const string DraftFileVerb = "unitdraft.file";

    /// <param name="notice">What happened (saved, stale, errors), shown above the fields.</param>
    public static Card Form(Texts t, int planYear, DepartmentReportTexts texts, string? version, string? savedLine,
        IReadOnlyList<FieldError> errors, string? notice = null, TextStyle noticeStyle = TextStyle.Attention)
    {
        var body = new List<Element> { new TextBlock(t.DeptReportTitle(planYear), TextStyle.Heading), new TextBlock(t.DeptReportIntro) };
        if (notice is not null) body.Add(new TextBlock(notice, noticeStyle));
        body.Add(new TextBlock(savedLine ?? t.DeptReportNeverSaved, TextStyle.Subtle));
        foreach (var (field, value) in new[]
        {
            (F.Leadership, texts.Leadership), (F.Assessment, texts.Assessment), (F.Directions, texts.Directions), (F.Recommendations, texts.Recommendations),
        })
        {
            body.Add(new TextInput(field, t.DeptReportLabel(field), value, F.MaxLength, false, t.Error(new FieldError(field, ErrorCode.TooLong, F.MaxLength)),
                Multiline: true, Placeholder: t.DeptReportPlaceholder(field)));
            if (errors.FirstOrDefault(e => e.Field == field) is { } error) body.Add(new TextBlock(t.Error(error), TextStyle.Attention));
        }
        var data = new Dictionary<string, string> { [F.Version] = version ?? "" };
        return new Card(body,
        [
            new ExecuteAction(t.DeptReportSaveButton, SaveVerb, data, Primary: true),
            new ExecuteAction(t.DeptReportMakeButton, MakeVerb),
        ]);
    }

    /// <summary>The download link to a report made just now, and how many gaps are left to complete.</summary>
    public static Card Ready(Texts t, string title, string url, string expiresAt, int minutes, int gaps) => new(
    [
        new TextBlock(title, TextStyle.Heading),
        new TextBlock(t.DocumentReady(expiresAt, minutes)),
        new TextBlock(t.DocumentGaps(gaps), gaps == 0 ? TextStyle.Good : TextStyle.Warning),
        new LinkButtons([(t.DocumentDownloadButton, url)]),
    ], []);
}
