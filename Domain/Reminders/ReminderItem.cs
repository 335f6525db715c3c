using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Reports;
using DanVan.Domain.Reviews;
using DanVan.Domain.UnitPlans;

namespace DanVan.Domain.Reminders;

/// <summary>
/// What a deadline asks every unit for, and whether a unit still lacks it. Keyed by the deadline id, so a new
/// year's plan file with the same ids needs no code change; a deadline with an unknown id is simply not chased.
/// A form declares its own through its progress item (<see cref="Progress.ProgressItem.Reminder"/>); the reminders
/// chase the registered forms' items.
/// </summary>
public sealed class ReminderItem
{
    /// <summary>The unit's own plan counts only once it is sent to Văn phòng Sở (issued but not sent is still missing; one the
    /// office returned is missing until sent again).</summary>
    public static readonly ReminderItem UnitPlan = new(DeadlineIds.UnitPlan, SubmissionItems.UnitPlan,
        (plan, unit, today) => !UnitPlanStanding.Of(Reviewed.Value<UnitPlanReport>(unit, SubmissionItems.UnitPlan), plan, today).Status.IsDone);

    public static readonly ReminderItem ResultsReport = new(DeadlineIds.ResultsReport, SubmissionItems.Report,
        (plan, unit, today) => ReportStanding.Of(Reviewed.Value<ResultsReport>(unit, SubmissionItems.Report), plan, today).Report is null);

    public static readonly IReadOnlyList<ReminderItem> All = [UnitPlan, ResultsReport];

    private readonly Func<Plan, UnitSubmissions, DateOnly, bool> _missing;

    /// <param name="missing">Whether a unit still lacks the item on a given day (department date).</param>
    public ReminderItem(string deadlineId, string item, Func<Plan, UnitSubmissions, DateOnly, bool> missing) =>
        (DeadlineId, Item, Wording, _missing) = (deadlineId, item, item, missing);

    public string DeadlineId { get; }

    /// <summary>The submission item (<see cref="SubmissionItems"/>) whose form the ping opens.</summary>
    public string Item { get; }

    /// <summary>The submission item whose reminder texts the cards use: the item's own unless it borrows another's.</summary>
    public string Wording { get; init; }

    /// <summary>Of the plan's own items; the host asks the registered forms' (<see cref="Progress.ProgressItems.Reminder"/>).</summary>
    public static ReminderItem? For(string deadlineId) => All.FirstOrDefault(i => i.DeadlineId == deadlineId);

    /// <summary>Whether <paramref name="unit"/> still lacks the item on <paramref name="today"/> (department date).</summary>
    public bool IsMissing(Plan plan, UnitSubmissions unit, DateOnly today) => _missing(plan, unit, today);

    public override string ToString() => $"{DeadlineId} ({Item})";
}
