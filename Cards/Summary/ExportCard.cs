using System.Text.Json.Nodes;
using DanVan.Cards.Json;
using DanVan.Cards.Text;

namespace DanVan.Cards.Summary;

/// <summary>The export's answer: two download links (Excel and CSV) that open in the browser, and when they expire.</summary>
public static class ExportCard
{
    public static Card Build(Texts t, int planYear, string xlsxUrl, string csvUrl, string expiresAt, int minutes) => new(
    [
        new TextBlock(t.ExportTitle(planYear), TextStyle.Heading),
        new TextBlock(t.ExportReady(expiresAt, minutes)),
        new LinkButtons([(t.ExportXlsxButton, xlsxUrl), (t.ExportCsvButton, csvUrl)]),
    ], [new ExecuteAction(t.SummaryButton, SummaryCard.ShowVerb, SummaryCard.Page(1))]);
}

/// <summary>Action.OpenUrl buttons (in an ActionSet): a download is a browser's job, not an Action.Execute.</summary>
public sealed record LinkButtons(IReadOnlyList<(string Title, string Url)> Links) : Element
{
    public override JsonObject ToJson() => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray(Links.Select(l => (JsonNode)new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = l.Title, ["url"] = l.Url }).ToArray()),
    };
}
