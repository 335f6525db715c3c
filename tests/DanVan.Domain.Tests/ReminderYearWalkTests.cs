using DanVan.Domain.Plans;
using DanVan.Domain.Reminders;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;
using static DanVan.Domain.Tests.ReminderTestData;

namespace DanVan.Domain.Tests;

/// <summary>
/// The 2024 plan walked on a fake clock from 01/01/2024 to 31/12/2026, every 10 minutes, with claims kept in a set
/// as the Pings table keeps them: every proactive message (unit pings and the office digest) is counted by day and
/// must fall on a working day of the open year, within office hours, once; none that is due may be missing.
/// </summary>
public class ReminderYearWalkTests
{
    private static readonly Plan Plan = TestData.Plan2024;
    private static readonly DateOnly First = new(2024, 1, 1), Last = new(2026, 12, 31);

    private sealed record Message(string Key, string Kind, string Subject, DateTimeOffset At)
    {
        public DateOnly Day => DateOnly.FromDateTime(DepartmentClock.ToLocal(At).DateTime);
        public TimeOnly Time => TimeOnly.FromDateTime(DepartmentClock.ToLocal(At).DateTime);
    }

    /// <summary>A never sends anything; B sends its plan late on 24/04 and never reports; C sends both on time.</summary>
    private static IReadOnlyList<UnitSubmissions> UnitsOn(DateOnly day)
    {
        var b = day >= new DateOnly(2024, 4, 24) ? PlanSent("B", new DateOnly(2024, 4, 24)) : Nothing("B");
        var c = day >= new DateOnly(2024, 4, 10) ? PlanSent("C", new DateOnly(2024, 4, 10)) : Nothing("C");
        if (day >= new DateOnly(2024, 10, 10)) c = ReportSent(c, new DateOnly(2024, 10, 10));
        return [Nothing("A"), b, c];
    }

    private static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(DepartmentClock.ToLocal(at).DateTime);

    /// <param name="up">Whether the bot is running at an instant (outages, restarts); the claims survive them.</param>
    private static List<Message> Walk(Func<DateTimeOffset, bool> up)
    {
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var sent = new List<Message>();
        var start = new DateTimeOffset(First.ToDateTime(TimeOnly.MinValue), Vietnam);
        var end = new DateTimeOffset(Last.ToDateTime(new TimeOnly(23, 59)), Vietnam);
        for (var now = start; now <= end; now = now.AddMinutes(10))
        {
            if (!up(now)) continue;
            var units = UnitsOn(DayOf(now));
            foreach (var p in ReminderPlanner.Due(Plan, now, units))
                if (claimed.Add($"{p.UnitId}|{p.Deadline.Id}|{p.Stage.Id}"))
                    sent.Add(new($"{p.UnitId}|{p.Deadline.Id}|{p.Stage.Id}", "ping", $"{p.UnitId}|{p.Deadline.Id}", now));
            var digests = ReminderPlanner.DigestDue(Plan, now, units);
            if (digests.Count > 0 && claimed.Add(digests[0].StageId))
                sent.Add(new(digests[0].StageId, "digest", "office", now));
        }
        return sent;
    }

