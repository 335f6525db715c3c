using DanVan.Bot.Proactive;
using DanVan.Cards.Json;
using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bot.Tests;

/// <summary>
/// The bot keeps its connection to the Bot Connector open from turn to turn (and for proactive sends): in
/// production every new connection is a TLS handshake to a distant region, and a connector client built per turn
/// also costs code generation every turn.
/// </summary>
public sealed class ConnectionReuseTests : BotTest
{
    [Fact]
    public async Task Two_consecutive_turns_reuse_the_same_connection_to_the_connector()
    {
        var first = await SayAsync(TeamsUser.Alex, "trợ giúp");
        var second = await SayAsync(TeamsUser.Alex, "trợ giúp");

        Assert.NotEmpty(first);
        Assert.NotEmpty(second);
        var connections = first.Concat(second).Select(a => (string?)a["_connection"]).Distinct().ToList();
        Assert.Single(connections);
    }

    [Fact]
    public async Task A_proactive_send_reuses_the_connection_of_the_turns()
    {
        var turn = await SayAsync(TeamsUser.Alex, "trợ giúp");
        var alex = (await Bot.Storage.Conversations.GetAsync("aad:" + TeamsUser.Alex.AadObjectId, default))!;

        var sender = Bot.Services.GetRequiredService<ProactiveSender>();
        Assert.Equal(SendOutcome.Sent, await sender.SendAsync(alex, "Nhắc hạn", new Card([new TextBlock("Nhắc hạn")], []), default));

        var proactive = Assert.Single(Connector.TakeAll());
        Assert.Equal((string?)turn[0]["_connection"], (string?)proactive["_connection"]);
    }
}
