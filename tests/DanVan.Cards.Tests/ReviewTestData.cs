using DanVan.Cards.Json;
using DanVan.Cards.Reviews;
using DanVan.Cards.Text;
using DanVan.Domain.Department;
using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Reviews;
using DanVan.Domain.UnitPlans;

namespace DanVan.Cards.Tests;

/// <summary>Văn phòng Sở's review cards for the catalogue: the waiting list (empty, longer than a card shows), a
/// submission to review (fresh, redrawn with a notice and history), a decision, and the unit head's return notice
/// with the longest comment the server accepts.</summary>
public static class ReviewTestData
{
    public static readonly string LongestComment = string.Concat(Enumerable.Repeat("Thiếu số, ngày gửi; **bổ sung** <b>tệp</b> ", 40))[..ReviewItems.MaxComment];

    public static void AddCards(Dictionary<string, Card> cards, string lang, Texts t, string unit)
    {
        cards[$"{lang}/summary-reviews"] = Summary.SummaryCard.Build(t, TestData.Plan, Department(unit), 1, "09:00 20/10/2024");

        var entries = Enumerable.Range(1, ReviewCards.QueueShown + 5).Select(i => new QueueEntry($"U{i:D3}", $"{unit} {i}",
            i % 2 == 0 ? SubmissionItems.UnitPlan : SubmissionItems.Report, "08:05 12/04/2024", "Alex Wilber",
            "W/\"datetime'2024-04-12T01%3A05%3A00.1234567Z'\"", i % 3 == 0 ? null : "W/\"datetime'2024-04-13T01%3A05%3A00.1234567Z'\"")).ToList();
        cards[$"{lang}/review-queue"] = ReviewCards.Queue(t, entries, "09:00 20/10/2024");
        cards[$"{lang}/review-queue-empty"] = ReviewCards.Queue(t, [], "09:00 20/10/2024");

        var model = new ReviewModel("U001", unit, SubmissionItems.UnitPlan, "Số 01/KH-CCKL, ban hành 10/04/2024, gửi 15/04/2024",
            "08:05 12/04/2024", "Alex Wilber", "W/\"1\"", null, t.ReviewStateName(ReviewState.Pending), []);
        cards[$"{lang}/review-unit-plan"] = ReviewCards.Review(t, model);
        cards[$"{lang}/review-report-stale"] = ReviewCards.Review(t, model with
        {
            Item = SubmissionItems.Report, ReviewVersion = "W/\"2\"", Notice = t.ReviewResent("10:00 20/10/2024"),
            StateLine = t.ReviewStateLine(ReviewState.Returned, new DateOnly(2024, 10, 20), LongestComment),
            History = [.. Enumerable.Range(1, 5).Select(i => ("09:00 20/10/2024", "Nguyễn Văn Phòng", t.ReviewHistoryChange(ReviewDecision.Returned, LongestComment)))],
            Comment = LongestComment, Fields = "reportNumber,link,file",
        });
        cards[$"{lang}/review-accepted"] = ReviewCards.Decided(t, unit, SubmissionItems.UnitPlan, ReviewDecision.Accepted,
            t.ReviewStateLine(ReviewState.Accepted, new DateOnly(2024, 10, 20), null), []);
        cards[$"{lang}/review-returned"] = ReviewCards.Decided(t, unit, SubmissionItems.UnitPlan, ReviewDecision.Returned,
            t.ReviewStateLine(ReviewState.Returned, new DateOnly(2024, 10, 20), LongestComment),
            [t.ReviewFieldLabel(SubmissionItems.UnitPlan, UnitPlanFields.Number), t.ReviewFieldLabel(SubmissionItems.UnitPlan, ReviewItems.FileField)]);
        cards[$"{lang}/review-returned-notice"] = ReviewCards.ReturnedNotice(t, SubmissionItems.Report, "Nguyễn Văn Phòng", "09:00 20/10/2024",
            LongestComment, [.. ReviewItems.FieldsOf(SubmissionItems.Report).Select(f => t.ReviewFieldLabel(SubmissionItems.Report, f))]);
    }

    /// <summary>25 units that sent both items: odd ones returned with the longest comment, even ones waiting.</summary>
    private static DepartmentSummary Department(string unit)
    {
        var at = new Stamp("aad:h", "Alex Wilber", DateTimeOffset.Parse("2024-04-12T01:05:00Z"));
        var office = new Stamp("aad:o", "Nguyễn Văn Phòng", DateTimeOffset.Parse("2024-10-20T02:00:00Z"));
        var plan = new UnitPlanReport(true, "01/KH", new DateOnly(2024, 4, 10), new DateOnly(2024, 4, 15), null, null);
        var report = new ResultsReport(true, true, true, true, true, true, 4, 4, 95m, 3, 6, 6, SelfRating.Excellent, "45/BC", new DateOnly(2024, 10, 10), null);
        var units = Enumerable.Range(1, 25).Select(i => new Unit($"U{i:D3}", $"{unit} {i}")).ToList();
        var stored = units.Select((u, i) =>
        {
            var data = UnitSubmissions.Empty(u.Id).With(SubmissionItems.UnitPlan, new Versioned<UnitPlanReport>(plan, "p", at))
                .With(SubmissionItems.Report, new Versioned<ResultsReport>(report, "r", at));
            if (i % 2 == 1) return data;
            foreach (var (item, version) in new[] { (SubmissionItems.UnitPlan, "p"), (SubmissionItems.Report, "r") })
                data = data.With(ReviewItems.KeyOf(item), new Versioned<ItemReview>(
                    new ItemReview(ReviewDecision.Returned, LongestComment, [ReviewItems.FileField], version, at.At), "x", office));
            return data;
        });
        return DepartmentSummary.Of(TestData.Plan, units, stored, new DateOnly(2024, 10, 20));
    }
}
