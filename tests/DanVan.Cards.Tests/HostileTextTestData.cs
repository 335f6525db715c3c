using DanVan.Cards.Json;
using DanVan.Cards.Reminders;
using DanVan.Cards.Summary;
using DanVan.Cards.Text;
using DanVan.Domain.Department;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Standing;

namespace DanVan.Cards.Tests;

/// <summary>
/// Cards showing text a user typed (or a card's data carried) that looks like Markdown: each must reach Microsoft's
/// parser as valid and, read as Teams reads it, show the text literally — no live link, no list, no bold.
/// </summary>
public static class HostileTextTestData
{
    public const string Link = "[Xác nhận](https://evil.example/a)";
    public const string Formatting = "**Đậm** _nghiêng_ ~~gạch~~ `mã` <b>thẻ</b> &amp; \\ \\[";
    public const string ListStart = "1. Mục một\n- gạch đầu dòng\n# tiêu đề\n> trích dẫn\n+ cộng";
    public const string BareUrl = "Xem https://evil.example/dang-nhap ngay";
    public static readonly string[] All = [Link, Formatting, ListStart, BareUrl];

    private static readonly Stamp At = new("aad:x", "*Kẻ* " + Link, DateTimeOffset.Parse("2024-05-10T02:00:00Z"));

    public static void AddCards(Dictionary<string, Card> cards, string lang, Texts t, string unit)
    {
        var unitName = "- " + Link;
        var model = ModelTestData.Forest with { Name = Link, Description = ListStart, Results = Formatting + " " + BareUrl };
        cards[$"{lang}/hostile/roster-log"] = RosterCards.Log(t,
        [
            new UnitChanged(At, new Unit("U001", Formatting), new Unit("U001", unitName)),
            new MemberChanged(At, null, new Member(null, "a_b_c@example.com", ListStart, Role.Leader, null)),
        ], 1, false, local => local.ToOffset(TimeSpan.FromHours(7)));
        cards[$"{lang}/hostile/roster-refusals"] = RosterCards.Refusals(t,
        [
            new RefusalGroup(new AccessRefused(At, "training.submit", nameof(Refusal.OtherUnit), Link), 3, At.At.AddHours(-1)),
            new RefusalGroup(new AccessRefused(At, Link, "Unknown " + Formatting, BareUrl), 1, At.At),
        ], 1, false, local => local.ToOffset(TimeSpan.FromHours(7)));
        cards[$"{lang}/hostile/roster-unit"] = RosterCards.UnitDetail(t,
            new RosterUnitRow(new Unit("U001", unitName), [new Member(null, "a_b@example.com", Link, Role.UnitHead, "U001")]), true, RosterForm.Empty,
            new RosterNotice(t.UnitAdded(unitName)));
        cards[$"{lang}/hostile/model-receipt"] = ModelTestData.Receipt(t, model, unitName);
        cards[$"{lang}/hostile/model-list"] = ModelCards.List(t, unitName, [(ModelTestData.Id, model)], Domain.Models.ModelStanding.Of([model], TestData.Plan.Models));
        cards[$"{lang}/hostile/unit-plan-receipt"] = UnitPlanTestData.Receipt(t,
            UnitPlanTestData.OnTime with { Note = ListStart + "\n" + Link, Link = "https://snnptnt.tayninh.gov.vn/a_(b)*c" }, unitName);
        cards[$"{lang}/hostile/history"] = HistoryCard.Build(t, unitName, [new HistoryRow(t.ModelsTitle, At.UserName, "09:00 10/05/2024", Formatting + " → " + Link)]);
        cards[$"{lang}/hostile/standing"] = StandingTestData.Standing(t, unitName, StandingTestData.Lines(t, null, null, null, new DateOnly(2024, 5, 10)),
            new Rank(1, 15, 0m), new DateOnly(2024, 5, 10));
        cards[$"{lang}/hostile/summary"] = SummaryCard.Build(t, TestData.Plan,
            DepartmentSummary.Of(TestData.Plan, [new Unit("U001", unitName), new Unit("U002", Link)], [], new DateOnly(2024, 10, 20)), 1, "09:00 20/10/2024");
        cards[$"{lang}/hostile/digest"] = ReminderCards.Digest(t, new DigestMessage(new DateOnly(2024, 10, 30), 2024,
            [new DigestItem(ReminderSubject.UnitPlan, new DateOnly(2024, 4, 20), [new DigestUnit(Link, 3), new DigestUnit(unitName, 1)], 15)]));
        cards[$"{lang}/hostile/welcome"] = WelcomeCard.Build(t, TestData.Plan, At.UserName, unitName);
        cards[$"{lang}/hostile/message"] = MessageCard.Build(t.HeadRemoved(Link, unitName), TextStyle.Attention);
    }
}
