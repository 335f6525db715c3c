using System.Text.Json.Nodes;
using DanVan.Testing;

namespace DanVan.Bot.Tests;

/// <summary>
/// What the user is told when Teams' side fails after DanVan has done its part: a stored change is answered as
/// stored, the chat reply is retried and, if it still fails, only logged; no invoke ever answers 501.
/// </summary>
public class FailureTruthTests : BotTest
{
    private static Dictionary<string, string?> Training() => new()
    {
        ["totalStaff"] = "50", ["trained"] = "45", ["sessions"] = "1", ["lastSessionDate"] = "2024-03-15", ["baseVersion"] = "",
    };

    private static LoopbackConnector.Answer Failure(int status) => new(status, """{"error":{"code":"ServiceError","message":"busy"}}""",
        status == 429 ? new Dictionary<string, string> { ["Retry-After"] = "1" } : null);

    [Theory]
    [InlineData(429)]
    [InlineData(502)]
    public async Task A_save_whose_chat_reply_keeps_failing_is_still_answered_with_its_receipt(int status)
    {
        Connector.Respond = _ => Failure(status);

        var (code, body) = await Teams.SendAsync(Teams.CardAction(TeamsUser.Alex, "training.submit", Training()));

        Assert.Equal(200, code);
        Assert.Equal(200, (int)body!["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        var card = CardText(body["value"]);
        Assert.Contains("Đã ghi nhận số liệu học tập, quán triệt", card);
        Assert.DoesNotContain("chưa lưu", card, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, await UnitRowsAsync("CCKL")); // the value and its audit row
        var attempts = Connector.TakeAll();
        Assert.Equal(3, attempts.Count); // the one reply, tried three times; no error message after it
        Assert.All(attempts, a => Assert.DoesNotContain("chưa lưu", a.ToJsonString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_reply_throttled_once_is_posted_after_its_retry_after()
    {
        var calls = 0;
        Connector.Respond = _ => Interlocked.Increment(ref calls) == 1 ? Failure(429) : null;

        var (card, _) = await ClickAsync(TeamsUser.Alex, "training.submit", Training());

        Assert.Contains("Đã ghi nhận", CardText(card));
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_message_whose_reply_fails_is_not_followed_by_an_error_message()
    {
        Connector.Respond = _ => Failure(502);

        var (status, _) = await Teams.SendAsync(Teams.Message(TeamsUser.Alex, "trợ giúp"));

        Assert.Equal(200, status);
        var attempts = Connector.TakeAll();
        Assert.Equal(3, attempts.Count);
        Assert.All(attempts, a => Assert.Contains("**tập huấn**", (string?)a["text"]));
    }

    [Theory]
    [InlineData("composeExtension/query")]
    [InlineData("task/fetch")]
    [InlineData("fileConsent/invoke")]
    [InlineData("nosuch")]
    public async Task An_invoke_DanVan_does_not_use_is_acknowledged_never_501(string name)
    {
        var (status, _) = await Teams.SendAsync(Teams.Invoke(TeamsUser.Alex, name));

        Assert.Equal(200, status);
        Assert.Empty(Connector.TakeAll());
    }

    [Fact]
    public async Task A_card_action_without_its_action_is_a_bad_request_not_501()
    {
        var activity = Teams.CardAction(TeamsUser.Alex, "training.submit", Training());
        activity["value"] = new JsonObject();

        var (status, _) = await Teams.SendAsync(activity);

        Assert.NotEqual(501, status);
        Assert.True(status is 200 or 400, $"status {status}");
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
    }
}
