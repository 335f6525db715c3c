using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Domain.UnitPlans;

namespace DanVan.Domain.Tests;

/// <summary>Units in the states a reminder cares about, and department-local instants.</summary>
internal static class ReminderTestData
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static DateTimeOffset Local(int month, int day, int hour = 8, int minute = 0) => new(2024, month, day, hour, minute, 0, Vietnam);

    public static UnitSubmissions Nothing(string unitId) => UnitSubmissions.Empty(unitId);

    public static UnitSubmissions PlanSent(string unitId, DateOnly sentOn) =>
        With(UnitSubmissions.Empty(unitId), SubmissionItems.UnitPlan, new UnitPlanReport(true, "12/KH-CCKL", sentOn.AddDays(-2), sentOn, null, null));

    public static UnitSubmissions PlanIssuedNotSent(string unitId) =>
        With(UnitSubmissions.Empty(unitId), SubmissionItems.UnitPlan, new UnitPlanReport(true, "12/KH-CCKL", new DateOnly(2024, 4, 10), null, null, null));

    public static UnitSubmissions PlanNotIssued(string unitId) =>
        With(UnitSubmissions.Empty(unitId), SubmissionItems.UnitPlan, UnitPlanReport.NotIssued("đang soạn"));

    public static UnitSubmissions ReportSent(UnitSubmissions unit, DateOnly on) =>
        With(unit, SubmissionItems.Report, new ResultsReport(true, true, true, true, true, true, 3, 4, 90m, 2, 5, 5,
            SelfRating.Good, "45/BC-CCKL", on, null));

    private static UnitSubmissions With<T>(UnitSubmissions unit, string item, T value) where T : class =>
        unit.With(item, new Versioned<T>(value, "etag-1", new Stamp("aad:head", "Trưởng đơn vị", Local(4, 1))));
}
