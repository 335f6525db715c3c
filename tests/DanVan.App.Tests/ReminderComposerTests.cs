using DanVan.App.Reminders;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Reminders;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.UnitPlans;

namespace DanVan.App.Tests;

/// <summary>The 2024 plan's reminders, from what the planner says is due to the cards the sender sends.</summary>
public class ReminderComposerTests
{
    private static readonly Unit[] Roster = [World.Cckl, World.Ttkn, World.Cctl, World.Closed];

    /// <summary>CCKL and CCTL have sent nothing; TTKN sent its plan on 10/04; the closed unit is never chased.</summary>
    private static IReadOnlyList<UnitSubmissions> Units() => ReminderPlanner.Units(
        Roster.Where(u => u.Active).Select(u => u.Id),
        [UnitSubmissions.Empty(World.Ttkn.Id).With(SubmissionItems.UnitPlan, new Versioned<UnitPlanReport>(
            new UnitPlanReport(true, "7/KH-TTKN", new DateOnly(2024, 4, 8), new DateOnly(2024, 4, 10), null, null), "etag",
            new Stamp("aad-ttkn", "Lê Văn Nông", DateTimeOffset.Parse("2024-04-10T02:00:00Z"))))]);

    private static DateTimeOffset Local(int month, int day, int hour = 8) => new(2024, month, day, hour, 0, 0, TimeSpan.FromHours(7));

    private static IReadOnlyList<ComposedPing> PingsAt(DateTimeOffset now, Texts? t = null) =>
        ReminderComposer.Pings(t ?? Texts.Vietnamese, World.Plan, ReminderPlanner.Due(World.Plan, now, Units()), Roster);

    private static List<string> Blocks(Card card) => [.. Objects(card.ToJson()).Where(o => (string?)o["type"] == "TextBlock").Select(o => (string)o["text"]!)];

    private static List<(string Title, string Verb)> Actions(Card card) =>
        [.. Objects(card.ToJson()).Where(o => ((string?)o["type"])?.StartsWith("Action.") == true).Select(o => ((string)o["title"]!, (string)o["verb"]!))];

    private static List<(string Title, string Value)> Facts(Card card) =>
        [.. Objects(card.ToJson()).Where(o => (string?)o["type"] == "FactSet").SelectMany(f => f["facts"]!.AsArray()).Select(f => ((string)f!["title"]!, (string)f["value"]!))];

    private static IEnumerable<System.Text.Json.Nodes.JsonObject> Objects(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => new[] { o }.Concat(o.SelectMany(p => Objects(p.Value))),
        System.Text.Json.Nodes.JsonArray a => a.SelectMany(Objects),
        _ => [],
    };

    [Fact]
    public void On_12_04_at_08_00_units_without_a_plan_get_a_gentle_t_minus_7_notice()
    {
        var pings = PingsAt(Local(4, 12));

        Assert.Equal(["CCKL t-7", "CCTL t-7"], pings.Select(p => $"{p.Ping.UnitId} {p.Ping.Stage.Id}"));
        var card = pings[0].Card;
        Assert.Equal(
        [
            "Nhắc hạn gửi kế hoạch",
            "Kính gửi Thủ trưởng Chi cục Kiểm lâm,",
            // T-7 (Saturday 13/04) goes out on Friday 12/04: eight days really left.
            "Hạn gửi kế hoạch thực hiện công tác dân vận chính quyền năm 2024 của đơn vị về Văn phòng Sở là ngày 20/04/2024 (còn 8 ngày). Theo ghi nhận trên DanVan, đơn vị chưa gửi kế hoạch.",
            "Kính đề nghị đơn vị chủ động sắp xếp, hoàn thành và gửi đúng thời hạn.",
            "Nếu đơn vị đã gửi, xin vui lòng cập nhật qua nút “Cập nhật kế hoạch” bên dưới để DanVan ghi nhận và ngừng nhắc.",
        ], Blocks(card));
        Assert.Equal([("Cập nhật kế hoạch", "unit-plan.open"), ("Tình hình", "standing.show")], Actions(card));
        Assert.Equal("Nhắc hạn: Chi cục Kiểm lâm chưa gửi kế hoạch (hạn 20/04/2024, còn 8 ngày).", pings[0].Summary);
        Assert.Equal("Kính gửi Thủ trưởng Chi cục Thủy lợi,", Blocks(pings[1].Card)[1]);
    }

    [Fact]
    public void On_19_04_the_deadline_reminder_is_urgent()
    {
        // The deadline is a Saturday: t0 goes out on Friday 19/04.
        var ping = PingsAt(Local(4, 19)).First();

        Assert.Equal("t0", ping.Ping.Stage.Id);
        Assert.Equal("Sắp hết hạn gửi kế hoạch", Blocks(ping.Card)[0]);
        Assert.Equal("Ngày mai (20/04/2024) là hạn chót gửi kế hoạch thực hiện công tác dân vận chính quyền năm 2024 của đơn vị về Văn phòng Sở, nhưng đơn vị vẫn chưa gửi kế hoạch.", Blocks(ping.Card)[2]);
        Assert.Equal("Đề nghị đơn vị khẩn trương hoàn thành và gửi kế hoạch chậm nhất trong ngày 20/04/2024.", Blocks(ping.Card)[3]);
    }

