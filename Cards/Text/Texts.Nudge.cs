using DanVan.Cards.Reminders;

namespace DanVan.Cards.Text;

// The office's nudge: "nhắc quá hạn" (one deadline's overdue units, now).
public abstract partial class Texts
{
    public abstract string NudgeMenuTitle(int planYear);
    public abstract string NudgeMenuHint { get; }
    public abstract string NudgeNoneOverdue { get; }
    public abstract string NudgeOptionButton(string deadlineTitle, DateOnly deadline, int units);
    public abstract string NudgeConfirmTitle(ReminderSubject item, DateOnly deadline);
    public abstract string NudgeConfirmWho(int units, int people);
    public abstract string NudgeNobodyLeft { get; }
    public abstract string NudgeMore(int more);
    /// <param name="names">Up to <see cref="NudgeCards.MaxListed"/> names of <paramref name="total"/>.</param>
    public abstract string NudgeAlreadyToday(IReadOnlyList<string> names, int total);
    public abstract string NudgeUnreachable(IReadOnlyList<string> names, int total);
    public abstract string NudgeConfirmHint { get; }
    public abstract string NudgeSendButton { get; }
    public abstract string NudgeBackButton { get; }
    public abstract string NudgeStarted(ReminderSubject item, int units, int people);
    public abstract string NudgeAlreadyRunning(DateTimeOffset localSince);
    /// <summary>The counts, in units: nudged now (and the people reached), already reminded today, failed, unreachable.</summary>
    public abstract string NudgeDone(ReminderSubject item, DateOnly deadline, int sent, int people, int alreadyToday, int failed,
        IReadOnlyList<string> unreachable, int unreachableTotal);
    public abstract string NudgeStopped { get; }
    public abstract string NudgeUnknownDeadline { get; }
    /// <summary>Outside the send window: nothing sent; when it may be done next (null: not before the year closes).</summary>
    public abstract string NudgeOutsideHours(TimeOnly start, TimeOnly end, DateTimeOffset? localNext);
    public abstract string NudgeYearClosed(int planYear, DateOnly closedOn);
}
