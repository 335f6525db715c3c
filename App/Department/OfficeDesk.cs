using DanVan.App.Export;
using DanVan.Cards;
using DanVan.Cards.Json;
using DanVan.Cards.Summary;
using DanVan.Cards.Text;
using DanVan.Domain.Roster;

namespace DanVan.App.Department;

/// <summary>
/// The office's and leaders' "tổng hợp" and "xuất báo cáo", by command or card button. The role is checked here on
/// every call, from the caller's identity; a unit head is told where their own view is.
/// </summary>
public sealed class OfficeDesk(DepartmentView view, ExportService export)
{
    public static bool Handles(string? verb) => verb is SummaryCard.ShowVerb or SummaryCard.ExportVerb;

    /// <summary>The card to show, or the sentence refusing it.</summary>
    public async Task<(Card? Card, string? Refusal)> OpenAsync(Identity who, Texts t, bool exportNow, string? page, CancellationToken ct)
    {
        if (who.Member.Role is not (Role.Office or Role.Leader))
            return (null, who.Member.Role == Role.UnitHead ? t.SummaryUnitHeadRefusal : t.OfficeAndLeadersOnly);
        return (exportNow ? export.LinksCard(who.Member, t) : await view.CardAsync(t, page, ct), null);
    }

    public async Task<Card> OnActionAsync(Identity who, Texts t, string verb, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        var (card, refusal) = await OpenAsync(who, t, verb == SummaryCard.ExportVerb, data.GetValueOrDefault(SummaryCard.PageKey), ct);
        return card ?? MessageCard.Build(refusal!, TextStyle.Attention);
    }
}
