using DanVan.Cards.Json;
using DanVan.Cards.Reminders;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;

namespace DanVan.Cards.Tests;

/// <summary>Reminders at every stage and digests (up to 100 units), for <see cref="TestData.AllCards"/> and the reminder tests.</summary>
internal static class ReminderTestData
{
    public static readonly DateOnly PlanDeadline = new(2024, 4, 20);
    public static readonly DateOnly ReportDeadline = new(2024, 10, 15);

    public static ReminderMessage Message(string unit, ReminderSubject item, DateOnly deadline, DateOnly today, int offset) =>
        new(unit, item, 2024, deadline, DeadlineStatus.Of(deadline, null, today), ReminderTones.Of(offset));

    /// <summary>The 2024 unit-plan stages as they are really sent (t0 moves to Friday 19/04), plus the report's.</summary>
    public static IEnumerable<(string Name, ReminderMessage Message)> Stages(string unit) =>
    [
        ("plan-t-7", Message(unit, ReminderSubject.UnitPlan, PlanDeadline, new(2024, 4, 13), -7)),
        ("plan-t-3", Message(unit, ReminderSubject.UnitPlan, PlanDeadline, new(2024, 4, 17), -3)),
        ("plan-t-1", Message(unit, ReminderSubject.UnitPlan, PlanDeadline, new(2024, 4, 19), -1)),
        ("plan-t0", Message(unit, ReminderSubject.UnitPlan, PlanDeadline, PlanDeadline, 0)),
        ("plan-overdue", Message(unit, ReminderSubject.UnitPlan, PlanDeadline, new(2024, 4, 23), 3)),
        ("report-t-7", Message(unit, ReminderSubject.Report, ReportDeadline, new(2024, 10, 8), -7)),
        ("report-t-1", Message(unit, ReminderSubject.Report, ReportDeadline, new(2024, 10, 14), -1)),
        ("report-t0", Message(unit, ReminderSubject.Report, ReportDeadline, ReportDeadline, 0)),
        ("report-overdue", Message(unit, ReminderSubject.Report, ReportDeadline, new(2024, 10, 30), 15)),
    ];

    /// <summary><paramref name="count"/> units named after <paramref name="unit"/>, overdue 1…count days in a shuffled order.</summary>
    public static IReadOnlyList<DigestUnit> Units(string unit, int count) =>
        [.. Enumerable.Range(1, count).Select(i => new DigestUnit($"{unit} {i:000}", i)).OrderBy(u => (u.DaysOverdue * 37) % 101)];

    public static DigestMessage Digest(string unit, int planMissing, int reportMissing, int total) => new(new DateOnly(2024, 10, 30), 2024,
    [
        new DigestItem(ReminderSubject.UnitPlan, PlanDeadline, Units(unit, planMissing), total),
        new DigestItem(ReminderSubject.Report, ReportDeadline, Units(unit, reportMissing), total),
    ]);

    public static void AddCards(Dictionary<string, Card> cards, string lang, Texts t, string unit)
    {
        foreach (var (name, message) in Stages(unit)) cards[$"{lang}/reminder-{name}"] = ReminderCards.Reminder(t, message);
        cards[$"{lang}/digest-small"] = ReminderCards.Digest(t, Digest(unit, 3, 0, 15));
        cards[$"{lang}/digest-100"] = ReminderCards.Digest(t, Digest(unit, 100, 100, 100));
    }
}
