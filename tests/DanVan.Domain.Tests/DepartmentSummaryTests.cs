using DanVan.Domain.Department;
using DanVan.Domain.Models;
using DanVan.Domain.Plans;
using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Training;
using DanVan.Domain.UnitPlans;

namespace DanVan.Domain.Tests;

/// <summary>
/// The department summary over five units in known states, on 20/10/2024: five days after the results report was
/// due (15/10) and 183 after the unit plan was (20/04).
/// </summary>
public sealed class DepartmentSummaryTests
{
    private static readonly Plan Plan = TestData.Plan2024;
    private static readonly DateOnly Today = new(2024, 10, 20);

    private static readonly Unit A = new("A", "Chi cục Kiểm lâm");
    private static readonly Unit B = new("B", "Chi cục Thủy lợi");
    private static readonly Unit C = new("C", "Phòng Kế hoạch - Tài chính");
    private static readonly Unit D = new("D", "Đội kiểm tra");
    private static readonly Unit Gone = new("X", "Đơn vị đã giải thể", Active: false);

    private static UnitSubmissions With<T>(UnitSubmissions unit, string item, T value) where T : class =>
        unit.With(item, new Versioned<T>(value, "e", new Stamp("aad:h", "Trưởng", new DateTimeOffset(2024, 4, 1, 8, 0, 0, TimeSpan.FromHours(7)))));

    private static ResultsReport Report(DateOnly on, bool allDemocracy, SelfRating rating) =>
        new(true, allDemocracy, true, true, true, true, 3, 4, 90m, 2, 5, 5, rating, "45/BC", on, null);

    private static DanVanKheoModel Model(string name, ModelStatus status) =>
        new(name, ModelField.Economy, true, new DateOnly(2024, 3, 1), "mô tả", null, 10, status);

    private static DepartmentSummary Build()
    {
        // A: everything, on time. B: plan late, 45 of 50 trained, a late report missing one checklist item.
        // C: plan issued but not sent, no report. D: nothing at all (no partition). X: inactive, ignored.
        var a = With(With(With(With(With(UnitSubmissions.Empty("A"),
            SubmissionItems.Training, new TrainingReport(100, 100, 2, new DateOnly(2024, 3, 1))),
            SubmissionItems.UnitPlan, new UnitPlanReport(true, "1/KH", new DateOnly(2024, 4, 10), new DateOnly(2024, 4, 15), null, null)),
            SubmissionItems.ModelPrefix + "m1", Model("Vườn ươm", ModelStatus.Recognised)),
            SubmissionItems.ModelPrefix + "m2", Model("Rừng xanh", ModelStatus.Awarded)),
            SubmissionItems.Report, Report(new DateOnly(2024, 10, 10), true, SelfRating.Excellent));
        var b = With(With(With(UnitSubmissions.Empty("B"),
            SubmissionItems.Training, new TrainingReport(50, 45, 1, new DateOnly(2024, 3, 1))),
            SubmissionItems.UnitPlan, new UnitPlanReport(true, "2/KH", new DateOnly(2024, 4, 10), new DateOnly(2024, 4, 25), null, null)),
            SubmissionItems.Report, Report(new DateOnly(2024, 10, 17), false, SelfRating.Fair));
        var c = With(UnitSubmissions.Empty("C"),
            SubmissionItems.UnitPlan, new UnitPlanReport(true, "3/KH", new DateOnly(2024, 4, 10), null, null, null));
        var x = With(UnitSubmissions.Empty("X"), SubmissionItems.Training, new TrainingReport(1000, 0, 0, null));
        return DepartmentSummary.Of(Plan, [C, A, B, D, Gone], [a, b, c, x], Today);
    }

    [Fact]
    public void Every_active_unit_has_a_row_in_vietnamese_name_order_and_inactive_units_none()
    {
        var s = Build();
        Assert.Equal(["A", "B", "D", "C"], s.Units.Select(u => u.Unit.Id));
    }

    [Fact]
    public void Training_counts_staff_across_the_department_not_a_mean_of_unit_percentages()
    {
        var t = Build().Training;
        Assert.Equal(new TrainingFigures(UnitsReported: 2, UnitsMet: 1, TotalStaff: 150, Trained: 145), t);
        Assert.Equal(96.7m, t.Percent);
    }

    [Fact]
    public void Unit_plans_on_time_late_and_missing_follow_the_unit_plan_standing()
    {
        Assert.Equal(new UnitPlanFigures(OnTime: 1, Late: 1, Missing: 2, IssuedNotSent: 1), Build().UnitPlan);
    }

    [Fact]
    public void Models_count_registered_and_recognised_including_awarded()
    {
        Assert.Equal(new ModelFigures(Registered: 2, Recognised: 2, Awarded: 1, NewRuralArea: 2, UnitsMet: 1, UnitsBelow: 3), Build().Models);
    }

