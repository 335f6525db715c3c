namespace DanVan.Cards.Text;

// The office's chat commands "nhắc hạn thử" (preview) and "nhắc hạn" (send now).
public abstract partial class Texts
{
    /// <summary>The reminder commands are for Văn phòng Sở and Lãnh đạo Sở only.</summary>
    public abstract string OfficeAndLeadersOnly { get; }
    public abstract string RemindersNoneDue { get; }
    /// <summary>"At {local}: would remind {part}; {part}; {digests} digests."</summary>
    public abstract string RemindersPreview(DateTimeOffset local, IReadOnlyList<(Reminders.ReminderSubject Item, int Units, int Recipients)> parts, int digests);
    /// <summary>The preview's second part: who each deadline's pings would reach, and the units no ping can reach.</summary>
    public abstract string RemindersPreviewWho(IReadOnlyList<(Reminders.ReminderSubject Item, IReadOnlyList<(string Unit, string Person)> Pings)> parts,
        IReadOnlyList<string> unreachable);
    /// <summary>"nhắc hạn" answered at once; the counts (<see cref="RemindersSent"/>) follow when the send ends.</summary>
    public abstract string RemindersStarted(int due);
    public abstract string RemindersAlreadyRunning(DateTimeOffset localSince);
    public abstract string RemindersSent(int sent, int blocked, int failed, int alreadySent);
    public abstract string RemindersSendStopped { get; }
}
