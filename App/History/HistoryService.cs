using DanVan.App.Forms;
using DanVan.App.Reviews;
using DanVan.Cards;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Reviews;
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
        var rows = entries.Select(e =>
        {
            // Văn phòng Sở's reviews of the unit's items are part of its history.
            if (ReviewItems.IsReviewKey(e.Item))
            {
                var reviewed = e.Item[ReviewItems.Prefix.Length..];
                return new HistoryRow(t.ReviewHistoryItem(t.ReviewItemName(reviewed)), e.Stamp.UserName, t.DateTime(DepartmentClock.ToLocal(e.Stamp.At)),
                    ReviewService.Change(t, e.After));
            }
            var spec = _specs.FirstOrDefault(s => s.Owns(e.Item));
            var after = spec?.DescribeStored(t, e.After) ?? e.After;
            var change = e.File is { } file ? t.FileHistory(file.Name, t.FileSize(file.Size))
                : e.Before is null ? $"{t.HistoryCreated} {after}" : $"{spec?.DescribeStored(t, e.Before) ?? e.Before} → {after}";
            return new HistoryRow(spec?.Title(t) ?? e.Item, e.Stamp.UserName, t.DateTime(DepartmentClock.ToLocal(e.Stamp.At)), change);
        }).ToList();
        return HistoryCard.Build(t, a.Unit.Name, rows);
    }
}
