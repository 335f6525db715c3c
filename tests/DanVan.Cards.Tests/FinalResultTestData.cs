using DanVan.Cards.Json;
using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Progress;
using M = DanVan.Cards.Tests.ModelTestData;
using P = DanVan.Cards.Tests.UnitPlanTestData;
using R = DanVan.Cards.Tests.ReportTestData;

namespace DanVan.Cards.Tests;

/// <summary>The final-result standing of a closed year, for <see cref="TestData.AllCards"/>.</summary>
internal static class FinalResultTestData
{
    private static readonly DateOnly LastOpenDay = TestData.Plan.LastOpenDay;

    public static IReadOnlyList<StandingLine> Mixed(Texts t) =>
        StandingTestData.Lines(t, TestData.Report, P.OnTime, R.LateAndShort, LastOpenDay, M.Forest, M.Roads);

    public static IReadOnlyList<StandingLine> Nothing(Texts t) => StandingTestData.Lines(t, null, null, null, LastOpenDay);

    public static Card Final(Texts t, string unit, IReadOnlyList<StandingLine> lines) =>
        FinalResultCard.Build(t, TestData.Plan, unit, lines,
            [.. lines.Select(l => new FinalResult(new TargetProgress(l.Target, l.Status, l.Completion), l.Status == ProgressStatus.Met))]);

    public static void AddCards(Dictionary<string, Card> cards, string lang, Texts t, string unit)
    {
        cards[$"{lang}/standing/final-result"] = Final(t, unit, Mixed(t));
        cards[$"{lang}/standing/final-result-nothing"] = Final(t, unit, Nothing(t));
    }
}
