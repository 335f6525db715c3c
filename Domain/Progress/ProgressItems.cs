using DanVan.Domain.Models;
using DanVan.Domain.Plans;
using DanVan.Domain.Reminders;
using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Domain.Reviews;
using DanVan.Domain.Training;
using DanVan.Domain.UnitPlans;

namespace DanVan.Domain.Progress;

/// <summary>
/// The items a unit's progress is made of, in report order: the registered forms' <see cref="ProgressItem"/>s (App
/// builds one from its forms), or <see cref="Standard"/>, the four of the plan's own forms.
/// </summary>
public sealed class ProgressItems
{
    /// <summary>Target 1: trained ÷ staff.</summary>
    public static readonly ProgressItem Training = new(SubmissionItems.Training, 10, (plan, unit, _) =>
        [TrainingStanding.ProgressOf(unit.Get<TrainingReport>(SubmissionItems.Training)?.Value is { } r
            ? TrainingStanding.Of(r, plan.Target(TargetNumbers.Training)) : null)]);

    /// <summary>Target 2: the unit's plan (one the office returned counts as not sent).</summary>
    public static readonly ProgressItem UnitPlan = new(SubmissionItems.UnitPlan, 20, (plan, unit, today) =>
        [UnitPlanStanding.Of(Reviewed.Value<UnitPlanReport>(unit, SubmissionItems.UnitPlan), plan, today).ToProgress()], ReminderItem.UnitPlan);

    /// <summary>The "Dân vận khéo" models, against the plan's minimum per unit (no target number).</summary>
    public static readonly ProgressItem Models = new(SubmissionItems.ModelPrefix, 30, (plan, unit, _) =>
        [ModelStanding.Of(unit.GetAll<DanVanKheoModel>(SubmissionItems.ModelPrefix).Select(m => m.Value.Value), plan.Models).ToProgress()]);

    /// <summary>Targets 3–5: the results report.</summary>
    public static readonly ProgressItem Report = new(SubmissionItems.Report, 40, (plan, unit, today) =>
        ReportStanding.Of(Reviewed.Value<ResultsReport>(unit, SubmissionItems.Report), plan, today).ToProgress(), ReminderItem.ResultsReport);

    public static readonly ProgressItems Standard = new([Training, UnitPlan, Models, Report]);

    public ProgressItems(IEnumerable<ProgressItem> items)
    {
        All = [.. items.OrderBy(i => i.Order)];
        if (All.GroupBy(i => i.Item).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ArgumentException($"Two forms declare the progress item \"{twice.Key}\".", nameof(items));
        Reminders = [.. All.Select(i => i.Reminder).OfType<ReminderItem>()];
        if (Reminders.GroupBy(r => r.DeadlineId).FirstOrDefault(g => g.Count() > 1) is { } chased)
            throw new ArgumentException($"Two forms are chased by the deadline \"{chased.Key}\".", nameof(items));
    }

    /// <summary>Every item, in report order.</summary>
    public IReadOnlyList<ProgressItem> All { get; }

    /// <summary>What the reminders chase, one item per deadline id.</summary>
    public IReadOnlyList<ReminderItem> Reminders { get; }

    /// <summary>The item chased by <paramref name="deadlineId"/>; null: a deadline no form answers is not chased.</summary>
    public ReminderItem? Reminder(string deadlineId) => Reminders.FirstOrDefault(r => r.DeadlineId == deadlineId);

    /// <summary>Every item with its rows on <paramref name="today"/>, in report order.</summary>
    public IReadOnlyList<(ProgressItem Item, IReadOnlyList<TargetProgress> Rows)> ByItem(Plan plan, UnitSubmissions unit, DateOnly today) =>
        [.. All.Select(i => (i, i.Rows(plan, unit, today)))];

    /// <summary>Every row: numbered targets first (1, 2, …), then the rows without a number, in report order.</summary>
    public IReadOnlyList<TargetProgress> Of(Plan plan, UnitSubmissions unit, DateOnly today) =>
        [.. All.SelectMany(i => i.Rows(plan, unit, today)).OrderBy(r => r.Target ?? int.MaxValue)];
}
