using DanVan.Cards.Json;
using DanVan.Cards.Text;

namespace DanVan.Cards;

/// <summary>One change in a unit's history, already worded: the item's title, who, when (local time) and before → after.</summary>
public sealed record HistoryRow(string Title, string UserName, string When, string Change);

/// <summary>"Lịch sử": the unit's recent changes, newest first, and a way back to the standing.</summary>
public static class HistoryCard
{
    public static Card Build(Texts t, string unitName, IReadOnlyList<HistoryRow> rows)
    {
        var body = new List<Element> { new TextBlock(t.HistoryTitle(unitName), TextStyle.Heading) };
        if (rows.Count == 0) body.Add(new TextBlock(t.HistoryEmpty, TextStyle.Subtle));
        foreach (var row in rows)
            body.Add(new Container(
            [
                TextBlock.Md($"{Markdown.Bold(row.Title)} · {Markdown.Escape(row.UserName, inline: true)} · {Markdown.Escape(row.When, inline: true)}", TextStyle.Subtle),
                new TextBlock(row.Change),
            ]));
        return new Card(body, [new ExecuteAction(t.StandingButton, Verbs.Standing)]);
    }
}
