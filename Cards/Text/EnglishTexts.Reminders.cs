using DanVan.Cards.Reminders;
using DanVan.Domain.Plans;

namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts
{
    private static string ReminderItemName(ReminderSubject item, int planYear) => item switch
    {
        ReminderSubject.UnitPlan => $"the unit's {planYear} plan for dân vận chính quyền",
        ReminderSubject.Report => $"the {planYear} results report on dân vận chính quyền",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "No reminder wording for this item."),
    };

    private static string ReminderItemShort(ReminderSubject item) => item switch
    {
        ReminderSubject.UnitPlan => "plan",
        ReminderSubject.Report => "results report",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "No reminder wording for this item."),
    };

    public override string ReminderTitle(ReminderSubject item, ReminderTone tone, DeadlineStatus status) => (tone, status.State) switch
    {
        (_, DeadlineState.Overdue) => $"The {ReminderItemShort(item)} is overdue",
        (_, DeadlineState.DueToday) => $"The {ReminderItemShort(item)} is due today",
        (ReminderTone.Urgent, _) => $"The {ReminderItemShort(item)} is due soon",
        _ => $"Reminder: {ReminderItemShort(item)} due",
    };

    public override string ReminderGreeting(string unitName) => $"To the head of {unitName},";

    public override string ReminderBody(ReminderSubject item, int planYear, DateOnly deadline, ReminderTone tone, DeadlineStatus status)
    {
        var name = ReminderItemName(item, planYear);
        return status.State switch
        {
            DeadlineState.Overdue =>
                $"{Capital(name)} was due at the department office on {Date(deadline)}. It is now {Number(status.Days)} day(s) overdue and the unit has not sent it.",
            DeadlineState.DueToday => $"Today ({Date(deadline)}) is the deadline for {name}, and the unit has not sent it yet.",
            _ => $"{Capital(name)} is due at the department office on {Date(deadline)} ({Number(status.Days)} day(s) left). DanVan has no record of it being sent.",
        };
    }

    public override string ReminderRequest(ReminderSubject item, DateOnly deadline, ReminderTone tone, DeadlineStatus status) => (tone, status.State) switch
    {
        (_, DeadlineState.Overdue) => $"Please send the {ReminderItemShort(item)} as soon as possible; if anything is holding it up, please contact the department office.",
        (_, DeadlineState.DueToday) => $"Please send the {ReminderItemShort(item)} today.",
        (ReminderTone.Urgent, _) => $"Please send the {ReminderItemShort(item)} by {Date(deadline)} at the latest.",
        _ => "Please plan to send it on time.",
    };

    public override string ReminderAlreadySent(string openButton) =>
        $"If the unit has already sent it, please record it with the “{openButton}” button below so DanVan stops reminding you.";
    public override string ReminderUnitLabel => "Unit";
    public override string ReminderDeadlineLabel => "Due";
    public override string ReminderOpenButton(ReminderSubject item) => item switch
    {
        ReminderSubject.UnitPlan => "Update the plan",
        ReminderSubject.Report => "Send the results report",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "No reminder wording for this item."),
    };
    public override string ReminderSummary(string unitName, ReminderSubject item, DateOnly deadline, DeadlineStatus status) =>
        $"Reminder: {unitName} has not sent its {ReminderItemShort(item)} (due {Date(deadline)}, {Countdown(status)}).";

    public override string DigestTitle => "Units that have not sent their plan or report";
    public override string DigestSubtitle(DateOnly date, int planYear) => $"{planYear} plan for dân vận chính quyền · as of {Date(date)}";
    public override string DigestItemHeading(ReminderSubject item, DateOnly deadline) => $"**Units without a {ReminderItemShort(item)}** (due {Date(deadline)})";
    public override string DigestCounts(int sent, int total) => $"{Number(sent)}/{Number(total)} units have sent it; {Number(total - sent)} have not.";
    public override string DigestUnitStatus(int daysOverdue) => daysOverdue > 0 ? $"{Number(daysOverdue)} day(s) overdue" : "due today";
    public override string DigestMore(int more) => $"… and {Number(more)} more unit(s).";
    public override string DigestSummaryPrefix(DateOnly date) => $"As of {Date(date)}:";
    public override string DigestSummaryPart(ReminderSubject item, int missing) => $"{Number(missing)} unit(s) without a {ReminderItemShort(item)}";

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
