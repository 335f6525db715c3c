using DanVan.Cards.Json;
using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Models;
using DanVan.Domain.Standing;
using DanVan.Domain.Training;
using M = DanVan.Cards.Tests.ModelTestData;
using P = DanVan.Cards.Tests.UnitPlanTestData;
using R = DanVan.Cards.Tests.ReportTestData;

namespace DanVan.Cards.Tests;

/// <summary>Standing ("tình hình") and history ("lịch sử") cards at the start of the year, midway and at the end, for <see cref="TestData.AllCards"/>.</summary>
internal static class StandingTestData
{
    /// <summary>Every row as the standing service orders them: targets 1–5, then the models.</summary>
    public static IReadOnlyList<StandingLine> Lines(Texts t, TrainingReport? training, Domain.UnitPlans.UnitPlanReport? plan,
        Domain.Reports.ResultsReport? report, DateOnly today, params DanVanKheoModel[] models) =>
    [
        TrainingCards.Line(t, TestData.Plan.Target(1).RequiredPercent, training is null ? null : TestData.Standing(training)),
        UnitPlanCards.Line(t, plan, P.Standing(plan, today)),
        .. ReportCards.Lines(t, R.Standing(report, today)),
        ModelCards.Line(t, ModelStanding.Of(models, TestData.Plan.Models)),
    ];

    public static Card Standing(Texts t, string unit, IReadOnlyList<StandingLine> lines, Rank rank, DateOnly today) =>
        StandingCard.Build(t, TestData.Plan, unit, lines, rank, today, "09:15 " + t.Date(today));

    public static readonly HistoryRow[] Changes =
    [
        new("Báo cáo kết quả", "Alex Wilber", "09:15 20/10/2024", "Đã tạo 25/BC-CCKL ngày 10/10/2024, dân chủ 5/6, CCHC 18/20"),
        new("Kế hoạch của đơn vị", "Nguyễn Thị Bình", "10:00 21/04/2024", "Chưa gửi → 12/KH-CCKL, gửi ngày 18/04/2024"),
        new("Học tập, quán triệt", "Alex Wilber", "08:30 05/03/2024", "45/50 (90%) → 50/50 (100%)"),
    ];

    /// <summary>The most the history shows, each with the longest descriptions the items produce.</summary>
    public static HistoryRow[] LongestChanges(string unit) =>
    [
        .. Enumerable.Range(0, 10).Select(i => new HistoryRow(M.Longest.Name, "Nguyễn Thị Phương Thảo " + unit, $"23:59 3{i % 2}/12/2024",
            $"{M.Longest.Name} → {M.Longest.Name}")),
    ];

    public static void AddCards(Dictionary<string, Card> cards, string lang, Texts t, string unit)
    {
        var start = new DateOnly(2024, 4, 12);
        var end = new DateOnly(2024, 10, 30);
        cards[$"{lang}/standing/nothing-yet"] = Standing(t, unit, Lines(t, null, null, null, start), new Rank(1, 15, 0m), start);
        cards[$"{lang}/standing/midway"] = Standing(t, unit,
            Lines(t, TestData.Report, P.NotSent, null, P.Today, M.Reception), new Rank(4, 15, 0.37m), P.Today);
        cards[$"{lang}/standing/all-overdue"] = Standing(t, unit, Lines(t, null, null, null, end), new Rank(15, 15, 0m), end);
        cards[$"{lang}/standing/year-end"] = Standing(t, unit,
            Lines(t, TestData.Report, P.OnTime, R.LateAndShort, end, M.Forest, M.Roads), new Rank(2, 15, 0.8125m), end);
        cards[$"{lang}/standing/all-met"] = Standing(t, unit,
            Lines(t, new TrainingReport(50, 50, 3, new DateOnly(2024, 3, 5)), P.OnTime, R.AllDone, end, M.Forest), new Rank(1, 15, 1m), end);
        cards[$"{lang}/history-empty"] = HistoryCard.Build(t, unit, []);
        cards[$"{lang}/history"] = HistoryCard.Build(t, unit, Changes);
        cards[$"{lang}/history-longest"] = HistoryCard.Build(t, unit, LongestChanges(unit));
    }
}
