using DanVan.Domain.Plans;
using DanVan.Domain.Reminders;
using DanVan.Domain.Repositories;
using static DanVan.Domain.Tests.ReminderTestData;

namespace DanVan.Domain.Tests;

public class ReminderDigestTests
{
    private static readonly Plan Plan = TestData.Plan2024;

    private static string Digests(DateTimeOffset now, params UnitSubmissions[] units) =>
        string.Join("; ", ReminderPlanner.DigestDue(Plan, now, units).Select(d => $"{d.StageId} {d.Deadline.Id}: {string.Join(" ", d.UnitIds)}"));

    [Fact]
    public void Daily_on_working_days_from_the_saturday_deadline_on()
    {
        var units = new[] { Nothing("B"), PlanSent("A", new DateOnly(2024, 4, 12)), PlanIssuedNotSent("C") };
        var mornings = Enumerable.Range(0, 18).Select(d => Local(4, 15, 9).AddDays(d));

        var sent = mornings.Select(at => Digests(at, units)).Where(d => d != "");

        // Weekends and the 29/04–01/05 holidays are skipped; a working day's digest lists every unit still without its plan.
        Assert.Equal(
            new[] { "04-22", "04-23", "04-24", "04-25", "04-26", "05-02" }.Select(day => $"digest-2024-{day} unit-plan: B C"),
            sent);
    }

    [Fact]
    public void Stops_once_every_unit_has_sent_and_says_how_late_it_is()
    {
        var digest = ReminderPlanner.DigestDue(Plan, Local(4, 23), [Nothing("B")]).Single();

        Assert.Equal((new DeadlineStatus(DeadlineState.Overdue, 3), Local(4, 23)), (digest.Status, digest.SendAt));
        Assert.Equal("", Digests(Local(4, 23), PlanSent("B", new DateOnly(2024, 4, 22))));
    }

    [Fact]
    public void Starts_on_a_weekday_deadline_day_itself_with_the_units_not_yet_in()
    {
        var unit = PlanSent("A", new DateOnly(2024, 4, 19));

        Assert.Equal("", Digests(Local(10, 14, 9), unit));
        Assert.Equal("digest-2024-10-15 results-report: A", Digests(Local(10, 15, 9), unit));
        Assert.Equal(DeadlineState.DueToday, ReminderPlanner.DigestDue(Plan, Local(10, 15, 9), [unit]).Single().Status.State);
    }

    [Fact]
    public void Lists_each_overdue_item_separately()
    {
        Assert.Equal("digest-2024-10-16 unit-plan: A; digest-2024-10-16 results-report: A", Digests(Local(10, 16), Nothing("A")));
    }

    [Fact]
    public void Before_the_send_time_yesterdays_digest_is_dropped_and_todays_waits_for_it()
    {
        // A restart at 07:59 used to send Monday's digest (labelled Tuesday) and Tuesday's at 08:00: two in a minute.
        Assert.Equal("", Digests(Local(4, 23, 7, 59), Nothing("B")));
        Assert.Equal("", Digests(Local(4, 22, 7, 59), Nothing("B")));
        Assert.Equal("digest-2024-04-22 unit-plan: B", Digests(Local(4, 22, 8, 0), Nothing("B")));
    }

    [Fact]
    public void A_missed_digest_goes_later_the_same_day_in_office_hours_and_never_the_next_night()
    {
        Assert.Equal("digest-2024-04-26 unit-plan: B", Digests(Local(4, 26, 16, 59), Nothing("B")));
        Assert.Equal("", Digests(Local(4, 26, 17, 0), Nothing("B")));
        // Friday 26/04's digest, missed, is not sent at 01:45 on Saturday.
        Assert.Equal("", Digests(Local(4, 27, 1, 45), Nothing("B")));
    }

    [Fact]
    public void None_once_the_year_is_closed()
    {
        var plan = Plan with { ClosesOn = new DateOnly(2024, 4, 24) };

        Assert.Single(ReminderPlanner.DigestDue(plan, Local(4, 23), [Nothing("B")]));
        Assert.Empty(ReminderPlanner.DigestDue(plan, Local(4, 24), [Nothing("B")]));
        Assert.Empty(ReminderPlanner.DigestDue(Plan, new DateTimeOffset(2026, 12, 4, 8, 0, 0, Vietnam), [Nothing("B")]));
    }

    [Fact]
    public void None_on_holidays_and_the_first_working_day_after_gets_its_own()
    {
        // 29/04–01/05/2024 are days off; Friday 26/04's digest is stale by then.
        Assert.Equal("", Digests(Local(4, 29, 9), Nothing("B")));
        Assert.Equal("", Digests(Local(5, 1, 9), Nothing("B")));
        Assert.Equal("digest-2024-05-02 unit-plan: B", Digests(Local(5, 2, 8, 0), Nothing("B")));
    }

    [Fact]
    public void None_when_the_plan_turns_digests_off()
    {
        var plan = Plan with { Reminders = Plan.Reminders with { DigestFromDeadline = false } };

        Assert.Empty(ReminderPlanner.DigestDue(plan, Local(4, 23), [Nothing("B")]));
    }
}
