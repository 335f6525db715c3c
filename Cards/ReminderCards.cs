using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;

namespace DanVan.Cards.Reminders;

/// <summary>
/// How firmly a reminder asks: a notice well ahead of the deadline (T-7, T-3), an urgent one on its eve and day
/// (T-1, T0), and a clear but respectful request once overdue.
/// </summary>
public enum ReminderTone { Notice, Urgent, Overdue }

/// <summary>What a reminder chases: an item with a form. Its texts and its button depend on it.</summary>
public enum ReminderSubject { UnitPlan, Report }

public static class ReminderSubjects
{
    /// <summary>From a submission item (<see cref="SubmissionItems"/>, e.g. <c>ReminderItem.Item</c>); null for an item no reminder chases.</summary>
    public static ReminderSubject? For(string submissionItem) => submissionItem switch
    {
        SubmissionItems.UnitPlan => ReminderSubject.UnitPlan,
        SubmissionItems.Report => ReminderSubject.Report,
        _ => null,
    };
}

public static class ReminderTones
{
    /// <summary>From a stage's nominal offset to the deadline (−7, −3, −1, 0, +3 …).</summary>
    public static ReminderTone Of(int offset) => offset switch
    {
        > 0 => ReminderTone.Overdue,
        >= -1 => ReminderTone.Urgent,
        _ => ReminderTone.Notice,
    };
}

/// <summary>
/// One reminder to a unit head: <paramref name="Item"/> is still missing; <paramref name="Status"/> is where its
/// deadline stands today (the department's date).
/// </summary>
public sealed record ReminderMessage(string UnitName, ReminderSubject Item, int PlanYear, DateOnly Deadline, DeadlineStatus Status, ReminderTone Tone);

/// <summary>A unit still lacking a digest item, and by how many days (0 on the deadline day).</summary>
public sealed record DigestUnit(string UnitName, int DaysOverdue);

/// <summary>One item of the digest: the units still lacking it, out of <paramref name="Total"/> active units.</summary>
public sealed record DigestItem(ReminderSubject Item, DateOnly Deadline, IReadOnlyList<DigestUnit> Missing, int Total);

/// <summary>The office/leader digest as of <paramref name="Date"/> (department date).</summary>
public sealed record DigestMessage(DateOnly Date, int PlanYear, IReadOnlyList<DigestItem> Items);

/// <summary>The cards of proactive reminders; pure functions, the sender only sends them.</summary>
public static class ReminderCards
{
    /// <summary>Units listed per item in a digest; the rest are counted ("… và N đơn vị khác").</summary>
    public const int DigestMaxUnits = 30;

    /// <summary>The form a reminder about <paramref name="item"/> opens.</summary>
    public static string OpenVerb(ReminderSubject item) => item switch
    {
        ReminderSubject.UnitPlan => UnitPlanCards.OpenVerb,
        ReminderSubject.Report => ReportCards.OpenVerb,
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "No form to remind about."),
    };

    public static Card Reminder(Texts t, ReminderMessage m)
    {
        var openButton = t.ReminderOpenButton(m.Item);
        var titleStyle = m.Status.State switch
        {
            DeadlineState.Overdue => TextStyle.Attention,
            DeadlineState.DueToday => TextStyle.Warning,
            _ when m.Tone != ReminderTone.Notice => TextStyle.Warning,
            _ => TextStyle.Heading,
        };
        var body = new List<Element>
        {
            new TextBlock(t.ReminderTitle(m.Item, m.Tone, m.Status), titleStyle),
            new TextBlock(t.ReminderGreeting(m.UnitName)),
            new TextBlock(t.ReminderBody(m.Item, m.PlanYear, m.Deadline, m.Tone, m.Status)),
            new TextBlock(t.ReminderRequest(m.Item, m.Deadline, m.Tone, m.Status)),
            new Container([new FactSet([
                (t.ReminderUnitLabel, m.UnitName),
                (t.ReminderDeadlineLabel, $"{t.Date(m.Deadline)} — {t.Countdown(m.Status)}"),
            ])], Emphasis: true),
            new TextBlock(t.ReminderAlreadySent(openButton), TextStyle.Subtle),
        };
        return new Card(body, [new ExecuteAction(openButton, OpenVerb(m.Item), Primary: true), new ExecuteAction(t.StandingButton, Verbs.Standing)]);
    }

    public static string ReminderSummary(Texts t, ReminderMessage m) => t.ReminderSummary(m.UnitName, m.Item, m.Deadline, m.Status);

    /// <summary>Units most overdue first, then by name in the language's order; at most <see cref="DigestMaxUnits"/> per item.</summary>
    public static Card Digest(Texts t, DigestMessage m, int maxUnits = DigestMaxUnits)
    {
        var body = new List<Element>
        {
            new TextBlock(t.DigestTitle, TextStyle.Heading),
            new TextBlock(t.DigestSubtitle(m.Date, m.PlanYear), TextStyle.Subtle),
        };
        foreach (var item in m.Items)
        {
            var ordered = Order(t, item.Missing);
            var items = new List<Element>
            {
                TextBlock.Md(t.DigestItemHeading(item.Item, item.Deadline)),
                new TextBlock(t.DigestCounts(Math.Max(0, item.Total - item.Missing.Count), item.Total),
                    item.Missing.Count > 0 ? TextStyle.Attention : TextStyle.Good),
            };
            if (ordered.Count > 0)
                items.Add(new FactSet([.. ordered.Take(maxUnits).Select((u, i) => ($"{i + 1}. {u.UnitName}", t.DigestUnitStatus(u.DaysOverdue)))]));
            if (ordered.Count > maxUnits) items.Add(new TextBlock(t.DigestMore(ordered.Count - maxUnits), TextStyle.Subtle));
            body.Add(new Container(items, Emphasis: true));
        }
        return new Card(body, []);
    }

    public static string DigestSummary(Texts t, DigestMessage m) =>
        t.DigestSummaryPrefix(m.Date) + " " + string.Join("; ", m.Items.Select(i => t.DigestSummaryPart(i.Item, i.Missing.Count))) + ".";

    public static IReadOnlyList<DigestUnit> Order(Texts t, IEnumerable<DigestUnit> units) =>
        [.. units.OrderByDescending(u => u.DaysOverdue).ThenBy(u => u.UnitName, StringComparer.Create(t.Culture, ignoreCase: false))];
}