    [Fact]
    public void Democracy_and_reports_count_only_the_reports_received()
    {
        var s = Build();
        Assert.Equal(2, s.Democracy.UnitsReported);
        Assert.Equal(1, s.Democracy.UnitsCompliant);
        Assert.Equal(50m, s.Democracy.Percent);
        Assert.Equal(1, s.Democracy.ByItem.Single(i => i.Item == DemocracyItem.StaffConference).Units);
        Assert.Equal(2, s.Democracy.ByItem.Single(i => i.Item == DemocracyItem.Regulation).Units);

        Assert.Equal((2, 1, 1, 2), (s.Reports.Received, s.Reports.OnTime, s.Reports.Late, s.Reports.Missing));
        Assert.Equal(1, s.Reports.Ratings.Single(r => r.Rating == SelfRating.Excellent).Units);
        Assert.Equal(1, s.Reports.Ratings.Single(r => r.Rating == SelfRating.Fair).Units);
    }

    [Fact]
    public void Missing_lists_give_the_reason_and_days_overdue_most_overdue_first()
    {
        var missing = Build().Missing.ToDictionary(m => m.Item);

        var plan = missing[SummaryItem.UnitPlan];
        Assert.Equal(new DateOnly(2024, 4, 20), plan.Due);
        Assert.Equal([("D", MissingReason.NotReported, 183), ("C", MissingReason.IssuedNotSent, 183)],
            plan.Units.Select(u => (u.Unit.Id, u.Reason, u.DaysOverdue)));

        var report = missing[SummaryItem.Report];
        Assert.Equal(new DateOnly(2024, 10, 15), report.Due);
        Assert.Equal([("D", 5), ("C", 5)], report.Units.Select(u => (u.Unit.Id, u.DaysOverdue)));

        var training = missing[SummaryItem.Training];
        Assert.Null(training.Due);
        Assert.Equal([("B", MissingReason.Short, (int?)5), ("D", MissingReason.NotReported, null), ("C", MissingReason.NotReported, null)],
            training.Units.Select(u => (u.Unit.Id, u.Reason, u.Shortfall)));
        Assert.All(training.Units, u => Assert.Equal(0, u.DaysOverdue));

        Assert.Equal(["B", "D", "C"], missing[SummaryItem.Models].Units.Select(u => u.Unit.Id));
    }

    [Fact]
    public void Before_a_deadline_nobody_is_overdue_and_the_most_overdue_sorts_first()
    {
        var early = DepartmentSummary.Of(Plan, [A, B], [], new DateOnly(2024, 4, 1));
        Assert.All(early.Missing.SelectMany(m => m.Units), u => Assert.Equal(0, u.DaysOverdue));
        Assert.Equal(DeadlineState.Pending, early.Missing.Single(m => m.Item == SummaryItem.UnitPlan).Units[0].Deadline!.State);
    }

    [Fact]
    public void An_empty_department_has_zero_figures_not_errors()
    {
        var s = DepartmentSummary.Of(Plan, [], [], Today);
        Assert.Empty(s.Units);
        Assert.Equal(0m, s.Training.Percent);
        Assert.Equal(0m, s.Democracy.Percent);
        Assert.All(s.Missing, m => Assert.Empty(m.Units));
    }

    [Fact]
    public void Target_4_is_summed_over_the_reports_received()
    {
        // A and B each did 3 of 4 planned CCHC tasks; C and D sent no report.
        Assert.Equal(new ReformFigures(2, 0, 6, 8), Build().Reform);
        Assert.Equal(75m, Build().Reform.Percent);
    }

    [Fact]
    public void Every_unit_has_its_overall_completion_and_rank_as_its_own_standing_computes_them()
    {
        var s = Build();
        var byId = s.Units.ToDictionary(u => u.Unit.Id);

        Assert.Equal(0.95m, byId["A"].Overall); // 1 + 1 + 1 + 0,75 + 1 over five targets
        Assert.Equal(95m, byId["A"].OverallPercent);
        Assert.Equal(1, byId["A"].Rank.Position);
        Assert.Equal(2, byId["B"].Rank.Position);
        Assert.Equal(3, byId["C"].Rank.Position); // issued, not sent: 0,5 of target 2
        Assert.Equal(4, byId["D"].Rank.Position);
        Assert.False(byId["D"].Rank.IsRanked);    // nothing done: no place to boast of
        Assert.Equal(["A", "B", "C", "D"], s.Ranked.Select(u => u.Unit.Id));
    }

    [Fact]
    public void Each_target_counts_units_met_overdue_and_not_yet_from_their_own_standing()
    {
        var s = Build();

        Assert.Equal([1, 2, 3, 4, 5], s.Targets.Select(t => t.Target));
        Assert.All(s.Targets, t => Assert.Equal(4, t.Units));
        Assert.Equal(new TargetTally(2, 1, 2, 1), s.Targets[1]); // A on time; C issued-not-sent and D overdue; B sent late
        Assert.Equal(new TargetTally(4, 0, 2, 2), s.Targets[3]); // A and B short in their final report; C and D overdue
    }
}
