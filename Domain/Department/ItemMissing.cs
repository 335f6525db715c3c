using DanVan.Domain.Plans;
using DanVan.Domain.Progress;

namespace DanVan.Domain.Department;

/// <summary>
/// The units lacking an item the plan's own four do not cover (a form added since), from its progress item alone:
/// not done until every row is met; nothing reported yet, or short. Most overdue first, then by name; the due date is
/// the deadline its reminders chase it by, if any.
/// </summary>
public sealed record ItemMissing(string Item, DateOnly? Due, IReadOnlyList<MissingUnit> Units)
{
    public static ItemMissing Of(ProgressItem item, Plan plan, IReadOnlyList<UnitSummary> rows, DateOnly today)
    {
        var due = item.Reminder is { } r ? plan.Deadlines.FirstOrDefault(d => d.Id == r.DeadlineId)?.Date : null;
        var units = rows.Select(u => (u.Unit, Rows: u.Items.FirstOrDefault(x => x.Item == item).Rows ?? []))
            .Where(u => u.Rows.Any(p => p.Status != ProgressStatus.Met))
            .Select(u => new MissingUnit(u.Unit,
                u.Rows.All(p => p.Status is ProgressStatus.Missing or ProgressStatus.Overdue) ? MissingReason.NotReported : MissingReason.Short,
                due is { } d ? DeadlineStatus.Of(d, null, today) : null));
        // Rows are already in name order and OrderByDescending is stable.
        return new ItemMissing(item.Item, due, [.. units.OrderByDescending(u => u.DaysOverdue)]);
    }
}
