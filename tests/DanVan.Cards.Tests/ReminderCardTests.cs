using System.Text;
using DanVan.Cards.Json;
using DanVan.Cards.Reminders;
using DanVan.Cards.Text;
using DanVan.Domain.Repositories;
using static DanVan.Cards.Tests.ReminderTestData;

namespace DanVan.Cards.Tests;

public class ReminderCardTests
{
    private const string Unit = TestData.Unit;
    private static readonly Texts Vi = DanVan.Cards.Text.Texts.Vietnamese;

    private static Card Card(string stage, string unit = Unit, Texts? t = null) =>
        ReminderCards.Reminder(t ?? Vi, Stages(unit).Single(s => s.Name == stage).Message);

    private static List<string> Blocks(Card card) => [.. CardJson.TextBlocks(card)];

    private static List<(string Title, string Verb, string? Style)> Actions(Card card) =>
        [.. CardJson.OfType(card, "Action.").Select(a => ((string)a["title"]!, (string)a["verb"]!, (string?)a["style"]))];

    [Fact]
    public void A_week_ahead_the_unit_head_gets_a_gentle_notice()
    {
        var card = Card("plan-t-7");

        Assert.Equal(
        [
            "Nhắc hạn gửi kế hoạch",
            "Kính gửi Thủ trưởng Chi cục Kiểm lâm,",
            "Hạn gửi kế hoạch thực hiện công tác dân vận chính quyền năm 2024 của đơn vị về Văn phòng Sở là ngày 20/04/2024 (còn 7 ngày). Theo ghi nhận trên DanVan, đơn vị chưa gửi kế hoạch.",
            "Kính đề nghị đơn vị chủ động sắp xếp, hoàn thành và gửi đúng thời hạn.",
            "Nếu đơn vị đã gửi, xin vui lòng cập nhật qua nút “Cập nhật kế hoạch” bên dưới để DanVan ghi nhận và ngừng nhắc.",
        ], Blocks(card));
        Assert.Equal([("Đơn vị", "Chi cục Kiểm lâm"), ("Hạn gửi", "20/04/2024 — còn 7 ngày")], CardJson.Facts(card));
        Assert.Equal("Large", (string?)CardJson.Body(card)[0]!["size"]);
    }

    [Fact]
    public void Three_days_ahead_is_still_a_notice_with_the_days_left()
    {
        var texts = Blocks(Card("plan-t-3"));

        Assert.Equal("Nhắc hạn gửi kế hoạch", texts[0]);
        Assert.Equal("Hạn gửi kế hoạch thực hiện công tác dân vận chính quyền năm 2024 của đơn vị về Văn phòng Sở là ngày 20/04/2024 (còn 3 ngày). Theo ghi nhận trên DanVan, đơn vị chưa gửi kế hoạch.", texts[2]);
        Assert.Equal("Kính đề nghị đơn vị chủ động sắp xếp, hoàn thành và gửi đúng thời hạn.", texts[3]);
    }

    [Fact]
    public void On_the_eve_the_reminder_is_firmer()
    {
        var card = Card("plan-t-1");

        Assert.Equal("Sắp hết hạn gửi kế hoạch", Blocks(card)[0]);
        Assert.Equal("Warning", (string?)CardJson.Body(card)[0]!["color"]);
        Assert.Equal("Ngày mai (20/04/2024) là hạn chót gửi kế hoạch thực hiện công tác dân vận chính quyền năm 2024 của đơn vị về Văn phòng Sở, nhưng đơn vị vẫn chưa gửi kế hoạch.", Blocks(card)[2]);
        Assert.Equal("Đề nghị đơn vị khẩn trương hoàn thành và gửi kế hoạch chậm nhất trong ngày 20/04/2024.", Blocks(card)[3]);
    }

    [Fact]
    public void An_urgent_stage_moved_before_a_weekend_counts_the_real_days_left()
    {
        // t-1 of a Monday deadline goes out on the Friday before: three days left, still urgent.
        var m = Message(Unit, ReminderSubject.Report, new(2024, 10, 14), new(2024, 10, 11), -1);

        Assert.Equal("Chỉ còn 3 ngày nữa là đến hạn gửi báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2024 về Văn phòng Sở (14/10/2024), nhưng đơn vị vẫn chưa gửi báo cáo kết quả.",
            Blocks(ReminderCards.Reminder(Vi, m))[2]);
    }

