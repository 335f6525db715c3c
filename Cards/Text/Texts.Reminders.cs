using DanVan.Domain.Plans;

namespace DanVan.Cards.Text;

// Proactive reminders ("nhắc hạn") to unit heads and the daily digest to Văn phòng Sở and Lãnh đạo Sở.
// See Cards/ReminderCards.cs.
public abstract partial class Texts
{
    /// <summary>Card heading, by tone and by where the deadline stands.</summary>
    public abstract string ReminderTitle(Reminders.ReminderSubject item, Reminders.ReminderTone tone, DeadlineStatus status);
    public abstract string ReminderGreeting(string unitName);
    /// <summary>What is due, when, and that the unit has not sent it; then what is asked of the unit.</summary>
    public abstract string ReminderBody(Reminders.ReminderSubject item, int planYear, DateOnly deadline, Reminders.ReminderTone tone, DeadlineStatus status);
    public abstract string ReminderRequest(Reminders.ReminderSubject item, DateOnly deadline, Reminders.ReminderTone tone, DeadlineStatus status);
    public abstract string ReminderAlreadySent(string openButton);
    public abstract string ReminderUnitLabel { get; }
    public abstract string ReminderDeadlineLabel { get; }
    public abstract string ReminderOpenButton(Reminders.ReminderSubject item);
    /// <summary>One line for the chat notification and the activity text (a card alone shows as "sent a card").</summary>
    public abstract string ReminderSummary(string unitName, Reminders.ReminderSubject item, DateOnly deadline, DeadlineStatus status);

    // The digest.
    public abstract string DigestTitle { get; }
    public abstract string DigestSubtitle(DateOnly date, int planYear);
    public abstract string DigestItemHeading(Reminders.ReminderSubject item, DateOnly deadline);
    public abstract string DigestCounts(int sent, int total);
    public abstract string DigestUnitStatus(int daysOverdue);
    public abstract string DigestMore(int more);
    /// <summary>The digest's one line: "{prefix} {part}; {part}."</summary>
    public abstract string DigestSummaryPrefix(DateOnly date);
    public abstract string DigestSummaryPart(Reminders.ReminderSubject item, int missing);
}
