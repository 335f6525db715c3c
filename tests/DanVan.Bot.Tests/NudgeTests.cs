using System.Text.Json.Nodes;
using DanVan.App.Reminders;
using DanVan.Bot.Proactive;
using DanVan.Cards;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.UnitPlans;
using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bot.Tests;

/// <summary>
/// The office's nudge ("nhắc quá hạn": one deadline's overdue units, now) over real HTTP and Azurite. The department:
/// A sent its plan on time (its head Alex is never nudged); B and C are overdue with heads in DanVan; D has no head and
/// E's head never opened DanVan (both unreachable). Friday 10/05/2024 09:00 in Vietnam, no scheduled stage that day.
/// </summary>
public sealed class NudgeTests : BotTest
{
    private static readonly TeamsUser Office = new("29:office", "00000000-0000-0000-0000-000000000041", "Nguyễn Văn Phòng");
    private static readonly TeamsUser Leader = new("29:leader", "00000000-0000-0000-0000-000000000042", "Trần Lãnh Đạo");
    private static readonly TeamsUser Bob = new("29:bob", "00000000-0000-0000-0000-000000000051", "Bùi Văn Bình");
    private static readonly TeamsUser Cuong = new("29:cuong", "00000000-0000-0000-0000-000000000052", "Cao Văn Cường");
    private const string EveId = "00000000-0000-0000-0000-000000000053";

