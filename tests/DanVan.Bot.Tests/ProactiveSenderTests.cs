using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using DanVan.Bot.Proactive;
using DanVan.Cards.Json;
using DanVan.Domain.Repositories;
using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;
using Answer = DanVan.Testing.LoopbackConnector.Answer;

namespace DanVan.Bot.Tests;

/// <summary>Proactive sends over real HTTP to the loopback connector, which answers as Teams would: 200, 429, 403, 404, 5xx.</summary>
public sealed class ProactiveSenderTests : BotTest
{
    private const string AlexKey = "aad:00000000-0000-0000-0000-000000000020";
    private static readonly Card Ping = new([new TextBlock("Kế hoạch của đơn vị chưa gửi")], []);
    private readonly ConcurrentQueue<Answer?> _script = new();
    private readonly ConcurrentQueue<DateTimeOffset> _arrivals = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Proactive:MaxAttempts"] = "3" };

    private ProactiveSender Sender => Bot.Services.GetRequiredService<ProactiveSender>();

    /// <summary>Installs Alex, so a real reference to the loopback connector is stored, and scripts the connector.</summary>
    private async Task<ConversationRecord> InstalledAlexAsync(params Answer?[] answers)
    {
        Assert.Equal(200, (await Teams.SendAsync(Teams.InstallationUpdate(TeamsUser.Alex))).Status);
        Connector.TakeAll(); // the welcome card
        foreach (var a in answers) _script.Enqueue(a);
        Connector.Respond = _ =>
        {
            _arrivals.Enqueue(Bot.Clock.GetUtcNow());
            return _script.TryDequeue(out var answer) ? answer : null;
        };
        return (await Bot.Storage.Conversations.GetAsync(AlexKey, default))!;
    }

    // Waits (Retry-After, back-off) run on the host's fake clock: step it until the send ends, so nothing sleeps.
    private async Task<SendOutcome> SendAsync(ConversationRecord to)
    {
        var send = Sender.SendAsync(to, "Nhắc hạn", Ping, default);
        for (var i = 0; i < 2000 && !send.IsCompleted; i++)
        {
            await Task.Delay(1);
            Bot.Clock.Advance(TimeSpan.FromMilliseconds(500));
        }
        return await send;
    }

