using DanVan.Domain.Plans;
using DanVan.Domain.Reminders;
using DanVan.Domain.Repositories;

namespace DanVan.Domain.Progress;

/// <summary>
/// What one kind of submission counts for, declared once beside its standing rule: its rows of the unit's progress
/// (a numbered target of the plan, or a row of its own such as the models), where it stands in the office's reports,
/// and the deadline the reminders chase it by. A form points to its item (<c>ItemSpec.Progress</c>); the standing,
/// the rank, the summary, the export and the reminders read the registered items, not a list of their own.
/// </summary>
/// <param name="Item">The submission item (<see cref="SubmissionItems"/>), or the prefix of a list item ("model|").</param>
/// <param name="Order">Its place in the office's reports (summary lists, export sheets and columns): lower first.</param>
/// <param name="Rows">Its rows of the unit's progress from everything the unit has submitted, on a given day.</param>
/// <param name="Reminder">What the reminders chase it by (null: not chased).</param>
public sealed record ProgressItem(string Item, int Order, Func<Plan, UnitSubmissions, DateOnly, IReadOnlyList<TargetProgress>> Rows, ReminderItem? Reminder = null)
{
    /// <summary>Whether the unit is done with the item: every row met (a list item with no row is done).</summary>
    public bool IsDone(Plan plan, UnitSubmissions unit, DateOnly today) => Rows(plan, unit, today).All(r => r.Status == ProgressStatus.Met);

    public override string ToString() => Item;
}
