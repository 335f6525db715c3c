using DanVan.Domain.Plans;
using DanVan.Domain.Reminders;
using DanVan.Domain.Repositories;
using static DanVan.Domain.Tests.ReminderTestData;

namespace DanVan.Domain.Tests;

public class ReminderItemTests
{
    private static readonly DateOnly Today = new(2024, 4, 19);

    [Fact]
    public void Each_deadline_of_the_plan_file_asks_for_its_item()
    {
        Assert.Equal(
            [(DeadlineIds.UnitPlan, SubmissionItems.UnitPlan), (DeadlineIds.ResultsReport, SubmissionItems.Report)],
            TestData.Plan2024.Deadlines.Select(d => ReminderItem.For(d.Id)!).Select(i => (i.DeadlineId, i.Item)));
        Assert.Null(ReminderItem.For("mid-year"));
    }

    [Fact]
    public void The_unit_plan_is_missing_until_it_is_sent()
    {
        bool Missing(UnitSubmissions u) => ReminderItem.UnitPlan.IsMissing(TestData.Plan2024, u, Today);

        Assert.True(Missing(Nothing("A")));
        Assert.True(Missing(PlanNotIssued("A")));
        Assert.True(Missing(PlanIssuedNotSent("A")));
        Assert.False(Missing(PlanSent("A", new DateOnly(2024, 4, 18))));
        Assert.False(Missing(PlanSent("A", new DateOnly(2024, 4, 25))));
    }

    [Fact]
    public void The_results_report_is_missing_until_there_is_one()
    {
        bool Missing(UnitSubmissions u) => ReminderItem.ResultsReport.IsMissing(TestData.Plan2024, u, Today);

        Assert.True(Missing(Nothing("A")));
        Assert.True(Missing(PlanSent("A", new DateOnly(2024, 4, 18))));
        Assert.False(Missing(ReportSent(Nothing("A"), new DateOnly(2024, 10, 14))));
    }
}