    /// <summary>What must go out with the bot always up: each stage to each unit still missing its item that day, and
    /// a digest on every working day of the open year from the first deadline on while some unit lacks something.</summary>
    private static HashSet<string> Expected()
    {
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var schedule in ReminderSchedule.Of(Plan))
            foreach (var stage in schedule.Stages.Where(s => SendWindow.IsWorkingDay(Plan, s.Date)))
                foreach (var unit in UnitsOn(stage.Date).Where(u => ReminderItem.For(schedule.Deadline.Id)!.IsMissing(Plan, u, stage.Date)))
                    expected.Add($"{stage.Date:yyyy-MM-dd} {unit.UnitId}|{schedule.Deadline.Id}|{stage.Id}");
        for (var day = First; day <= Last; day = day.AddDays(1))
            if (SendWindow.IsWorkingDay(Plan, day) && Plan.Deadlines.Any(d => d.Date <= day
                    && UnitsOn(day).Any(u => ReminderItem.For(d.Id)!.IsMissing(Plan, u, day))))
                expected.Add($"{day:yyyy-MM-dd} {ReminderPlanner.DigestStage(day)}");
        return expected;
    }

    private static void AssertOnlyInOfficeHoursOnWorkingDaysOnce(List<Message> sent)
    {
        var byDay = sent.GroupBy(m => m.Day).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(sent, m =>
        {
            Assert.True(m.Time >= new TimeOnly(8, 0) && m.Time < new TimeOnly(17, 0), $"{m.Key} at {m.At:O}: outside office hours");
            Assert.False(Plan.Reminders.IsDayOff(m.Day), $"{m.Key} on {m.Day}: a day off");
            Assert.True(m.Day >= Plan.OpensOn && m.Day < Plan.ClosesOn, $"{m.Key} on {m.Day}: outside the open year");
        });
        Assert.Equal(0, byDay.Where(d => d.Key >= Plan.ClosesOn).Sum(d => d.Value));
        // Once: one message per subject (a unit's deadline, the office digest) a day, and each key once ever.
        Assert.Empty(sent.GroupBy(m => (m.Day, m.Subject)).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {g.Count()}"));
        Assert.Equal(sent.Count, sent.Select(m => m.Key).Distinct().Count());
    }

    [Fact]
    public void Always_up_every_due_message_goes_once_in_office_hours_and_nothing_after_the_close()
    {
        var sent = Walk(_ => true);

        AssertOnlyInOfficeHoursOnWorkingDaysOnce(sent);
        Assert.Equal(Expected().Order(), sent.Select(m => $"{m.Day:yyyy-MM-dd} {m.Key}").Order());
        // At the send time, not later: the bot was up.
        Assert.All(sent, m => Assert.Equal(new TimeOnly(8, 0), m.Time));
        // By day: the last message is the digest of Thursday 14/11/2024, the last open day.
        Assert.Equal((new DateOnly(2024, 11, 14), "digest"), (sent[^1].Day, sent[^1].Kind));
        Assert.Equal(new DateOnly(2024, 4, 12), sent[0].Day);
    }

    [Fact]
    public void With_outages_a_missed_day_is_dropped_and_a_late_start_still_sends_that_day()
    {
        // Down every Friday; every Monday down until 10:00 and restarted at 07:59 on Tuesdays and 08:01 on Wednesdays.
        static bool Up(DateTimeOffset at)
        {
            var local = DepartmentClock.ToLocal(at);
            var time = TimeOnly.FromDateTime(local.DateTime);
            return local.DayOfWeek switch
            {
                DayOfWeek.Friday => false,
                DayOfWeek.Monday => time >= new TimeOnly(10, 0),
                DayOfWeek.Tuesday => time < new TimeOnly(7, 0) || time >= new TimeOnly(7, 59),
                DayOfWeek.Wednesday => time < new TimeOnly(7, 0) || time >= new TimeOnly(8, 1),
                _ => true,
            };
        }

        var sent = Walk(Up);

        AssertOnlyInOfficeHoursOnWorkingDaysOnce(sent);
        var expected = Expected().Where(e => DateOnly.Parse(e[..10], System.Globalization.CultureInfo.InvariantCulture).DayOfWeek != DayOfWeek.Friday);
        Assert.Equal(expected.Order(), sent.Select(m => $"{m.Day:yyyy-MM-dd} {m.Key}").Order());
        Assert.DoesNotContain(sent, m => m.Day.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.All(sent.Where(m => m.Day.DayOfWeek == DayOfWeek.Monday), m => Assert.Equal(new TimeOnly(10, 0), m.Time));
        Assert.All(sent.Where(m => m.Day.DayOfWeek == DayOfWeek.Wednesday), m => Assert.Equal(new TimeOnly(8, 10), m.Time));
    }
}