    private static Answer Error(int status, string code) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = code } }.ToJsonString());

    private static readonly Answer ServerError = Error(500, "ServiceError");

    [Fact]
    public async Task A_200_is_sent_with_the_card_to_the_stored_conversation()
    {
        var alex = await InstalledAlexAsync();

        Assert.Equal(SendOutcome.Sent, await SendAsync(alex));

        var sent = Assert.Single(Connector.TakeAll());
        Assert.Equal("a:personal-29:alex", (string?)sent["conversation"]!["id"]);
        Assert.Equal("Nhắc hạn", Text(sent));
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)sent["attachments"]![0]!["contentType"]);
        Assert.Contains("Kế hoạch của đơn vị chưa gửi", CardText(CardOf(sent)));
    }

    [Fact]
    public async Task A_429_waits_for_retry_after_then_sends()
    {
        var alex = await InstalledAlexAsync(Error(429, "Throttled") with { Headers = new Dictionary<string, string> { ["Retry-After"] = "5" } });

        Assert.Equal(SendOutcome.Sent, await SendAsync(alex));

        Assert.Equal(2, Connector.TakeAll().Count);
        var times = _arrivals.ToArray();
        // The fake clock keeps stepping while the retry is on its way, so only the lower bound is exact.
        Assert.InRange(times[1] - times[0], TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_429_slows_the_global_pace_and_other_errors_do_not()
    {
        var alex = await InstalledAlexAsync(ServerError, Error(412, "PreconditionFailed"));
        Assert.Equal(SendOutcome.Sent, await SendAsync(alex));
        Assert.Equal(30, Sender.GlobalPerSecond);

        _script.Enqueue(Error(429, "Throttled") with { Headers = new Dictionary<string, string> { ["Retry-After"] = "1" } });
        Assert.Equal(SendOutcome.Sent, await SendAsync(alex));

        // Cut to 28.5/s, then climbing back 0.3/s for each second the fake clock stepped through the retry.
        Assert.InRange(Sender.GlobalPerSecond, 28.5, 29.99);
    }

    [Fact]
    public async Task Retry_after_is_capped_by_max_retry_after()
    {
        var alex = await InstalledAlexAsync(Error(429, "Throttled") with { Headers = new Dictionary<string, string> { ["Retry-After"] = "3600" } });

        Assert.Equal(SendOutcome.Sent, await SendAsync(alex));

        var times = _arrivals.ToArray();
        // Capped at 60 s, far from the hour asked for (the clock keeps stepping, so the upper bound is loose).
        Assert.InRange(times[1] - times[0], TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120));
    }

    [Fact]
    public async Task Throttled_on_every_attempt_gives_up_as_throttled()
    {
        var alex = await InstalledAlexAsync(Error(429, "Throttled"), Error(429, "Throttled"), Error(429, "Throttled"));

        Assert.Equal(SendOutcome.Throttled, await SendAsync(alex));
        Assert.Equal(3, Connector.TakeAll().Count);
    }

    [Theory]
    [InlineData(InactiveReasons.ConversationBlockedByUser)]
    [InlineData(InactiveReasons.BotNotInConversationRoster)]
    [InlineData(InactiveReasons.BotDisabledByAdmin)]
    [InlineData(InactiveReasons.MessageWritesBlocked)]
    public async Task A_403_blocked_is_not_retried_and_marks_the_reference_inactive(string code)
    {
        var alex = await InstalledAlexAsync(Error(403, code));

        Assert.Equal(SendOutcome.Blocked(code), await SendAsync(alex));

        Assert.Single(Connector.TakeAll());
        var stored = await Bot.Storage.Conversations.GetAsync(AlexKey, default);
        Assert.Equal((false, code), (stored!.Active, stored.InactiveReason));
        Assert.Empty(await Bot.Storage.Conversations.ListActiveAsync(default));
    }

    [Fact]
    public async Task A_403_for_a_reference_the_user_has_since_refreshed_leaves_the_new_one_active()
    {
        var stale = await InstalledAlexAsync();
        var uninstall = Teams.InstallationUpdate(TeamsUser.Alex);
        uninstall["action"] = "remove";
        Assert.Equal(200, (await Teams.SendAsync(uninstall)).Status);
        await SayAsync(TeamsUser.Alex, "trợ giúp"); // Alex is back: his own turn stores the reference anew
        _script.Enqueue(Error(403, InactiveReasons.ConversationBlockedByUser));

        Assert.Equal(SendStatus.Blocked, (await SendAsync(stale)).Status);

        Assert.True((await Bot.Storage.Conversations.GetAsync(AlexKey, default))!.Active);
    }

    [Fact]
    public async Task Another_403_is_a_failure_not_retried_and_the_reference_stays()
    {
        var alex = await InstalledAlexAsync(Error(403, "Forbidden"));

        Assert.Equal(SendStatus.Failed, (await SendAsync(alex)).Status);

        Assert.Single(Connector.TakeAll());
        Assert.True((await Bot.Storage.Conversations.GetAsync(AlexKey, default))!.Active);
    }

    [Fact]
    public async Task A_404_is_not_retried_and_deletes_the_reference()
    {
        var alex = await InstalledAlexAsync(Error(404, "ConversationNotFound"));

        Assert.Equal(SendOutcome.Gone, await SendAsync(alex));

        Assert.Single(Connector.TakeAll());
        Assert.Null(await Bot.Storage.Conversations.GetAsync(AlexKey, default));
    }

    [Fact]
    public async Task Server_errors_and_412_are_retried_with_back_off_until_sent()
    {
        var alex = await InstalledAlexAsync(ServerError, Error(412, "PreconditionFailed"));

        Assert.Equal(SendOutcome.Sent, await SendAsync(alex));

        Assert.Equal(3, Connector.TakeAll().Count);
        var times = _arrivals.ToArray();
        Assert.True(times[1] > times[0] && times[2] > times[1], "each retry waits for the back-off");
    }

    [Fact]
    public async Task Server_errors_on_every_attempt_fail_after_max_attempts()
    {
        var alex = await InstalledAlexAsync(ServerError, ServerError, ServerError, ServerError);

        Assert.Equal(new SendOutcome(SendStatus.Failed, "500 ServiceError"), await SendAsync(alex));

        Assert.Equal(3, Connector.TakeAll().Count);
        Assert.True((await Bot.Storage.Conversations.GetAsync(AlexKey, default))!.Active);
    }

    // Pacing on the real clock (the only real waits in this class, about 1.5 s): sends start at once, concurrently.
    [Fact]
    public async Task Sends_are_paced_per_conversation_and_globally()
    {
        var alex = await InstalledAlexAsync();
        var others = Enumerable.Range(1, 6).Select(i =>
            alex with { UserKey = "other" + i, ReferenceJson = alex.ReferenceJson.Replace("a:personal-29:alex", "a:other-" + i) }).ToList();

        var perConversation = await TimedAsync(new ProactiveOptions(), Enumerable.Repeat(alex, 8));
        var global = await TimedAsync(new ProactiveOptions { GlobalPerSecond = 10 }, others);

        // The pacer schedules on the system clock, the test measures with a Stopwatch: the two may differ by a
        // millisecond or so (a run measured 499.2 ms for 0.5 s of slots), far below one send's 100 ms slot.
        var clocks = TimeSpan.FromMilliseconds(2);
        Assert.True(perConversation >= TimeSpan.FromSeconds(7 / 7.0) - clocks, $"8 sends to one chat took {perConversation}, want ≥ 1 s at 7/s");
        Assert.True(global >= TimeSpan.FromSeconds(5 / 10.0) - clocks, $"6 sends at 10/s took {global}, want ≥ 0.5 s");
        Assert.Equal(14, Connector.TakeAll().Count);
    }

    private async Task<TimeSpan> TimedAsync(ProactiveOptions options, IEnumerable<ConversationRecord> to)
    {
        var sender = ProactiveSender.Create(Bot.Services, options, TimeProvider.System);
        var watch = Stopwatch.StartNew();
        var outcomes = await Task.WhenAll(to.Select(r => sender.SendAsync(r, "Nhắc hạn", null, default)));
        Assert.All(outcomes, o => Assert.Equal(SendOutcome.Sent, o));
        return watch.Elapsed;
    }
}
