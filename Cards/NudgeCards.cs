using DanVan.Cards.Json;
using DanVan.Cards.Reminders;
using DanVan.Cards.Text;

namespace DanVan.Cards;

/// <summary>A deadline the office may nudge about now: its item, date, short title and how many units are overdue.</summary>
public sealed record NudgeOption(string DeadlineId, ReminderSubject Item, string Title, DateOnly Date, int Units);

/// <summary>Whom a nudge would reach: each unit and its head(s), the units already reminded today, the units no
/// message can reach.</summary>
public sealed record NudgeList(NudgeOption Deadline, IReadOnlyList<(string Unit, string Person)> Pings, IReadOnlyList<string> AlreadyToday,
    IReadOnlyList<string> Unreachable);

/// <summary>
/// The office's nudge ("nhắc quá hạn"): pick a deadline, see whom it reaches, confirm. Only the confirmation's own
/// button sends; "Hủy" goes back to the list and sends nothing.
/// </summary>
public static class NudgeCards
{
    public const string OpenVerb = "nudge.open";
    public const string PreviewVerb = "nudge.preview";
    public const string SendVerb = "nudge.send";
    /// <summary>The deadline id a button carries (untrusted: checked against the plan).</summary>
    public const string DeadlineField = "deadline";

    /// <summary>Units listed on the confirmation; the rest are counted, so a department of hundreds stays under Teams' card size.</summary>
    public const int MaxListed = 20;

    public static IReadOnlyDictionary<string, string> DeadlineData(string deadlineId) => new Dictionary<string, string> { [DeadlineField] = deadlineId };

    public static Card Menu(Texts t, int planYear, IReadOnlyList<NudgeOption> options)
    {
        var body = new List<Element> { new TextBlock(t.NudgeMenuTitle(planYear), TextStyle.Heading) };
        if (options.Count == 0) body.Add(new TextBlock(t.NudgeNoneOverdue));
        else
        {
            body.Add(new TextBlock(t.NudgeMenuHint, TextStyle.Subtle));
            body.Add(new ActionSet([.. options.Select(o => new ExecuteAction(t.NudgeOptionButton(o.Title, o.Date, o.Units), PreviewVerb, DeadlineData(o.DeadlineId)))]));
        }
        return new Card(body, []);
    }

    public static Card Confirm(Texts t, NudgeList list)
    {
        var body = new List<Element>
        {
            new TextBlock(t.NudgeConfirmTitle(list.Deadline.Item, list.Deadline.Date), TextStyle.Heading),
            new TextBlock(list.Pings.Count > 0 ? t.NudgeConfirmWho(list.Pings.Select(p => p.Unit).Distinct().Count(), list.Pings.Count) : t.NudgeNobodyLeft),
        };
        if (list.Pings.Count > 0)
        {
            body.Add(new FactSet([.. list.Pings.Take(MaxListed).Select(p => (p.Unit, p.Person))]));
            if (list.Pings.Count > MaxListed) body.Add(new TextBlock(t.NudgeMore(list.Pings.Count - MaxListed), TextStyle.Subtle));
        }
        if (list.AlreadyToday.Count > 0) body.Add(TextBlock.Md(t.NudgeAlreadyToday(Listed(list.AlreadyToday), list.AlreadyToday.Count), TextStyle.Subtle));
        if (list.Unreachable.Count > 0) body.Add(TextBlock.Md(t.NudgeUnreachable(Listed(list.Unreachable), list.Unreachable.Count), TextStyle.AttentionPlain));
        body.Add(new TextBlock(t.NudgeConfirmHint, TextStyle.Subtle));
        var back = new ExecuteAction(t.CancelButton, OpenVerb);
        return new Card(body, list.Pings.Count > 0
            ? [new ExecuteAction(t.NudgeSendButton, SendVerb, DeadlineData(list.Deadline.DeadlineId), Primary: true), back]
            : [back]);
    }

    /// <summary>A card for one sentence (the send started, its counts, or why nothing was sent), with the way back to
    /// the list. <paramref name="markdown"/> is a Texts sentence, which escapes the names in it itself.</summary>
    public static Card Notice(Texts t, string markdown, bool attention = false) =>
        new([TextBlock.Md(markdown, attention ? TextStyle.AttentionPlain : TextStyle.Normal)], [new ExecuteAction(t.NudgeBackButton, OpenVerb)]);

    private static IReadOnlyList<string> Listed(IReadOnlyList<string> names) => [.. names.Take(MaxListed)];
}
