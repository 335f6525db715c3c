using DanVan.App.Routing;
using DanVan.Cards;
using DanVan.Cards.Reminders;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Progress;
using DanVan.Domain.Reminders;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;

namespace DanVan.App.Reminders;

/// <summary>
/// The office's "nhắc quá hạn": the deadlines with overdue units (each with the count), then whom a nudge about one
/// would reach, then — only on the confirmation's own button — the nudge. Every step first checks the year is open
/// and the send window (a working day, office hours) is: outside it nothing is sent and the office is told when it can
/// be done. Who may do it is the route table's business (the office only, in the personal chat).
/// </summary>
public sealed class NudgeService(Plan plan, INudges nudges, DepartmentClock clock, ProgressItems items)
{
    public async Task<Answer> MenuAsync(Request r, CancellationToken ct)
    {
        if (NotNow(r.T) is { } no) return Reply(r, no, attention: true);
        var choices = await nudges.ChoicesAsync(plan, ct);
        return Answer.Of(NudgeCards.Menu(r.T, plan.Year, [.. choices.Select(Option)]));
    }

    /// <summary>What "nhắc hạn" adds for the office: the list, when a nudge could go now and some deadline has
    /// overdue units; null otherwise (leaders, closed year, outside the window, nothing overdue).</summary>
    public async Task<Card?> OfferAsync(Request r, CancellationToken ct)
    {
        if (r.Who.Member.Role != Role.Office || NotNow(r.T) is not null) return null;
        var choices = await nudges.ChoicesAsync(plan, ct);
        return choices.Count == 0 ? null : NudgeCards.Menu(r.T, plan.Year, [.. choices.Select(Option)]);
    }

    public async Task<Answer> PreviewAsync(Request r, CancellationToken ct)
    {
        if (NotNow(r.T) is { } no) return Reply(r, no, attention: true);
        if (DeadlineOf(r) is not { } id || await nudges.PreviewAsync(plan, id, ct) is not { } preview) return Reply(r, r.T.NudgeUnknownDeadline, attention: true);
        return Answer.Of(NudgeCards.Confirm(r.T, new NudgeList(Option(new NudgeChoice(preview.Deadline,
                preview.Pings.Select(p => p.Unit).Distinct().Count() + preview.AlreadyToday.Count + preview.Unreachable.Count)),
            [.. preview.Pings.Select(p => (p.Unit, p.Person))], preview.AlreadyToday, preview.Unreachable)));
    }

    public async Task<Answer> SendAsync(Request r, CancellationToken ct)
    {
        if (NotNow(r.T) is { } no) return Reply(r, no, attention: true);
        if (DeadlineOf(r) is not { } id) return Reply(r, r.T.NudgeUnknownDeadline, attention: true);
        var start = await nudges.StartAsync(plan, id, new Stamp(r.Who.Member.Key, r.Who.Member.DisplayName, clock.UtcNow), ct);
        if (start.Deadline is not { } deadline) return Reply(r, r.T.NudgeUnknownDeadline, attention: true);
        var subject = Subject(items, deadline);
        return Reply(r, start switch
        {
            { AlreadyRunning: true } => r.T.NudgeAlreadyRunning(DepartmentClock.ToLocal(start.At)),
            { Done: { } c } => Done(r.T, items, deadline, c),
            _ => r.T.NudgeStarted(subject, start.Units, start.People),
        });
    }

    /// <summary>The counts as the office reads them (also what the background send reports when it ends).</summary>
    public static string Done(Texts t, ProgressItems items, Deadline deadline, NudgeCounts c) =>
        t.NudgeDone(Subject(items, deadline), deadline.Date, c.Sent, c.People, c.AlreadyToday, c.Failed, [.. c.Unreachable.Take(NudgeCards.MaxListed)], c.Unreachable.Count);

    /// <summary>Why nothing may be sent now (closed year, outside the send window), or null.</summary>
    private string? NotNow(Texts t)
    {
        if (plan.PhaseOn(clock.Today) == YearPhase.Closed) return t.NudgeYearClosed(plan.Year, plan.ClosesOn);
        var now = clock.UtcNow;
        if (Nudge.MayGo(plan, now)) return null;
        var opens = plan.Reminders.SendAt > plan.OfficeHours.Start ? plan.Reminders.SendAt : plan.OfficeHours.Start;
        return t.NudgeOutsideHours(opens, plan.OfficeHours.End, SendWindow.NextOpening(plan, now) is { } next ? DepartmentClock.ToLocal(next) : null);
    }

    /// <summary>Typed: a chat message; clicked: the card the clicked one turns into.</summary>
    private static Answer Reply(Request r, string text, bool attention = false) =>
        r.Text is null ? Answer.Of(NudgeCards.Notice(r.T, text, attention)) : Answer.Say(text);

    private static string? DeadlineOf(Request r) => r.Data.GetValueOrDefault(NudgeCards.DeadlineField) is { Length: > 0 and <= 100 } id ? id : null;

    private NudgeOption Option(NudgeChoice c) => new(c.Deadline.Id, Subject(items, c.Deadline), c.Deadline.ShortTitle, c.Deadline.Date, c.Units);

    // The reminder card's wording of the form that chases the deadline, as the scheduled pings word it.
    private static ReminderSubject Subject(ProgressItems items, Deadline d) =>
        items.Reminder(d.Id) is { } item && ReminderSubjects.For(item.Wording) is { } s ? s : throw new ArgumentException($"No reminder for deadline {d.Id}.", nameof(d));
}
