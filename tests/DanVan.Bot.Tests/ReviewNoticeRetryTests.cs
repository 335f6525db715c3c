using System.Text.Json.Nodes;
using DanVan.Domain.Reminders;
using DanVan.Domain.Repositories;
using DanVan.Domain.UnitPlans;
using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Bot.Tests.OfficeDepartment;

namespace DanVan.Bot.Tests;

/// <summary>
/// A return notice whose send to the unit head fails is sent again by the host's own reminder service, under the
/// reminders' rules: not before the claim timeout (10 minutes), once, and not at all once the unit has sent the item
/// again. The real host with its background service on its fake clock, Azurite, and a loopback connector that
/// refuses the notice (502) until told otherwise. Monday 21/10/2024 09:00: a working day, in office hours.
/// </summary>
public sealed class ReviewNoticeRetryTests : BotTest
{
    private const string HeadChat = "a:personal-29:head";
    private static readonly DateTimeOffset Monday = new(2024, 10, 21, 9, 0, 0, TimeSpan.FromHours(7));

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>(OfficeDepartment.Settings)
    {
        ["Reminders:Enabled"] = "true",
        // One try per send: a refused notice is a failed send at once, left to the reminder service.
        ["Proactive:MaxAttempts"] = "1",
    };

    private readonly List<JsonObject> _delivered = [];
    private int _refused;
    private volatile bool _failing = true;

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Json(JsonObject a) => a.ToJsonString(Readable);

    private static bool IsNotice(JsonObject a) =>
        (string?)a["conversation"]?["id"] == HeadChat && Json(a).Contains("Kế hoạch của đơn vị bị trả lại", StringComparison.Ordinal);

    private string _planId = "2024";

    private async Task ReturnThePlanAsync(Func<Task>? before = null)
    {
        await SeedAsync(Bot);
        if (before is not null) await before();
        Bot.Clock.SetUtcNow(Monday);
        Assert.Equal(200, (await Teams.SendAsync(Teams.InstallationUpdate(Head))).Status);
        Connector.Respond = a =>
        {
            if (!IsNotice(a)) return null;
            if (_failing)
            {
                Interlocked.Increment(ref _refused);
                return new(502, """{"error":{"code":"ServiceError","message":"busy"}}""");
            }
            lock (_delivered) _delivered.Add(a);
            return null;
        };
        // Monday's reminders and digest go first, so the office's turn below gets only its own answer.
        await RunForAsync(1);
        Connector.TakeAll();
        var queue = CardOf(Assert.Single(await SayAsync(Office, "cần tiếp nhận"), a => CardText(CardOf(a)).Contains("Cần tiếp nhận", StringComparison.Ordinal)))!;
        var show = Actions(queue).First(a => (string?)a["verb"] == "review.show" && (string?)a["data"]?["unit"] == "A"
            && (string?)a["data"]?["item"] == SubmissionItems.UnitPlan);
        var (review, _) = await ClickAsync(Office, "review.show", DataOf(show));
        var data = DataOf(Actions(review).First(a => (string?)a["verb"] == "review.return"));
        data["reviewComment"] = "Thiếu ngày gửi.";
        data["reviewFields"] = "sentOn";
        var (returned, _) = await ClickAsync(Office, "review.return", data);
        Assert.Contains("Đã trả lại", CardText(returned));
    }

    /// <summary>Lets the host run for <paramref name="minutes"/> on its clock, in small steps (the pacer and the
    /// one-minute timer both follow it).</summary>
    private async Task RunForAsync(double minutes)
    {
        for (var i = 0; i < minutes * 6; i++)
        {
            Bot.Clock.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(10);
        }
        for (var i = 0; i < 20; i++) await Task.Delay(10);
    }

    private int Delivered { get { lock (_delivered) return _delivered.Count; } }

