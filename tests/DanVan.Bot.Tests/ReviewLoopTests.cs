using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using DanVan.App.Reviews;
using DanVan.Domain.Repositories;
using DanVan.Domain.Reviews;
using DanVan.Domain.UnitPlans;
using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Bot.Tests.OfficeDepartment;

namespace DanVan.Bot.Tests;

/// <summary>
/// Văn phòng Sở's review loop over HTTP with the real host, Azurite and the loopback connector: "cần tiếp nhận", a
/// unit's plan returned with a comment, the unit head's proactive card, the plan sent again (waiting again), then
/// accepted; the standing, the summary and the export at each step; who may review and where; stale reviews.
/// </summary>
public sealed class ReviewLoopTests : BotTest
{
    protected override IDictionary<string, string?>? Settings => OfficeDepartment.Settings;

    private static readonly SubmissionKey PlanA = new("2024", "A", SubmissionItems.UnitPlan);
    private static readonly SubmissionKey ReviewA = new("2024", "A", ReviewItems.KeyOf(SubmissionItems.UnitPlan));

    private const string HeadChat = "a:personal-29:head";

    private async Task SetUpAsync()
    {
        await SeedAsync(Bot);
        // The unit head has a personal chat with DanVan: the return notice can reach it.
        Assert.Equal(200, (await Teams.SendAsync(Teams.InstallationUpdate(Head))).Status);
        Connector.TakeAll();
    }

    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "Action.Execute" => [o],
        JsonObject o => o.Select(kv => kv.Value).SelectMany(Actions),
        JsonArray a => a.SelectMany(Actions),
        _ => [],
    };

    private static Dictionary<string, string?> DataOf(JsonObject action) =>
        action["data"]?.AsObject().ToDictionary(kv => kv.Key, kv => (string?)kv.Value) ?? [];

    /// <summary>The button <paramref name="verb"/> for unit <paramref name="unit"/>'s plan.</summary>
    private static JsonObject ActionOf(JsonNode card, string verb, string unit) =>
        Actions(card).First(a => (string?)a["verb"] == verb && (string?)a["data"]?["unit"] == unit && (string?)a["data"]?["item"] == SubmissionItems.UnitPlan);

    /// <summary>The office opens unit A's plan from "cần tiếp nhận" and returns the review card.</summary>
    private async Task<JsonObject> OpenReviewAsync()
    {
        var queue = CardOf(Assert.Single(await SayAsync(Office, "cần tiếp nhận")))!;
        var (card, _) = await ClickAsync(Office, "review.show", DataOf(ActionOf(queue, "review.show", "A")));
        return card;
    }

    private static Dictionary<string, string?> Decide(JsonObject reviewCard, string verb, string? comment = null, string? fields = null)
    {
        var data = DataOf(ActionOf(reviewCard, verb, "A"));
        data["reviewComment"] = comment;
        data["reviewFields"] = fields;
        return data;
    }

    private ReviewNotifierProbe Notifier => new(Bot.Services.GetRequiredService<IReviewNotifier>());

    /// <summary>Steps the fake clock until the notices started in the background are sent (the sender paces on it).</summary>
    private async Task<IReadOnlyList<JsonObject>> NoticesAsync()
    {
        var sending = Notifier.Sending;
        for (var i = 0; i < 3000 && !sending.IsCompleted; i++)
        {
            await Task.Delay(1);
            Bot.Clock.Advance(TimeSpan.FromMilliseconds(10));
        }
        await sending;
        return Connector.TakeAll();
    }

    private async Task<string> StandingTextAsync() => CardText(CardOf(Assert.Single(await SayAsync(Head, "tình hình"))));

    private async Task<string> SummaryTextAsync() => CardText(CardOf(Assert.Single(await SayAsync(Office, "tổng hợp"))));

    private async Task<string> CsvAsync()
    {
        var card = CardOf(Assert.Single(await SayAsync(Office, "xuất báo cáo")))!;
        var url = card["body"]!.AsArray().Where(e => (string?)e!["type"] == "ActionSet")
            .SelectMany(e => e!["actions"]!.AsArray()).Single(a => (string)a!["title"]! == "Tải tệp CSV")!["url"]!.ToString();
        var body = await Bot.Http.GetByteArrayAsync(url);
        return Encoding.UTF8.GetString(body);
    }

    private static string CsvRow(string csv, string unitName) => csv.Split("\r\n").Single(l => l.Contains(unitName, StringComparison.Ordinal));

    private async Task<int> ReviewRowsAsync(string unit = "A")
    {
        var n = 0;
        await foreach (var _ in Bot.Storage.Tables.UnitData.QueryAsync<TableEntity>(e => e.PartitionKey == "2024|" + unit
            && e.RowKey.CompareTo("sub|review|") >= 0 && e.RowKey.CompareTo("sub|review}") < 0)) n++;
        return n;
    }

    [Fact]
    public async Task Return_reaches_the_unit_head_then_the_plan_sent_again_waits_and_is_accepted()
    {
        await SetUpAsync();
        Assert.Contains("Chờ tiếp nhận", await StandingTextAsync());

        // The queue: every waiting submission, with buttons to view and to accept.
        var queue = CardOf(Assert.Single(await SayAsync(Office, "can tiep nhan")))!;
        var queueText = CardText(queue);
        Assert.Contains("Cần tiếp nhận", queueText);
        Assert.Contains("Chi cục Kiểm lâm", queueText);
        Assert.Contains("Phòng Kế hoạch - Tài chính", queueText);
        Assert.DoesNotContain("Đội kiểm tra", queueText); // sent nothing
        Assert.Contains(Actions(queue), a => (string?)a["verb"] == "review.accept");

        var review = await OpenReviewAsync();
        var reviewText = CardText(review);
        Assert.Contains("01/KH-CCKL", reviewText);
        Assert.Contains("Số kế hoạch", reviewText); // the fields a return may name

        // Returned without a comment: refused, nothing stored.
        var (refused, none) = await ClickAsync(Office, "review.return", Decide(review, "review.return", comment: "  "));
        Assert.Contains("Hãy ghi rõ nội dung đơn vị cần bổ sung", CardText(refused));
        Assert.Contains("Chưa lưu", CardText(refused));
        Assert.Empty(none);
        Assert.Equal(0, await ReviewRowsAsync());

        // Returned with a comment naming two fields: stored with its audit row, the unit head is told.
        const string Comment = "Thiếu ngày gửi; **ghi** rõ số <b>kế hoạch</b>";
        var (returned, replies) = await ClickAsync(Office, "review.return", Decide(review, "review.return", Comment, "planNumber,sentOn"));
        Assert.Contains("Đã trả lại", CardText(returned));
        // The notice to the unit head is sent in the background: it may already be among what the connector got.
        var early = replies.Where(r => (string?)r["conversation"]!["id"] == HeadChat).ToList();
        Assert.Contains("thủ trưởng", Text(Assert.Single(replies.Except(early))));
        var stored = await Bot.Storage.Submissions.GetAsync<ItemReview>(ReviewA, default);
        Assert.Equal((ReviewDecision.Returned, Comment), (stored!.Value.Decision, stored.Value.Comment));
        Assert.Equal([UnitPlanFields.Number, UnitPlanFields.SentOn], stored.Value.Fields);
        Assert.Equal(Office.Name, stored.Stamp.UserName);
        Assert.Contains((await Bot.Storage.Submissions.HistoryAsync("2024", "A", 5, default)), e => e.Item == ReviewA.Item && e.Before is null);

        var notice = Assert.Single([.. early, .. await NoticesAsync()]);
        Assert.Equal(HeadChat, (string)notice["conversation"]!["id"]!);
        var noticeCard = CardOf(notice)!;
        Assert.Contains("ghi", CardText(noticeCard));
        Assert.Contains(@"\*\*ghi\*\*", CardText(noticeCard)); // Markdown escaped: shown as typed, not bold
        Assert.Contains("Số kế hoạch", CardText(noticeCard));
        Assert.Contains(Actions(noticeCard), a => (string?)a["verb"] == "unit-plan.open");

        // Returned: not done for target 2, in the standing, the summary and the export.
        var standing = await StandingTextAsync();
        Assert.Contains("Bị trả lại ngày 20/10/2024", standing);
        Assert.Contains("Thiếu ngày gửi", standing);
        Assert.Contains("Bị trả lại", await SummaryTextAsync());
        Assert.Contains("Bị trả lại ngày 20/10/2024: Thiếu ngày gửi", CsvRow(await CsvAsync(), "Chi cục Kiểm lâm"));
        // The unit's history shows the review.
        Assert.Contains("Trả lại", CardText(CardOf(Assert.Single(await SayAsync(Head, "lịch sử")))));
        // A second click on the same button is not a second notice.
        await ClickAsync(Office, "review.return", Decide(review, "review.return", Comment, "planNumber,sentOn"));
        Assert.Empty(await NoticesAsync());

        // The unit sends its plan again: waiting for review again.
        var current = await Bot.Storage.Submissions.GetAsync<UnitPlanReport>(PlanA, default);
        var (_, _) = await ClickAsync(Head, "unit-plan.submit", new Dictionary<string, string?>
        {
            ["issued"] = "true", ["planNumber"] = "01/KH-CCKL", ["issuedOn"] = "2024-04-10", ["sentOn"] = "2024-04-15",
            ["link"] = "", ["note"] = "Bổ sung theo yêu cầu", ["baseVersion"] = current!.Version,
        });
        Assert.Contains("Chờ tiếp nhận", await StandingTextAsync());
        Assert.Contains("Chờ tiếp nhận", CsvRow(await CsvAsync(), "Chi cục Kiểm lâm"));

        // The review card opened before the unit sent it again is stale: refused, nothing changed.
        var (stale, _) = await ClickAsync(Office, "review.accept", Decide(review, "review.accept"));
        Assert.Contains("Đơn vị đã gửi lại", CardText(stale));
        Assert.Equal(ReviewDecision.Returned, (await Bot.Storage.Submissions.GetAsync<ItemReview>(ReviewA, default))!.Value.Decision);

        // Accepted from the fresh card.
        var fresh = await OpenReviewAsync();
        var (accepted, _) = await ClickAsync(Office, "review.accept", Decide(fresh, "review.accept"));
        Assert.Contains("Đã tiếp nhận", CardText(accepted));
        Assert.Contains("Đã tiếp nhận ngày 20/10/2024", await StandingTextAsync());
        Assert.Contains("Đã tiếp nhận", CsvRow(await CsvAsync(), "Chi cục Kiểm lâm"));
        Assert.DoesNotContain("Chi cục Kiểm lâm — Kế hoạch", CardText(CardOf(Assert.Single(await SayAsync(Office, "cần tiếp nhận")))));
        Assert.Empty(await NoticesAsync()); // an acceptance sends no notice
    }

    [Fact]
    public async Task Two_office_members_reviewing_the_same_plan_the_second_is_refused_as_stale()
    {
        await SetUpAsync();
        var first = await OpenReviewAsync();
        var second = await OpenReviewAsync();
        var (accepted, _) = await ClickAsync(Office, "review.accept", Decide(first, "review.accept"));
        Assert.Contains("Đã tiếp nhận", CardText(accepted));

        var (stale, replies) = await ClickAsync(Office, "review.return", Decide(second, "review.return", "Thiếu số", "planNumber"));

        Assert.Contains("đã xem xét hồ sơ này", CardText(stale));
        Assert.Empty(replies);
        Assert.Equal(ReviewDecision.Accepted, (await Bot.Storage.Submissions.GetAsync<ItemReview>(ReviewA, default))!.Value.Decision);
        Assert.Empty(await NoticesAsync());
    }

    [Fact]
    public async Task A_unit_head_or_a_leader_cannot_review_nor_read_the_queue()
    {
        await SetUpAsync();
        var review = await OpenReviewAsync();

        var (headCard, _) = await ClickAsync(Head, "review.accept", Decide(review, "review.accept"));
        Assert.Contains("chỉ dành cho Văn phòng Sở", CardText(headCard));
        var (leaderCard, _) = await ClickAsync(Leader, "review.return", Decide(review, "review.return", "Thiếu", ""));
        Assert.Contains("chỉ dành cho Văn phòng Sở", CardText(leaderCard));
        Assert.Contains("chỉ dành cho Văn phòng Sở", Text(Assert.Single(await SayAsync(Leader, "cần tiếp nhận"))));
        Assert.Contains("chỉ dành cho Văn phòng Sở", Text(Assert.Single(await SayAsync(Head, "cần tiếp nhận"))));
        Assert.Equal(0, await ReviewRowsAsync());
    }

    [Fact]
    public async Task A_review_clicked_in_a_channel_is_refused_and_the_queue_goes_to_the_personal_chat()
    {
        await SetUpAsync();
        var review = await OpenReviewAsync();

        var (status, body) = await Teams.SendAsync(TeamsChannel.InChannel(Teams.CardAction(Office, "review.accept", Decide(review, "review.accept"))));

        Assert.Equal(200, status);
        Assert.Contains("chỉ thực hiện trong chat riêng", body!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal(0, await ReviewRowsAsync());
        Connector.TakeAll();
    }
}

/// <summary>Reads the notifier's background sends through its public surface.</summary>
internal sealed class ReviewNotifierProbe(IReviewNotifier notifier)
{
    public Task Sending => ((DanVan.Bot.Proactive.ProactiveReviewNotifier)notifier).Sending;
}
