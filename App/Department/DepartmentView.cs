using DanVan.Cards.Json;
using DanVan.Cards.Summary;
using DanVan.Cards.Text;
using DanVan.Domain.Department;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;

namespace DanVan.App.Department;

/// <summary>
/// The department summary as the office reads it: always fresh (a report is not a motivation, unlike the rank),
/// from the roster's unit list and range queries over the plan's unit data, split at the listed units and run side
/// by side — never a read per unit.
/// </summary>
public sealed class DepartmentView(Plan plan, ISubmissionRepository submissions, IRosterRepository roster, DepartmentClock clock,
    Domain.Progress.ProgressItems items, IEnumerable<Forms.IItemSpec> forms)
{
    private readonly IReadOnlyList<Forms.IItemSpec> _forms = [.. forms];

    public async Task<DepartmentSummary> LoadAsync(CancellationToken ct)
    {
        // A closed year is read as it stood on its last open day: its final figures, no counts growing after the close.
        var today = plan.PhaseOn(clock.Today) == YearPhase.Closed ? plan.LastOpenDay : clock.Today;
        var units = await roster.ListUnitsAsync(ct);
        var stored = await submissions.LoadPlanAsync(plan.Id, [.. units.Where(u => u.Active).Select(u => u.Id)], ct);
        return DepartmentSummary.Of(items, plan, units, stored, today);
    }

    /// <summary>The page asked for by a card's data (untrusted): missing or "1".."n"; a page past the end shows the
    /// last one (units may have reported since the card was drawn); anything else is refused with a message.</summary>
    public async Task<Card> CardAsync(Texts t, string? page, CancellationToken ct)
    {
        int number = 1;
        if (page is not null && (!int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number) || number < 1))
            return Cards.MessageCard.Build(t.SummaryPageInvalid, TextStyle.Attention, new ExecuteAction(t.SummaryButton, SummaryCard.ShowVerb, SummaryCard.Page(1)));
        var summary = await LoadAsync(ct);
        return SummaryCard.Build(t, plan, summary, Math.Min(number, SummaryCard.PageCount(summary)), t.DateTime(clock.Now),
            item => _forms.FirstOrDefault(f => f.Progress?.Item == item)?.Title(t) ?? item);
    }
}
