using DanVan.Cards.Json;
using DanVan.Cards.Reminders;
using DanVan.Cards.Text;

namespace DanVan.Cards.Tests;

/// <summary>The office's nudge cards (the deadlines, whom it reaches, the notices), from none to 200 units, for <see cref="TestData.AllCards"/>.</summary>
internal static class NudgeTestData
{
    public static readonly NudgeOption UnitPlan = new("unit-plan", ReminderSubject.UnitPlan, "Gửi kế hoạch của đơn vị", new DateOnly(2024, 4, 20), 4);
    public static readonly NudgeOption Report = new("results-report", ReminderSubject.Report, "Gửi báo cáo kết quả", new DateOnly(2024, 10, 15), 12);

    public static NudgeList List(string unit, int pings, int already, int unreachable) => new(UnitPlan,
        [.. Enumerable.Range(1, pings).Select(i => ($"{unit} {i:000}", $"Trưởng đơn vị {i:000}"))],
        [.. Enumerable.Range(1, already).Select(i => $"{unit} đã nhắc {i:000}")],
        [.. Enumerable.Range(1, unreachable).Select(i => $"{unit} không nhắc được {i:000}")]);

    public static void AddCards(Dictionary<string, Card> cards, string lang, Texts t, string unit)
    {
        cards[$"{lang}/nudge-menu"] = NudgeCards.Menu(t, 2024, [UnitPlan, Report]);
        cards[$"{lang}/nudge-menu-none"] = NudgeCards.Menu(t, 2024, []);
        cards[$"{lang}/nudge-confirm"] = NudgeCards.Confirm(t, List(unit, 2, 1, 2));
        cards[$"{lang}/nudge-confirm-200"] = NudgeCards.Confirm(t, List(unit, 200, 200, 200));
        cards[$"{lang}/nudge-confirm-nobody-left"] = NudgeCards.Confirm(t, List(unit, 0, 2, 1));
        cards[$"{lang}/nudge-started"] = NudgeCards.Notice(t, t.NudgeStarted(ReminderSubject.UnitPlan, 2, 3));
        cards[$"{lang}/nudge-done"] = NudgeCards.Notice(t, t.NudgeDone(ReminderSubject.Report, UnitPlan.Date, 2, 3, 1, 1,
            [.. Enumerable.Range(1, NudgeCards.MaxListed).Select(i => $"{unit} {i:000}")], 200));
        cards[$"{lang}/nudge-outside-hours"] = NudgeCards.Notice(t, t.NudgeOutsideHours(new(8, 0), new(17, 0),
            new DateTimeOffset(2024, 5, 13, 8, 0, 0, TimeSpan.FromHours(7))), attention: true);
        cards[$"{lang}/nudge-year-closed"] = NudgeCards.Notice(t, t.NudgeYearClosed(2024, new DateOnly(2024, 11, 15)), attention: true);
    }
}