    private static DateTimeOffset Ict(int month, int day, int hour, int minute = 0) => new(2024, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    private readonly string _prefix = Azurite.NewTablePrefix();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Roster:SeedFile"] = "", ["Storage:TablePrefix"] = _prefix };

    private static Dictionary<string, string?> UnitPlan => new() { [NudgeCards.DeadlineField] = "unit-plan" };

    private async Task SetUpAsync()
    {
        await Bot.Storage.Roster.SeedAsync(new RosterSeed(false,
            [new("A", "Chi cục Kiểm lâm"), new("B", "Chi cục Thủy lợi"), new("C", "Phòng Kế hoạch - Tài chính"), new("D", "Đội kiểm tra"), new("E", "Trạm số 01")],
            [
                new Member(Office.AadObjectId, null, Office.Name, Role.Office, null),
                new Member(Leader.AadObjectId, null, Leader.Name, Role.Leader, null),
                new Member(TeamsUser.Alex.AadObjectId, null, TeamsUser.Alex.Name, Role.UnitHead, "A"),
                new Member(Bob.AadObjectId, null, Bob.Name, Role.UnitHead, "B"),
                new Member(Cuong.AadObjectId, null, Cuong.Name, Role.UnitHead, "C"),
                new Member(EveId, null, "Đỗ Thị Eve", Role.UnitHead, "E"),
            ]), default);
        await Bot.Storage.Submissions.SaveAsync(new SubmissionKey("2024", "A", SubmissionItems.UnitPlan),
            new UnitPlanReport(true, "01/KH-CCKL", new DateOnly(2024, 4, 10), new DateOnly(2024, 4, 15), null, null), null,
            new Stamp("aad:seed", "Người nhập", Ict(4, 15, 9)), default);
        foreach (var user in new[] { Office, Leader, TeamsUser.Alex, Bob, Cuong })
            Assert.Equal(200, (await Teams.SendAsync(Teams.InstallationUpdate(user))).Status);
        Connector.TakeAll(); // the welcome cards
        Bot.Clock.SetUtcNow(Ict(5, 10, 9));
    }

    private static ProactiveNudges NudgesOf(BotServer bot) => (ProactiveNudges)bot.Services.GetRequiredService<INudges>();

    /// <summary>Steps the hosts' fake clocks until the nudges they started have ended (the sender paces on them), then
    /// returns what reached the connector.</summary>
    private async Task<IReadOnlyList<JsonObject>> FinishAsync(params BotServer[] bots)
    {
        if (bots.Length == 0) bots = [Bot];
        for (var i = 0; i < 3000 && bots.Any(b => !NudgesOf(b).Current.IsCompleted); i++)
        {
            await Task.Delay(1);
            foreach (var b in bots) b.Clock.Advance(TimeSpan.FromMilliseconds(10));
        }
        foreach (var b in bots) await NudgesOf(b).Current;
        return Connector.TakeAll();
    }

    private static bool HasCard(JsonObject activity) => activity["attachments"] is JsonArray { Count: > 0 };

    private static string Conversation(JsonObject activity) => (string)activity["conversation"]!["id"]!;

    private static IReadOnlyList<string> PingedChats(IEnumerable<JsonObject> sent) =>
        [.. sent.Where(a => Text(a)?.StartsWith("Nhắc hạn:") == true).Select(Conversation).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task The_office_picks_a_deadline_sees_whom_and_nudges_exactly_the_overdue_units_heads_once_that_day()
    {
        await SetUpAsync();

        // The list: only the deadline with overdue units, with their count; a card, nothing sent.
        var menu = Assert.Single(await SayAsync(Office, "nhắc quá hạn"));
        var menuText = CardText(CardOf(menu));
        Assert.Contains("Gửi kế hoạch của đơn vị (hạn 20/04/2024): 4 đơn vị quá hạn", menuText);
        Assert.DoesNotContain("báo cáo kết quả", menuText);

        // Whom it will nudge: units and people, and the units no message can reach, listed apart. Nothing sent yet.
        var (confirm, none) = await ClickAsync(Office, NudgeCards.PreviewVerb, UnitPlan);
        Assert.Empty(none);
        var who = CardText(confirm);
        Assert.Contains("DanVan sẽ nhắc 2 đơn vị (2 người nhận)", who);
        Assert.Contains("Chi cục Thủy lợi\nBùi Văn Bình", who);
        Assert.Contains("Phòng Kế hoạch - Tài chính\nCao Văn Cường", who);
        Assert.Contains("Không nhắc được 2 đơn vị", who);
        Assert.Contains("Đội kiểm tra", who);
        Assert.Contains("Trạm số 01", who);
        Assert.DoesNotContain("Chi cục Kiểm lâm", who);
        Assert.Empty(Connector.TakeAll());

        // Confirmed: answered at once, the nudges and then the counts follow from the background.
        var (started, _) = await ClickAsync(Office, NudgeCards.SendVerb, UnitPlan);
        Assert.Contains("Đang nhắc 2 đơn vị quá hạn gửi kế hoạch (2 người nhận).", CardText(started));
        var sent = await FinishAsync();
        Assert.Equal(["a:personal-29:bob", "a:personal-29:cuong"], PingedChats(sent));
        Assert.StartsWith("Nhắc hạn: Chi cục Thủy lợi chưa gửi kế hoạch", Text(sent.Single(a => Conversation(a) == "a:personal-29:bob")));
        var report = Text(Assert.Single(sent, a => Conversation(a) == "a:personal-29:office"))!;
        Assert.StartsWith("Nhắc quá hạn gửi kế hoạch (hạn 20/04/2024): đã nhắc 2 đơn vị (2 người nhận); 0 đơn vị đã được nhắc hôm nay nên không nhắc lại; " +
            "0 đơn vị gửi lỗi; 2 đơn vị không nhắc được", report);
        Assert.Equal(3, sent.Count);

        // Who asked is stored with each nudge's claim.
        var claims = await Bot.Storage.Pings.ListStageAsync("2024", "unit-plan", "nudge-2024-05-10", default);
        Assert.Equal(["B", "C"], claims.Select(c => c.Key.UnitId).Order(StringComparer.Ordinal));
        Assert.All(claims, c => Assert.Contains("aad:" + Office.AadObjectId, c.Owner));
        Assert.All(claims, c => Assert.NotNull(c.SentAt));

        // The same day again (a repeated click, later): nothing sent, and it says so.
        Bot.Clock.SetUtcNow(Ict(5, 10, 15));
        var (again, _) = await ClickAsync(Office, NudgeCards.SendVerb, UnitPlan);
        Assert.Contains("đã nhắc 0 đơn vị (0 người nhận); 2 đơn vị đã được nhắc hôm nay nên không nhắc lại", CardText(again));
        Assert.Empty(await FinishAsync());
        var (previewAgain, _) = await ClickAsync(Office, NudgeCards.PreviewVerb, UnitPlan);
        Assert.Contains("Không còn đơn vị nào để nhắc hôm nay.", CardText(previewAgain));
        Assert.Contains("Đã được nhắc hôm nay, không nhắc lại: 2 đơn vị", CardText(previewAgain));
        Assert.DoesNotContain(NudgeCards.SendVerb, previewAgain.ToJsonString());

        // A restarted host (a new process on the same storage) knows it too.
        await using (var restarted = await BotServer.StartAsync(Settings, now: Ict(5, 10, 16)))
        {
            var (status, body) = await new TeamsChannel(restarted, Connector).SendAsync(Teams.CardAction(Office, NudgeCards.SendVerb, UnitPlan));
            Assert.Equal(200, status);
            Assert.Contains("đã nhắc 0 đơn vị (0 người nhận); 2 đơn vị đã được nhắc hôm nay nên không nhắc lại", CardText(body!["value"]));
            Assert.Empty(await FinishAsync(restarted));
        }

        // The next working day (Monday 13/05): allowed again.
        Bot.Clock.SetUtcNow(Ict(5, 13, 9));
        var (monday, _) = await ClickAsync(Office, NudgeCards.SendVerb, UnitPlan);
        Assert.Contains("Đang nhắc 2 đơn vị", CardText(monday));
        Assert.Equal(["a:personal-29:bob", "a:personal-29:cuong"], PingedChats(await FinishAsync()));
    }

    [Fact]
    public async Task Nhac_han_offers_the_office_the_nudge_of_each_overdue_deadline_and_the_leader_gets_no_offer()
    {
        await SetUpAsync();

        var replies = await SayAsync(Office, "nhắc hạn");

        // The scheduled reminders due now start as before (today's digests), then the nudge's list follows.
        Assert.Single(replies, a => Text(a) == "Đang gửi 2 tin nhắc hạn. DanVan sẽ báo kết quả tại đây khi gửi xong.");
        var offer = Assert.Single(replies.Where(HasCard).Select(a => CardText(CardOf(a))), c => c.StartsWith("Nhắc ngay các đơn vị quá hạn"));
        Assert.Contains("Gửi kế hoạch của đơn vị (hạn 20/04/2024): 4 đơn vị quá hạn", offer);
        var send = ((ProactiveReminderCommands)Bot.Services.GetRequiredService<IReminderCommands>()).Current;
        for (var i = 0; i < 3000 && !send.IsCompleted; i++) { await Task.Delay(1); Bot.Clock.Advance(TimeSpan.FromMilliseconds(10)); }
        await send;
        Assert.Empty(PingedChats(Connector.TakeAll()));   // a digest is no nudge: no unit head was messaged

        var leader = await SayAsync(Leader, "nhắc hạn");
        Assert.Equal(["Hiện không có nhắc hạn nào đến hạn."], leader.Select(Text));
        Assert.DoesNotContain(leader, HasCard);
    }

    private static LoopbackConnector.Answer Error(int status, string code) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = code } }.ToJsonString());

    [Fact]
    public async Task A_blocked_chat_and_a_failing_send_are_counted_as_such_and_the_failed_unit_can_be_nudged_again_later()
    {
        await SetUpAsync();
        var cuongFails = true;
        Connector.Respond = a => (string?)a["conversation"]?["id"] switch
        {
            "a:personal-29:bob" => Error(403, InactiveReasons.ConversationBlockedByUser),
            "a:personal-29:cuong" when cuongFails => Error(500, "ServiceError"),
            _ => null,
        };

        var (started, _) = await ClickAsync(Office, NudgeCards.SendVerb, UnitPlan);
        Assert.Contains("Đang nhắc 2 đơn vị", CardText(started));
        // The failing send retries with back-off on the host's clock: step it in larger strides.
        var send = NudgesOf(Bot).Current;
        for (var i = 0; i < 3000 && !send.IsCompleted; i++) { await Task.Delay(1); Bot.Clock.Advance(TimeSpan.FromMilliseconds(200)); }
        await send;
        var report = Text(Assert.Single(Connector.TakeAll(), a => Conversation(a) == "a:personal-29:office"))!;
        Assert.Contains("đã nhắc 0 đơn vị (0 người nhận); 0 đơn vị đã được nhắc hôm nay nên không nhắc lại; 1 đơn vị gửi lỗi; 3 đơn vị không nhắc được", report);
        Assert.Contains("Chi cục Thủy lợi", report);   // Bob blocked DanVan
        Assert.EndsWith("Có thể bấm nhắc lại sau ít phút: đơn vị đã nhận tin sẽ không bị nhắc lần nữa.", report);

        // Once the failed claim is stale, the failed unit is nudged; the blocked chat is skipped as unreachable.
        cuongFails = false;
        Bot.Clock.Advance(TimeSpan.FromMinutes(11));
        var (again, _) = await ClickAsync(Office, NudgeCards.SendVerb, UnitPlan);
        Assert.Contains("Đang nhắc 1 đơn vị", CardText(again));
        var sent = await FinishAsync();
        Assert.Equal(["a:personal-29:cuong"], PingedChats(sent));
        Assert.Contains("đã nhắc 1 đơn vị (1 người nhận)", Text(Assert.Single(sent, a => Conversation(a) == "a:personal-29:office")));
    }

    [Fact]
    public async Task Two_hosts_on_one_storage_confirming_at_once_send_each_nudge_once()
    {
        await SetUpAsync();
        await using var other = await BotServer.StartAsync(Settings, now: Ict(5, 10, 9));
        var otherTeams = new TeamsChannel(other, Connector);

        var clicks = await Task.WhenAll(
            Teams.SendAsync(Teams.CardAction(Office, NudgeCards.SendVerb, UnitPlan)),
            otherTeams.SendAsync(otherTeams.CardAction(Office, NudgeCards.SendVerb, UnitPlan)));
        Assert.All(clicks, c => Assert.Equal(200, c.Status));
        var sent = await FinishAsync(Bot, other);

        Assert.Equal(["a:personal-29:bob", "a:personal-29:cuong"], PingedChats(sent));
        // Each host answers truthfully: between them, each unit was nudged once and found nudged once.
        var answers = clicks.Select(c => CardText(c.Body!["value"])).Concat(sent.Where(a => Conversation(a) == "a:personal-29:office").Select(a => Text(a)!)).ToList();
        Assert.Equal(2, answers.Sum(a => Count(a, "đã nhắc 2 đơn vị") * 2 + Count(a, "đã nhắc 1 đơn vị")));
        Assert.Equal(2, answers.Sum(a => Count(a, "; 2 đơn vị đã được nhắc hôm nay") * 2 + Count(a, "; 1 đơn vị đã được nhắc hôm nay")));
        foreach (var table in other.Storage.Tables.All) await table.DeleteAsync();
    }

    private static int Count(string text, string part) => text.Contains(part, StringComparison.Ordinal) ? 1 : 0;

    [Fact]
    public async Task A_unit_head_a_leader_and_a_shared_chat_are_refused_and_nothing_is_sent()
    {
        await SetUpAsync();

        Assert.Equal(["Chức năng này chỉ dành cho Văn phòng Sở. Thao tác đã bị từ chối và được ghi vào nhật ký."],
            (await SayAsync(TeamsUser.Alex, "nhắc quá hạn")).Select(Text));
        var (headClick, _) = await ClickAsync(TeamsUser.Alex, NudgeCards.SendVerb, UnitPlan);
        Assert.Contains("chỉ dành cho Văn phòng Sở", CardText(headClick));
        Assert.Equal(["Chức năng này chỉ dành cho Văn phòng Sở. Thao tác đã bị từ chối và được ghi vào nhật ký."],
            (await SayAsync(Leader, "nhắc quá hạn")).Select(Text));
        var (leaderClick, _) = await ClickAsync(Leader, NudgeCards.SendVerb, UnitPlan);
        Assert.Contains("chỉ dành cho Văn phòng Sở", CardText(leaderClick));

        // The office itself, from a card in a team channel: a write is never made from a shared chat.
        var (status, body) = await Teams.SendAsync(TeamsChannel.InChannel(Teams.CardAction(Office, NudgeCards.SendVerb, UnitPlan)));
        Assert.Equal(200, status);
        Assert.StartsWith("Thao tác này chỉ thực hiện trong chat riêng với DanVan", (string?)body!["value"]);

        Assert.Empty(await FinishAsync());
        Assert.Empty(await Bot.Storage.Pings.ListStageAsync("2024", "unit-plan", "nudge-2024-05-10", default));
    }

    [Fact]
    public async Task A_closed_year_is_refused()
    {
        await SetUpAsync();
        Bot.Clock.SetUtcNow(Ict(11, 18, 9));   // Monday after the 2024 plan closed (15/11)

        Assert.Equal(["Kế hoạch năm 2024 đã khép lại ngày 15/11/2024: không nhắc hạn nữa. Chưa gửi tin nào."],
            (await SayAsync(Office, "nhắc quá hạn")).Select(Text));
        var (card, _) = await ClickAsync(Office, NudgeCards.SendVerb, UnitPlan);
        Assert.Contains("đã khép lại ngày 15/11/2024", CardText(card));
        Assert.Empty(await FinishAsync());
        Assert.Empty(await Bot.Storage.Pings.ListStageAsync("2024", "unit-plan", "nudge-2024-11-18", default));
    }

    [Theory]
    [InlineData(5, 10, 17, 30, "Có thể nhắc từ 08:00 thứ Hai, 13/05/2024.")]   // Friday after office hours
    [InlineData(5, 11, 10, 0, "Có thể nhắc từ 08:00 thứ Hai, 13/05/2024.")]    // Saturday
    [InlineData(5, 13, 7, 30, "Có thể nhắc từ 08:00 thứ Hai, 13/05/2024.")]    // Monday before 08:00
    [InlineData(9, 2, 10, 0, "Có thể nhắc từ 08:00 thứ Tư, 04/09/2024.")]     // Quốc khánh (02–03/09), holidays of the plan
    public async Task Outside_office_hours_nothing_is_sent_and_the_office_is_told_when_it_can_be(int month, int day, int hour, int minute, string when)
    {
        await SetUpAsync();
        Bot.Clock.SetUtcNow(Ict(month, day, hour, minute));

        var (card, _) = await ClickAsync(Office, NudgeCards.SendVerb, UnitPlan);

        Assert.Equal("Ngoài giờ gửi tin: DanVan chỉ nhắc trong giờ hành chính (08:00–17:00) các ngày làm việc. Chưa gửi tin nào. " + when,
            CardText(card).Split('\n')[0]);
        Assert.Empty(await FinishAsync());
        var typed = Text(Assert.Single(await SayAsync(Office, "nhắc quá hạn")))!;
        Assert.EndsWith(when, typed);
    }

    private static Dictionary<string, string?> ResultsReport => new() { [NudgeCards.DeadlineField] = "results-report" };

    /// <summary>The scheduled run at <paramref name="at"/>, its pacing stepped on the host's clock; returns the chats pinged.</summary>
    private async Task<IReadOnlyList<string>> ScheduledRunAsync(DateTimeOffset at)
    {
        var run = Bot.Services.GetRequiredService<ReminderRun>();
        var scheduled = run.RunOnceAsync(at, "schedule", default);
        for (var i = 0; i < 3000 && !scheduled.IsCompleted; i++) { await Task.Delay(1); Bot.Clock.Advance(TimeSpan.FromMilliseconds(10)); }
        await scheduled;
        return PingedChats(Connector.TakeAll());
    }

    [Fact]
    public async Task A_unit_pinged_by_the_schedule_that_morning_is_not_nudged_again_that_day()
    {
        await SetUpAsync();
        // Friday 18/10/2024 is the results report's overdue-1 stage: the 08:00 run pings A, B and C.
        Bot.Clock.SetUtcNow(Ict(10, 18, 8));
        Assert.Equal(["a:personal-29:alex", "a:personal-29:bob", "a:personal-29:cuong"], await ScheduledRunAsync(Ict(10, 18, 8)));

        Bot.Clock.SetUtcNow(Ict(10, 18, 10));
        var (card, _) = await ClickAsync(Office, NudgeCards.SendVerb, ResultsReport);

        Assert.Contains("đã nhắc 0 đơn vị (0 người nhận); 3 đơn vị đã được nhắc hôm nay nên không nhắc lại", CardText(card));
        Assert.Empty(await FinishAsync());
    }

    [Fact]
    public async Task A_nudge_before_the_schedules_run_takes_that_days_ping_so_the_unit_gets_one_message()
    {
        await SetUpAsync();
        Bot.Clock.SetUtcNow(Ict(10, 18, 8));

        var (card, _) = await ClickAsync(Office, NudgeCards.SendVerb, ResultsReport);
        Assert.Contains("Đang nhắc 3 đơn vị", CardText(card));
        Assert.Equal(["a:personal-29:alex", "a:personal-29:bob", "a:personal-29:cuong"], PingedChats(await FinishAsync()));

        Assert.Empty(await ScheduledRunAsync(Ict(10, 18, 8, 1)));
    }
}