    [Fact]
    public void On_23_04_the_reminder_is_overdue_by_3_days()
    {
        var pings = PingsAt(Local(4, 23));

        Assert.Equal(["CCKL overdue-1", "CCTL overdue-1"], pings.Select(p => $"{p.Ping.UnitId} {p.Ping.Stage.Id}"));
        Assert.Equal("Quá hạn gửi kế hoạch", Blocks(pings[0].Card)[0]);
        Assert.Equal("Hạn gửi kế hoạch thực hiện công tác dân vận chính quyền năm 2024 của đơn vị về Văn phòng Sở là ngày 20/04/2024. Đến nay đã quá hạn 3 ngày nhưng đơn vị vẫn chưa gửi kế hoạch.", Blocks(pings[0].Card)[2]);
        Assert.Equal("Đề nghị đơn vị khẩn trương gửi kế hoạch về Văn phòng Sở; trường hợp có khó khăn, vướng mắc, xin liên hệ Văn phòng Sở để được hỗ trợ.", Blocks(pings[0].Card)[3]);
        Assert.Equal([("Đơn vị", "Chi cục Kiểm lâm"), ("Hạn gửi", "20/04/2024 — đã quá hạn 3 ngày")], Facts(pings[0].Card));
    }

    [Fact]
    public void The_results_report_reminder_opens_the_report_form()
    {
        var ping = PingsAt(Local(10, 8)).First(); // t-7 of 15/10 (a Tuesday)

        Assert.Equal("results-report t-7", $"{ping.Ping.Deadline.Id} {ping.Ping.Stage.Id}");
        Assert.Equal("Hạn gửi báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2024 về Văn phòng Sở là ngày 15/10/2024 (còn 7 ngày). Theo ghi nhận trên DanVan, đơn vị chưa gửi báo cáo kết quả.", Blocks(ping.Card)[2]);
        Assert.Equal([("Gửi báo cáo kết quả", "report.open"), ("Tình hình", "standing.show")], Actions(ping.Card));
    }

    [Fact]
    public void English_recipients_get_english()
    {
        var ping = PingsAt(Local(4, 23), Texts.English).First();

        Assert.Equal("The plan is overdue", Blocks(ping.Card)[0]);
        Assert.Equal([("Update the plan", "unit-plan.open"), ("Standing", "standing.show")], Actions(ping.Card));
    }

    [Fact]
    public void A_unit_missing_from_the_roster_is_named_by_its_id()
    {
        var due = ReminderPlanner.Due(World.Plan, Local(4, 12), [UnitSubmissions.Empty("NEW")]);

        Assert.Equal("Kính gửi Thủ trưởng NEW,", Blocks(ReminderComposer.Pings(Texts.Vietnamese, World.Plan, due, Roster).Single().Card)[1]);
    }

    [Fact]
    public void On_23_04_the_office_digest_lists_the_units_without_a_plan_with_counts()
    {
        var digests = ReminderPlanner.DigestDue(World.Plan, Local(4, 23), Units());

        var composed = ReminderComposer.Digest(Texts.Vietnamese, World.Plan, digests, Roster)!;

        Assert.Equal(
        [
            "Danh sách đơn vị chưa gửi kế hoạch, báo cáo",
            "Kế hoạch công tác dân vận chính quyền năm 2024 · tổng hợp ngày 23/04/2024",
            "**Đơn vị chưa gửi kế hoạch** (hạn 20/04/2024)",
            "1/3 đơn vị đã gửi; 2 đơn vị chưa gửi.",   // the closed unit is not counted
        ], Blocks(composed.Card));
        // "1." at a fact title's start would be a Markdown list: escaped, it reads "1. Chi cục Kiểm lâm".
        Assert.Equal([("1\\. Chi cục Kiểm lâm", "quá hạn 3 ngày"), ("2\\. Chi cục Thủy lợi", "quá hạn 3 ngày")], Facts(composed.Card));
        Assert.Empty(Actions(composed.Card));
        Assert.Equal("Tổng hợp ngày 23/04/2024: 2 đơn vị chưa gửi kế hoạch.", composed.Summary);
        Assert.Same(digests, composed.Digests);
    }

    [Fact]
    public void On_the_deadline_day_the_digest_says_due_today()
    {
        // 15/10/2024 is a Tuesday: the first report digest, with every unit still lacking it, plus the plan's.
        var composed = ReminderComposer.Digest(Texts.Vietnamese, World.Plan, ReminderPlanner.DigestDue(World.Plan, Local(10, 15), Units()), Roster)!;

        Assert.Contains("0/3 đơn vị đã gửi; 3 đơn vị chưa gửi.", Blocks(composed.Card));
        Assert.Contains(("1\\. Chi cục Kiểm lâm", "hạn chót hôm nay"), Facts(composed.Card));
        Assert.Contains(("1\\. Chi cục Kiểm lâm", "quá hạn 178 ngày"), Facts(composed.Card));
        Assert.Equal("Tổng hợp ngày 15/10/2024: 2 đơn vị chưa gửi kế hoạch; 3 đơn vị chưa gửi báo cáo kết quả.", composed.Summary);
    }

    [Fact]
    public void Nothing_due_composes_no_digest() =>
        Assert.Null(ReminderComposer.Digest(Texts.Vietnamese, World.Plan, ReminderPlanner.DigestDue(World.Plan, Local(4, 12), Units()), Roster));
}