    /// <summary>The one claim of the notice to the head: one per head and return, keyed by the return's instant.</summary>
    private async Task<PingClaim> ClaimAsync()
    {
        var review = (await Bot.Storage.Submissions.GetAsync<Domain.Reviews.ItemReview>(
            new SubmissionKey(_planId, "A", Domain.Reviews.ReviewItems.KeyOf(SubmissionItems.UnitPlan)), default))!;
        return Assert.Single(await Bot.Storage.Pings.ListStageAsync(_planId, "review", $"{SubmissionItems.UnitPlan}-{review.Stamp.At.UtcTicks}", default));
    }

    [Fact]
    public async Task A_return_notice_refused_by_teams_is_sent_again_after_the_claim_timeout_once()
    {
        await ReturnThePlanAsync();
        await RunForAsync(1);
        Assert.True(_refused >= 1, "the notice was never tried");
        Assert.Equal(0, Delivered);
        Assert.Null((await ClaimAsync()).SentAt);

        // Teams answers again; the claim is still fresh: nothing before the 10 minutes are up.
        _failing = false;
        await RunForAsync(8);
        Assert.Equal(0, Delivered);

        await RunForAsync(4);
        var notice = Assert.Single(_delivered);
        Assert.Contains("Thiếu ngày gửi.", Json(notice));
        var claim = await ClaimAsync();
        Assert.NotNull(claim.SentAt);
        Assert.Equal(2, claim.Attempts);

        // Sent: never again.
        await RunForAsync(30);
        Assert.Equal(1, Delivered);
    }

    [Fact]
    public async Task A_failed_return_notice_is_dropped_once_the_unit_has_sent_the_item_again()
    {
        await ReturnThePlanAsync();
        await RunForAsync(1);
        Assert.Equal(0, Delivered);

        // The unit sends its plan again before the retry: it waits for review; the notice would be stale.
        var current = (await Bot.Storage.Submissions.GetAsync<UnitPlanReport>(new SubmissionKey("2024", "A", SubmissionItems.UnitPlan), default))!;
        await Bot.Storage.Submissions.SaveAsync(new SubmissionKey("2024", "A", SubmissionItems.UnitPlan),
            current.Value with { Note = "Bổ sung ngày gửi" }, current, new Stamp("aad:" + Head.AadObjectId, Head.Name, Monday), default);
        _failing = false;

        await RunForAsync(15);
        Assert.Equal(0, Delivered);
        Assert.Null((await ClaimAsync()).SentAt);
    }

    /// <summary>2025 opened on 01/10/2024 (units write next year's plans early), so on Monday 21/10/2024 it is the
    /// current year; unit A sent its 2025 plan, which is what the office's queue now shows.</summary>
    private async Task OpenNextYearAsync()
    {
        await Bot.Services.GetRequiredService<IPlanStore>().AddAsync(new StoredPlan("2025", "ke-hoach-2025.json", OverlappingYearsTests.Plan2025()),
            new Stamp("aad:test", "Test", Monday), default);
        Bot.Services.GetRequiredService<DanVan.App.Years.PlanYears>().Forget();
        await Bot.Storage.Submissions.SaveAsync(new SubmissionKey("2025", "A", SubmissionItems.UnitPlan),
            new UnitPlanReport(true, "01/KH-CCKL", new DateOnly(2024, 10, 10), new DateOnly(2024, 10, 15), null, null), null,
            new Stamp("aad:" + Head.AadObjectId, Head.Name, new DateTimeOffset(2024, 10, 15, 8, 0, 0, TimeSpan.Zero)), default);
        _planId = "2025";
    }

    [Fact]
    public async Task A_refused_return_notice_of_a_next_year_opened_early_is_sent_again_under_that_year()
    {
        await ReturnThePlanAsync(OpenNextYearAsync);
        await RunForAsync(1);
        Assert.True(_refused >= 1, "the notice was never tried");
        Assert.Null((await ClaimAsync()).SentAt);

        _failing = false;
        await RunForAsync(12);

        Assert.Contains("Thiếu ngày gửi.", Json(Assert.Single(_delivered)));
        Assert.NotNull((await ClaimAsync()).SentAt);
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
}
