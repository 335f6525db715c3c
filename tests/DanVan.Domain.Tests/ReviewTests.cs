using DanVan.Domain.Department;
using DanVan.Domain.Plans;
using DanVan.Domain.Progress;
using DanVan.Domain.Reminders;
using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Domain.Reviews;
using DanVan.Domain.Roster;
using DanVan.Domain.UnitPlans;

namespace DanVan.Domain.Tests;

/// <summary>Văn phòng Sở's review of a unit's plan and results report: its state, and a returned item counting as not sent.</summary>
public sealed class ReviewTests
{
    private static readonly Plan Plan = TestData.Plan2024;
    private static readonly DateOnly Today = new(2024, 10, 20);
    private static readonly DateTimeOffset Sent = new(2024, 4, 10, 8, 0, 0, TimeSpan.FromHours(7));

    private static readonly UnitPlanReport OnTimePlan = new(true, "12/KH", new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 10), null, null);

    private static UnitSubmissions With<T>(UnitSubmissions unit, string item, T value, string version, DateTimeOffset? at = null) where T : class =>
        unit.With(item, new Versioned<T>(value, version, new Stamp("aad:h", "Trưởng", at ?? Sent)));

    private static UnitSubmissions Reviewed(UnitSubmissions unit, string item, ReviewDecision decision, string reviewedVersion) =>
        With(unit, ReviewItems.KeyOf(item), new ItemReview(decision, decision == ReviewDecision.Returned ? "Thiếu số kế hoạch" : null,
            [UnitPlanFields.Number], reviewedVersion, Sent), "r1", Sent.AddDays(1));

    private static UnitSubmissions PlanSent(string unitId = "U", string version = "v1", DateTimeOffset? at = null) =>
        With(UnitSubmissions.Empty(unitId), SubmissionItems.UnitPlan, OnTimePlan, version, at);

    [Fact]
    public void The_state_follows_the_submission_and_the_review_of_its_version()
    {
        Assert.Equal(ReviewState.NotSubmitted, ReviewStanding.Of(UnitSubmissions.Empty("U"), SubmissionItems.UnitPlan).State);
        Assert.Equal(ReviewState.Pending, ReviewStanding.Of(PlanSent(), SubmissionItems.UnitPlan).State);
        Assert.Equal(ReviewState.Accepted, ReviewStanding.Of(Reviewed(PlanSent(), SubmissionItems.UnitPlan, ReviewDecision.Accepted, "v1"), SubmissionItems.UnitPlan).State);
        var returned = ReviewStanding.Of(Reviewed(PlanSent(), SubmissionItems.UnitPlan, ReviewDecision.Returned, "v1"), SubmissionItems.UnitPlan);
        Assert.Equal(ReviewState.Returned, returned.State);
        Assert.Equal("Thiếu số kế hoạch", returned.Current!.Value.Comment);
        // Sent again (a form save or a file attached changes the row's version): waiting for review again.
        var resent = With(Reviewed(PlanSent(), SubmissionItems.UnitPlan, ReviewDecision.Returned, "v1"), SubmissionItems.UnitPlan, OnTimePlan, "v2");
        Assert.Equal(ReviewState.Pending, ReviewStanding.Of(resent, SubmissionItems.UnitPlan).State);
        Assert.Equal(ReviewState.NotSubmitted, ReviewStanding.Of(PlanSent(), SubmissionItems.Report).State);
    }

    [Fact]
    public void A_returned_plan_is_not_done_for_target_two_until_sent_again()
    {
        var returned = Reviewed(PlanSent(), SubmissionItems.UnitPlan, ReviewDecision.Returned, "v1");
        var accepted = Reviewed(PlanSent(), SubmissionItems.UnitPlan, ReviewDecision.Accepted, "v1");
        var resent = With(returned, SubmissionItems.UnitPlan, OnTimePlan, "v2");

        var row = UnitProgress.Of(Plan, returned, Today)[1];
        Assert.Equal((TargetNumbers.UnitPlan, ProgressStatus.Overdue, 0m), (row.Target, row.Status, row.Completion));
        Assert.Equal(ProgressStatus.Met, UnitProgress.Of(Plan, accepted, Today)[1].Status);
        Assert.Equal(ProgressStatus.Met, UnitProgress.Of(Plan, resent, Today)[1].Status);
    }

    [Fact]
    public void A_returned_results_report_is_not_done_for_targets_three_to_five()
    {
        var report = new ResultsReport(true, true, true, true, true, true, 4, 4, 95m, 3, 6, 6, SelfRating.Excellent, "45/BC", new DateOnly(2024, 10, 10), null);
        var unit = With(UnitSubmissions.Empty("U"), SubmissionItems.Report, report, "v1");
        var returned = Reviewed(unit, SubmissionItems.Report, ReviewDecision.Returned, "v1");

        Assert.All(UnitProgress.Of(Plan, unit, Today).Where(r => r.Target >= 3), r => Assert.Equal(ProgressStatus.Met, r.Status));
        Assert.All(UnitProgress.Of(Plan, returned, Today).Where(r => r.Target >= 3), r => Assert.Equal(ProgressStatus.Overdue, r.Status));
        Assert.True(ReminderItem.ResultsReport.IsMissing(Plan, returned, Today));
        Assert.False(ReminderItem.ResultsReport.IsMissing(Plan, unit, Today));
    }

    [Fact]
    public void The_reminders_chase_a_returned_plan_and_leave_an_accepted_or_pending_one()
    {
        var before = new DateOnly(2024, 4, 15);
        Assert.True(ReminderItem.UnitPlan.IsMissing(Plan, Reviewed(PlanSent(), SubmissionItems.UnitPlan, ReviewDecision.Returned, "v1"), before));
        Assert.False(ReminderItem.UnitPlan.IsMissing(Plan, Reviewed(PlanSent(), SubmissionItems.UnitPlan, ReviewDecision.Accepted, "v1"), before));
        Assert.False(ReminderItem.UnitPlan.IsMissing(Plan, PlanSent(), before));
    }

    [Fact]
    public void The_summary_counts_each_state_and_lists_a_returned_plan_as_missing()
    {
        var units = new[] { new Unit("A", "Chi cục A"), new Unit("B", "Chi cục B"), new Unit("C", "Chi cục C"), new Unit("D", "Chi cục D") };
        var stored = new[]
        {
            Reviewed(PlanSent("A"), SubmissionItems.UnitPlan, ReviewDecision.Accepted, "v1"),
            Reviewed(PlanSent("B"), SubmissionItems.UnitPlan, ReviewDecision.Returned, "v1"),
            PlanSent("C"),
        };

        var s = DepartmentSummary.Of(Plan, units, stored, Today);

        var plans = s.Reviews.Single(r => r.Item == SubmissionItems.UnitPlan);
        Assert.Equal(["C"], plans.Pending.Select(u => u.Unit.Id));
        Assert.Equal(1, plans.Accepted);
        Assert.Equal(["B"], plans.Returned.Select(u => u.Unit.Id));
        Assert.Equal(["B", "D"], s.Missing.Single(m => m.Item == SummaryItem.UnitPlan).Units.Select(u => u.Unit.Id).Order());
        Assert.Equal(2, s.UnitPlan.OnTime); // A (accepted) and C (waiting); B was returned
    }

    [Fact]
    public void The_queue_lists_waiting_submissions_of_active_units_oldest_first()
    {
        var units = new[] { new Unit("A", "Chi cục A"), new Unit("B", "Chi cục B"), new Unit("C", "Chi cục C"), new Unit("X", "Đã giải thể", Active: false) };
        var stored = new[]
        {
            PlanSent("A", at: Sent.AddDays(3)),
            PlanSent("B", at: Sent.AddDays(1)),
            Reviewed(PlanSent("C"), SubmissionItems.UnitPlan, ReviewDecision.Accepted, "v1"),
            PlanSent("X"),
        };

        Assert.Equal(["B", "A"], AwaitingReview.Of(units, stored).Select(q => q.Unit.Id));
    }
}
