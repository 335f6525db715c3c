using DanVan.Domain.Models;
using DanVan.Domain.Plans;
using DanVan.Domain.Progress;
using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Domain.Training;
using DanVan.Domain.UnitPlans;

namespace DanVan.Domain.Tests;

/// <summary>A unit's progress on every target, decided in the domain alone: statuses, completion and the overall mean.</summary>
public sealed class UnitProgressTests
{
    private static readonly Plan Plan = TestData.Plan2024;

    private static UnitSubmissions With<T>(UnitSubmissions unit, string item, T value) where T : class =>
        unit.With(item, new Versioned<T>(value, "e", new Stamp("aad:h", "Trưởng", new DateTimeOffset(2024, 4, 1, 8, 0, 0, TimeSpan.FromHours(7)))));

    private static ResultsReport Report(DateOnly on, bool allDemocracy, SelfRating rating, int reformDone = 4) =>
        new(true, allDemocracy, true, true, true, true, reformDone, 4, 90m, 2, 5, 5, rating, "45/BC", on, null);

    [Fact]
    public void A_unit_with_nothing_is_missing_everything_before_the_deadlines_and_overdue_after()
    {
        var before = UnitProgress.Of(Plan, UnitSubmissions.Empty("U"), new DateOnly(2024, 3, 1));
        var after = UnitProgress.Of(Plan, UnitSubmissions.Empty("U"), new DateOnly(2024, 10, 20));

        Assert.Equal([1, 2, 3, 4, 5, null], before.Select(p => p.Target));
        Assert.All(before, p => Assert.Equal(ProgressStatus.Missing, p.Status));
        Assert.Equal([ProgressStatus.Missing, ProgressStatus.Overdue, ProgressStatus.Overdue, ProgressStatus.Overdue, ProgressStatus.Overdue, ProgressStatus.Missing],
            after.Select(p => p.Status));
        Assert.Equal(0m, UnitProgress.Overall(Plan, after));
    }

    [Fact]
    public void Every_target_met_is_one_hundred_percent()
    {
        var unit = With(With(With(With(UnitSubmissions.Empty("U"),
            SubmissionItems.Training, new TrainingReport(50, 50, 2, new DateOnly(2024, 3, 15))),
            SubmissionItems.UnitPlan, new UnitPlanReport(true, "12/KH", new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 10), null, null)),
            SubmissionItems.Report, Report(new DateOnly(2024, 10, 10), true, SelfRating.Good)),
            SubmissionItems.ModelPrefix + "m1", new DanVanKheoModel("Mô hình", ModelField.Economy, true, new DateOnly(2024, 3, 1), "mô tả", null, 10, ModelStatus.InProgress));

        var rows = UnitProgress.Of(Plan, unit, new DateOnly(2024, 10, 20));

        Assert.All(rows, p => Assert.Equal(ProgressStatus.Met, p.Status));
        Assert.Equal(1m, UnitProgress.Overall(Plan, rows));
        Assert.Equal((DeadlineIds.UnitPlan, new DateOnly(2024, 4, 10)), (rows[1].DeadlineId, rows[1].DoneOn));
    }

    [Fact]
    public void Partial_figures_are_in_progress_and_a_short_final_report_is_not_met()
    {
        var unit = With(With(With(UnitSubmissions.Empty("U"),
            SubmissionItems.Training, new TrainingReport(50, 45, 2, null)),
            SubmissionItems.UnitPlan, new UnitPlanReport(true, "12/KH", new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 25), null, null)),
            SubmissionItems.Report, Report(new DateOnly(2024, 10, 10), false, SelfRating.Fair, reformDone: 3));

        var rows = UnitProgress.Of(Plan, unit, new DateOnly(2024, 10, 20));

        Assert.Equal([ProgressStatus.InProgress, ProgressStatus.InProgress, ProgressStatus.NotMet, ProgressStatus.NotMet, ProgressStatus.NotMet],
            rows.Take(5).Select(p => p.Status));
        var democracy = (decimal)(ReportStanding.DemocracyTotal - 1) / ReportStanding.DemocracyTotal;
        Assert.Equal([0.9m, UnitPlanStanding.LateShare, democracy, 0.75m, 0.5m], rows.Take(5).Select(p => p.Completion));
        Assert.Equal(Math.Round((0.9m + 0.75m + democracy + 0.75m + 0.5m) / 5, 4), UnitProgress.Overall(Plan, rows));
    }

    [Fact]
    public void A_plan_issued_but_not_sent_is_in_progress_until_its_deadline_then_overdue()
    {
        var unit = With(UnitSubmissions.Empty("U"), SubmissionItems.UnitPlan, new UnitPlanReport(true, "12/KH", new DateOnly(2024, 4, 1), null, null, null));

        Assert.Equal(ProgressStatus.InProgress, UnitProgress.Of(Plan, unit, new DateOnly(2024, 4, 19))[1].Status);
        Assert.Equal(ProgressStatus.Overdue, UnitProgress.Of(Plan, unit, new DateOnly(2024, 4, 22))[1].Status);
        Assert.Equal(UnitPlanStanding.IssuedShare, UnitProgress.Of(Plan, unit, new DateOnly(2024, 4, 22))[1].Completion);
    }
}
