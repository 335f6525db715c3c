using DanVan.Cards.Text;
using DanVan.Testing;

namespace DanVan.Bot.Tests;

/// <summary>One user sending turns as fast as a script can: a burst is served, then one message says to wait, then
/// nothing until the bucket refills; other users are not affected.</summary>
public class RateLimitTests : BotTest
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["DanVan:TurnBurst"] = "5",
        ["DanVan:TurnsPerMinute"] = "6",
    };

    [Fact]
    public async Task A_flood_is_answered_once_then_dropped_until_the_limit_refills()
    {
        for (var i = 0; i < 5; i++) Assert.Single(await SayAsync(TeamsUser.Alex, "trợ giúp"));

        var limited = Assert.Single(await SayAsync(TeamsUser.Alex, "trợ giúp"));
        Assert.Equal(Texts.Vietnamese.TooManyTurns(10), Text(limited));
        for (var i = 0; i < 20; i++) Assert.Empty(await SayAsync(TeamsUser.Alex, "tình hình"));

        // Someone else is served meanwhile.
        Assert.Single(await SayAsync(TeamsUser.Stranger, "trợ giúp"));

        Bot.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Contains("**tập huấn**", Text(Assert.Single(await SayAsync(TeamsUser.Alex, "trợ giúp"))));
    }

    [Fact]
    public async Task A_limited_card_action_is_told_so_and_changes_nothing()
    {
        for (var i = 0; i < 5; i++) await SayAsync(TeamsUser.Alex, "trợ giúp");

        var (status, body) = await Teams.SendAsync(Teams.CardAction(TeamsUser.Alex, "training.submit", new Dictionary<string, string?>
        {
            ["totalStaff"] = "50", ["trained"] = "45", ["sessions"] = "1", ["lastSessionDate"] = "2024-03-15", ["baseVersion"] = "",
        }));

        Assert.Equal(200, status);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body!["type"]);
        Assert.Equal(Texts.Vietnamese.TooManyTurns(10), (string?)body["value"]);
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
    }
}
