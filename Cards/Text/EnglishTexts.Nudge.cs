using DanVan.Cards.Json;
using DanVan.Cards.Reminders;

namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts
{
    public override string NudgeMenuTitle(int planYear) => $"Remind overdue units now — {planYear} plan";
    public override string NudgeMenuHint =>
        "Pick a deadline: DanVan shows the units and people it will remind before sending. A unit is reminded about a deadline at most once a day.";
    public override string NudgeNoneOverdue => "No unit is overdue right now.";
    public override string NudgeOptionButton(string deadlineTitle, DateOnly deadline, int units) =>
        $"{deadlineTitle} (due {Date(deadline)}): {Number(units)} unit(s) overdue";
    public override string NudgeConfirmTitle(ReminderSubject item, DateOnly deadline) => $"Remind now: {ReminderItemShort(item)} overdue (due {Date(deadline)})";
    public override string NudgeConfirmWho(int units, int people) =>
        $"DanVan will remind {Number(units)} unit(s) ({Number(people)} recipient(s)), one message each in their personal chat with DanVan:";
    public override string NudgeNobodyLeft => "No unit is left to remind today.";
    public override string NudgeMore(int more) => $"… and {Number(more)} more unit(s).";
    public override string NudgeAlreadyToday(IReadOnlyList<string> names, int total) =>
        $"Already reminded today, not again: {Number(total)} unit(s) ({Names(names, total)}).";
    public override string NudgeUnreachable(IReadOnlyList<string> names, int total) =>
        $"{Number(total)} unit(s) cannot be reminded (no unit head, or the head has not opened or has blocked DanVan): {Names(names, total)}.";
    public override string NudgeConfirmHint => "Nothing was sent yet. Press \"Remind now\" to send, or \"Cancel\" to go back without sending.";
    public override string NudgeSendButton => "Remind now";
    public override string NudgeBackButton => "Deadlines";
    public override string NudgeStarted(ReminderSubject item, int units, int people) =>
        $"Reminding {Number(units)} unit(s) with the {ReminderItemShort(item)} overdue ({Number(people)} recipient(s)). DanVan will report here when it is done.";
    public override string NudgeAlreadyRunning(DateTimeOffset localSince) =>
        $"The reminders started at {DateTime(localSince)} are still being sent; DanVan will report when it is done. Nothing more was sent.";
    public override string NudgeDone(ReminderSubject item, DateOnly deadline, int sent, int people, int alreadyToday, int failed,
        IReadOnlyList<string> unreachable, int unreachableTotal)
    {
        var text = $"Overdue {ReminderItemShort(item)} (due {Date(deadline)}): reminded {Number(sent)} unit(s) ({Number(people)} recipient(s)); " +
            $"{Number(alreadyToday)} already reminded today, not again; {Number(failed)} failed; {Number(unreachableTotal)} cannot be reminded";
        text += unreachableTotal == 0 ? "." : $" (no unit head, or the head has not opened or has blocked DanVan): {Names(unreachable, unreachableTotal)}.";
        return failed > 0 ? text + " You may try again in a few minutes: units that got the message are not reminded again." : text;
    }
    public override string NudgeStopped =>
        "The reminders stopped on an error. Units that got the message are not reminded again today; you may try again in a few minutes.";
    public override string NudgeUnknownDeadline => "That deadline is not in the plan or has no overdue units. Nothing was sent.";
    public override string NudgeOutsideHours(TimeOnly start, TimeOnly end, DateTimeOffset? localNext) =>
        $"Outside sending hours: DanVan reminds only in office hours ({start:HH\\:mm}–{end:HH\\:mm}) on working days. Nothing was sent. " +
        (localNext is { } next ? $"You can remind from {next:HH\\:mm} on {DayName(next.DayOfWeek)}, {Date(DateOnly.FromDateTime(next.DateTime))}."
            : "The plan year closes before the next working day, so no more reminders.");
    public override string NudgeYearClosed(int planYear, DateOnly closedOn) =>
        $"The {planYear} plan closed on {Date(closedOn)}: no more reminders. Nothing was sent.";

    private string Names(IReadOnlyList<string> names, int total) =>
        string.Join("; ", names.Select(n => Markdown.Escape(n, inline: true))) + (total > names.Count ? $"; … and {Number(total - names.Count)} more" : "");
}
