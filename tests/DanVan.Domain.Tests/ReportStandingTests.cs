using DanVan.Domain.Plans;
using DanVan.Domain.Reports;

namespace DanVan.Domain.Tests;

public class ReportStandingTests
{
    private static readonly ResultsReport Report = new(true, true, true, true, true, false, 18, 20, 92.5m, 4, 12, 10,
        SelfRating.Good, "25/BC-CCKL", new DateOnly(2024, 10, 10), null);

    [Fact]
    public void The_deadline_is_the_plans_results_report_date() =>
        Assert.Equal(new DateOnly(2024, 10, 15), Of(null, new DateOnly(2024, 5, 10)).Due);

    [Theory]
    [InlineData("2024-10-10", DeadlineState.OnTime, 0)]
    [InlineData("2024-10-15", DeadlineState.OnTime, 0)]   // the deadline day itself is on time
    [InlineData("2024-10-18", DeadlineState.Late, 3)]
    public void A_report_is_on_time_or_late_by_its_date(string date, DeadlineState state, int days) =>
        Assert.Equal(new DeadlineStatus(state, days), Of(Report with { ReportDate = DateOnly.Parse(date) }, new DateOnly(2024, 11, 1)).Deadline);

    [Theory]
    [InlineData("2024-05-10", DeadlineState.Pending, 158)]
    [InlineData("2024-10-15", DeadlineState.DueToday, 0)]
    [InlineData("2024-10-20", DeadlineState.Overdue, 5)]
    public void Without_a_report_counts_down_to_the_deadline(string today, DeadlineState state, int days)
    {
        var s = Of(null, DateOnly.Parse(today));

        Assert.Equal(new DeadlineStatus(state, days), s.Deadline);
        Assert.Equal((0m, 0m, 0m), (s.DemocracyCompletion, s.ReformCompletion, s.RatingCompletion));
        Assert.False(s.DemocracyMet || s.ReformMet || s.RatingMet);
    }

    [Fact]
    public void Democracy_completion_is_the_share_of_items_done()
    {
        var s = Of(Report);

        Assert.Equal(5, s.DemocracyDone);
        Assert.Equal(6, ReportStanding.DemocracyTotal);
        Assert.Equal(5m / 6m, s.DemocracyCompletion);
        Assert.Equal([DemocracyItem.FeedbackChannel], s.DemocracyNotDone);
        Assert.False(s.DemocracyMet);
    }

    [Fact]
    public void Democracy_is_met_with_every_item_done()
    {
        var s = Of(Report with { FeedbackChannel = true });

        Assert.True(s.DemocracyMet);
        Assert.Equal(1m, s.DemocracyCompletion);
        Assert.Empty(s.DemocracyNotDone);
    }

    [Theory]
    [InlineData(18, 20, "0.9", "90", 2)]
    [InlineData(20, 20, "1", "100", 0)]
    [InlineData(2, 3, "0.6666666666666666666666666667", "66.7", 1)]   // rounded (never "100%" one task short: PercentagesTests)
    [InlineData(999, 1000, "0.999", "99.9", 1)]
    [InlineData(0, 5, "0", "0", 5)]
    public void Reform_completion_is_tasks_done_over_total(int done, int total, string completion, string percent, int left)
    {
        var s = Of(Report with { ReformTasksDone = done, ReformTasksTotal = total });

        Assert.Equal(decimal.Parse(completion, System.Globalization.CultureInfo.InvariantCulture), s.ReformCompletion);
        Assert.Equal(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture), s.ReformPercent);
        Assert.Equal(left, s.ReformTasksLeft);
        Assert.Equal(left == 0, s.ReformMet);
    }

    [Theory]
    [InlineData(SelfRating.Excellent, true, "1")]
    [InlineData(SelfRating.Good, true, "1")]
    [InlineData(SelfRating.Fair, false, "0.5")]
    [InlineData(SelfRating.Average, false, "0")]
    [InlineData(SelfRating.Poor, false, "0")]
    public void The_department_aims_for_good_or_better(SelfRating rating, bool met, string completion)
    {
        var s = Of(Report with { Rating = rating });

        Assert.Equal(met, s.RatingMet);
        Assert.Equal(decimal.Parse(completion, System.Globalization.CultureInfo.InvariantCulture), s.RatingCompletion);
    }

    [Fact]
    public void The_rating_is_stored_by_name()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Report, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));

        Assert.Contains("\"rating\":\"Good\"", json);
        Assert.DoesNotContain("democracy\"", json);   // the checklist view is computed, never stored
        Assert.Equal(Report, System.Text.Json.JsonSerializer.Deserialize<ResultsReport>(json, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)));
    }

    private static ReportStanding Of(ResultsReport? report, DateOnly? today = null) =>
        ReportStanding.Of(report, TestData.Plan2024, today ?? new DateOnly(2024, 10, 20));
}