    [Fact]
    public void On_the_day_itself_the_reminder_asks_for_it_today()
    {
        var texts = Blocks(Card("report-t0"));

        Assert.Equal("Hôm nay là hạn chót gửi báo cáo kết quả", texts[0]);
        Assert.Equal("Hôm nay (15/10/2024) là hạn chót gửi báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2024 về Văn phòng Sở, nhưng đơn vị vẫn chưa gửi báo cáo kết quả.", texts[2]);
        Assert.Equal("Đề nghị đơn vị khẩn trương hoàn thành và gửi báo cáo kết quả ngay trong ngày hôm nay.", texts[3]);
        Assert.Equal(("Hạn gửi", "15/10/2024 — hạn chót là hôm nay"), CardJson.Facts(Card("report-t0")).Last());
    }

    [Fact]
    public void Overdue_is_a_clear_request_that_stays_respectful()
    {
        var card = Card("plan-overdue");

        Assert.Equal("Quá hạn gửi kế hoạch", Blocks(card)[0]);
        Assert.Equal("Attention", (string?)CardJson.Body(card)[0]!["color"]);
        Assert.Equal("Hạn gửi kế hoạch thực hiện công tác dân vận chính quyền năm 2024 của đơn vị về Văn phòng Sở là ngày 20/04/2024. Đến nay đã quá hạn 3 ngày nhưng đơn vị vẫn chưa gửi kế hoạch.", Blocks(card)[2]);
        Assert.Equal("Đề nghị đơn vị khẩn trương gửi kế hoạch về Văn phòng Sở; trường hợp có khó khăn, vướng mắc, xin liên hệ Văn phòng Sở để được hỗ trợ.", Blocks(card)[3]);
        Assert.Equal(("Hạn gửi", "20/04/2024 — đã quá hạn 3 ngày"), CardJson.Facts(card).Last());
    }

    [Fact]
    public void The_report_reminder_names_the_report_and_opens_its_form()
    {
        var card = Card("report-overdue");

        Assert.Equal("Hạn gửi báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2024 về Văn phòng Sở là ngày 15/10/2024. Đến nay đã quá hạn 15 ngày nhưng đơn vị vẫn chưa gửi báo cáo kết quả.", Blocks(card)[2]);
        Assert.Equal([("Gửi báo cáo kết quả", "report.open", "positive"), ("Tình hình", "standing.show", null)], Actions(card));
    }

    [Theory]
    [InlineData("plan-t-7"), InlineData("plan-t-3"), InlineData("plan-t-1"), InlineData("plan-t0"), InlineData("plan-overdue")]
    public void Every_plan_reminder_opens_the_plan_form_and_the_standing(string stage) =>
        Assert.Equal([("Cập nhật kế hoạch", UnitPlanCards.OpenVerb, "positive"), ("Tình hình", Verbs.Standing, null)], Actions(Card(stage)));

    [Theory]
    [InlineData(-7, ReminderTone.Notice), InlineData(-3, ReminderTone.Notice), InlineData(-2, ReminderTone.Notice),
     InlineData(-1, ReminderTone.Urgent), InlineData(0, ReminderTone.Urgent), InlineData(3, ReminderTone.Overdue), InlineData(15, ReminderTone.Overdue)]
    public void The_tone_follows_the_stage(int offset, ReminderTone tone) => Assert.Equal(tone, ReminderTones.Of(offset));

    [Fact]
    public void The_summary_is_one_line_for_the_notification()
    {
        var m = Stages(Unit).Single(s => s.Name == "plan-overdue").Message;

        Assert.Equal("Nhắc hạn: Chi cục Kiểm lâm chưa gửi kế hoạch (hạn 20/04/2024, đã quá hạn 3 ngày).", ReminderCards.ReminderSummary(Vi, m));
    }

    [Fact]
    public void English_clients_get_the_same_reminder_in_english()
    {
        var card = Card("plan-t-7", t: DanVan.Cards.Text.Texts.English);

        Assert.Equal("The unit's 2024 plan for dân vận chính quyền is due at the department office on 20/04/2024 (7 day(s) left). DanVan has no record of it being sent.", Blocks(card)[2]);
        Assert.Equal([("Update the plan", "unit-plan.open", "positive"), ("Standing", "standing.show", null)], Actions(card));
    }

