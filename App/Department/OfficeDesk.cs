using DanVan.App.Export;
using DanVan.Cards.Json;
using DanVan.Cards.Summary;
using DanVan.Cards.Text;

namespace DanVan.App.Department;

/// <summary>
/// The office's and leaders' "tổng hợp" and "xuất báo cáo", by command or card button. Who may ask is decided
/// before this is called, by <see cref="Access.AccessPolicy"/> (the conversation's gate) like every other command.
/// </summary>
public sealed class OfficeDesk(DepartmentView view, ExportService export)
{
    public static bool Handles(string? verb) => verb is SummaryCard.ShowVerb or SummaryCard.ExportVerb;

    public async Task<Card> OpenAsync(Identity who, Texts t, bool exportNow, string? page, CancellationToken ct) =>
        exportNow ? export.LinksCard(who.Member, t) : await view.CardAsync(t, page, ct);

    public Task<Card> OnActionAsync(Identity who, Texts t, string verb, IReadOnlyDictionary<string, string?> data, CancellationToken ct) =>
        OpenAsync(who, t, verb == SummaryCard.ExportVerb, data.GetValueOrDefault(SummaryCard.PageKey), ct);
}
