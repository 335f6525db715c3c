using DanVan.Cards.Json;
using DanVan.Cards.Reminders;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Reminders;
using DanVan.Domain.Roster;

namespace DanVan.App.Reminders;

/// <summary>A ping ready to send: the card and a one-line text for the notification.</summary>
public sealed record ComposedPing(DuePing Ping, Card Card, string Summary);

/// <summary>A digest ready to send to every office and leader member.</summary>
public sealed record ComposedDigest(IReadOnlyList<DueDigest> Digests, Card Card, string Summary);

/// <summary>
/// Turns what <see cref="ReminderPlanner"/> says is due into the messages to send, so the sender only claims,
/// sends and records. Plain functions of their inputs; the language is the recipient's (<see cref="Language"/>).
/// </summary>
public static class ReminderComposer
{
    /// <param name="units">The roster's units, for names; a unit missing from it is named by its id.</param>
    public static ComposedPing Ping(Texts t, Plan plan, DuePing ping, IEnumerable<Unit> units) =>
        Ping(t, plan, ping, Names(units));

    public static ComposedPing Ping(Texts t, Plan plan, DuePing ping, IReadOnlyDictionary<string, string> unitNames)
    {
        var message = new ReminderMessage(Name(unitNames, ping.UnitId), Subject(ping.Item), plan.Year, ping.Deadline.Date, ping.Status,
            ReminderTones.Of(ping.Stage.Offset));
        return new ComposedPing(ping, ReminderCards.Reminder(t, message), ReminderCards.ReminderSummary(t, message));
    }

    public static IReadOnlyList<ComposedPing> Pings(Texts t, Plan plan, IEnumerable<DuePing> due, IEnumerable<Unit> units)
    {
        var names = Names(units);
        return [.. due.Select(p => Ping(t, plan, p, names))];
    }

    /// <summary>
    /// One card for the digests due at one time (one per deadline, as <see cref="ReminderPlanner.DigestDue"/> gives
    /// them), or null when none is due. <paramref name="units"/> are the roster's units: the active ones are the total
    /// each count is out of ("12/15 đơn vị đã gửi"), which is the same set the planner was given.
    /// </summary>
    public static ComposedDigest? Digest(Texts t, Plan plan, IReadOnlyList<DueDigest> digests, IEnumerable<Unit> units)
    {
        if (digests.Count == 0) return null;
        var roster = units.ToList();
        var names = Names(roster);
        var total = roster.Where(u => u.Active).Select(u => u.Id).Distinct().Count();
        var message = new DigestMessage(AsOf(digests[0]), plan.Year, [.. digests.Select(d => new DigestItem(Subject(d.Item), d.Deadline.Date,
            [.. d.UnitIds.Select(id => new DigestUnit(Name(names, id), DaysOverdue(d.Status)))], Math.Max(total, d.UnitIds.Count)))]);
        return new ComposedDigest(digests, ReminderCards.Digest(t, message), ReminderCards.DigestSummary(t, message));
    }

    /// <summary>The department date the planner judged the digest on (its statuses are as of that day).</summary>
    public static DateOnly AsOf(DueDigest d) => d.Status.State switch
    {
        DeadlineState.Overdue => d.Deadline.Date.AddDays(d.Status.Days),
        DeadlineState.Pending => d.Deadline.Date.AddDays(-d.Status.Days),
        _ => d.Deadline.Date,
    };

    private static ReminderSubject Subject(ReminderItem item) =>
        ReminderSubjects.For(item.Wording) ?? throw new ArgumentException($"No reminder card for {item}.", nameof(item));

    private static int DaysOverdue(DeadlineStatus s) => s.State == DeadlineState.Overdue ? s.Days : 0;

    /// <summary>Unit names by id, for <see cref="Ping(Texts, Plan, DuePing, IReadOnlyDictionary{string, string})"/>.</summary>
    public static Dictionary<string, string> Names(IEnumerable<Unit> units)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var u in units) names.TryAdd(u.Id, u.Name);
        return names;
    }

    private static string Name(IReadOnlyDictionary<string, string> names, string unitId) => names.GetValueOrDefault(unitId) ?? unitId;
}