    [Fact]
    public void Only_items_with_a_form_are_reminded_about()
    {
        Assert.Equal(ReminderSubject.UnitPlan, ReminderSubjects.For(SubmissionItems.UnitPlan));
        Assert.Equal(ReminderSubject.Report, ReminderSubjects.For(SubmissionItems.Report));
        Assert.Null(ReminderSubjects.For(SubmissionItems.Training));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReminderCards.OpenVerb((ReminderSubject)99));
    }

    [Fact]
    public void The_digest_counts_and_lists_the_units_most_overdue_first()
    {
        var digest = new DigestMessage(new DateOnly(2024, 4, 26), 2024,
        [
            new DigestItem(ReminderSubject.UnitPlan, PlanDeadline,
                [new DigestUnit("Chi cục Thủy lợi", 6), new DigestUnit("Ban Quản lý rừng phòng hộ Dầu Tiếng", 6), new DigestUnit("Chi cục Kiểm lâm", 9)], 15),
            new DigestItem(ReminderSubject.Report, ReportDeadline, [], 15),
        ]);

        var card = ReminderCards.Digest(Vi, digest);

        Assert.Equal(
        [
            "Danh sách đơn vị chưa gửi kế hoạch, báo cáo",
            "Kế hoạch công tác dân vận chính quyền năm 2024 · tổng hợp ngày 26/04/2024",
            "**Đơn vị chưa gửi kế hoạch** (hạn 20/04/2024)",
            "12/15 đơn vị đã gửi; 3 đơn vị chưa gửi.",
            "**Đơn vị chưa gửi báo cáo kết quả** (hạn 15/10/2024)",
            "15/15 đơn vị đã gửi; 0 đơn vị chưa gửi.",
        ], Blocks(card));
        // Most overdue first; equal days in Vietnamese alphabetical order (B before C).
        Assert.Equal(
        [
            // "1." at the start of a fact title would be a Markdown list: escaped, it reads "1. Chi cục Kiểm lâm".
            ("1\\. Chi cục Kiểm lâm", "quá hạn 9 ngày"),
            ("2\\. Ban Quản lý rừng phòng hộ Dầu Tiếng", "quá hạn 6 ngày"),
            ("3\\. Chi cục Thủy lợi", "quá hạn 6 ngày"),
        ], CardJson.Facts(card));
        Assert.Empty(Actions(card));
        Assert.Equal("Tổng hợp ngày 26/04/2024: 3 đơn vị chưa gửi kế hoạch; 0 đơn vị chưa gửi báo cáo kết quả.", ReminderCards.DigestSummary(Vi, digest));
    }

    [Fact]
    public void On_the_deadline_day_the_digest_says_due_today() =>
        Assert.Equal("hạn chót hôm nay", Vi.DigestUnitStatus(0));

    [Fact]
    public void A_digest_of_100_units_shows_the_30_most_overdue_and_counts_the_rest()
    {
        var card = ReminderCards.Digest(Vi, Digest("Đơn vị", 100, 0, 100));
        var facts = CardJson.Facts(card).ToList();

        Assert.Equal(30, facts.Count);
        Assert.Equal(("1\\. Đơn vị 100", "quá hạn 100 ngày"), facts[0]);
        Assert.Equal(("30\\. Đơn vị 071", "quá hạn 71 ngày"), facts[29]);
        Assert.Contains("0/100 đơn vị đã gửi; 100 đơn vị chưa gửi.", Blocks(card));
        Assert.Contains("… và 70 đơn vị khác.", Blocks(card));
        Assert.DoesNotContain(Blocks(card), s => s.StartsWith("… và 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Exactly_the_cap_shows_every_unit_and_no_more_line()
    {
        var texts = Blocks(ReminderCards.Digest(Vi, Digest("Đơn vị", 30, 0, 40)));

        Assert.Equal(30, CardJson.Facts(ReminderCards.Digest(Vi, Digest("Đơn vị", 30, 0, 40))).Count());
        Assert.DoesNotContain(texts, s => s.StartsWith('…'));
        Assert.Contains("10/40 đơn vị đã gửi; 30 đơn vị chưa gửi.", texts);
    }

    [Fact]
    public void Reminders_and_the_100_unit_digest_stay_well_under_28_kb_for_very_long_names()
    {
        var longest = string.Concat(Enumerable.Repeat(TestData.Roster.Units.MaxBy(u => u.Name.Length)!.Name + " ", 5));

        foreach (var (name, card) in TestData.AllCards(longest).Where(c => c.Key.Contains("reminder") || c.Key.Contains("digest")))
        {
            var bytes = Encoding.UTF8.GetByteCount(card.ToString());
            Assert.True(bytes < 28 * 1024, $"{name} is {bytes} bytes");
        }
    }
}
