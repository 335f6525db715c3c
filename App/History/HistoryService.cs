using DanVan.App.Forms;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;

namespace DanVan.App.History;

/// <summary>"Lịch sử": the unit's recent changes — who, when, which item, before → after.</summary>
public sealed class HistoryService(Plan plan, ISubmissionRepository submissions, IEnumerable<IItemSpec> specs)
{
    public const int Shown = 10;
    private readonly IReadOnlyList<IItemSpec> _specs = [.. specs];

    public async Task<Card> CardAsync(Actor a, CancellationToken ct)
    {
        var t = a.T;
        var entries = await submissions.HistoryAsync(plan.Id, a.Unit.Id, Shown, ct);
        var body = new List<Element> { new TextBlock(t.HistoryTitle(a.Unit.Name), TextStyle.Heading) };
        if (entries.Count == 0) body.Add(new TextBlock(t.HistoryEmpty, TextStyle.Subtle));
        foreach (var e in entries)
        {
            var spec = _specs.FirstOrDefault(s => s.Owns(e.Item));
            var title = spec?.Title(t) ?? e.Item;
            var after = spec?.DescribeStored(t, e.After) ?? e.After;
            var change = e.Before is null ? $"{t.HistoryCreated} {after}" : $"{spec?.DescribeStored(t, e.Before) ?? e.Before} → {after}";
            body.Add(new Container(
            [
                new TextBlock($"**{title}** · {e.Stamp.UserName} · {t.DateTime(DepartmentClock.ToLocal(e.Stamp.At))}", TextStyle.Subtle),
                new TextBlock(change),
            ]));
        }
        return new Card(body, [new ExecuteAction(t.StandingButton, Cards.Verbs.Standing)]);
    }
}
