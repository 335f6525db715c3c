using DanVan.Domain.Models;
using DanVan.Domain.Plans;
using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Domain.Reviews;
using DanVan.Domain.Standing;
using DanVan.Domain.Training;
using DanVan.Domain.UnitPlans;

namespace DanVan.Domain.Progress;

/// <summary>
/// A unit's progress on every target of the plan, from everything it has submitted: the one place the standing,
/// the rank, the summary and the reminders take their statuses and completion figures from.
/// </summary>
public static class UnitProgress
{
    /// <summary>Every row, numbered targets first (1–5), then the models.</summary>
    public static IReadOnlyList<TargetProgress> Of(Plan plan, UnitSubmissions unit, DateOnly today)
    {
        var training = unit.Get<TrainingReport>(SubmissionItems.Training)?.Value;
        var unitPlan = Reviewed.Value<UnitPlanReport>(unit, SubmissionItems.UnitPlan);
        var report = Reviewed.Value<ResultsReport>(unit, SubmissionItems.Report);
        var models = unit.GetAll<DanVanKheoModel>(SubmissionItems.ModelPrefix).Select(m => m.Value.Value);
        return
        [
            TrainingStanding.ProgressOf(training is null ? null : TrainingStanding.Of(training, plan.Target(TargetNumbers.Training))),
            UnitPlanStanding.Of(unitPlan, plan, today).ToProgress(),
            .. ReportStanding.Of(report, plan, today).ToProgress(),
            ModelStanding.Of(models, plan.Models).ToProgress(),
        ];
    }

    /// <summary>The unit's overall completion: the mean of the numbered targets (units with nothing count 0).</summary>
    public static decimal Overall(Plan plan, IEnumerable<TargetProgress> rows) =>
        Ranking.Overall(rows.Where(r => r.Target is not null).Select(r => (r.Target!.Value, r.Completion)), plan.Targets.Count);
}
