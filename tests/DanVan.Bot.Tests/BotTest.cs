using System.Text.Json.Nodes;
using Azure.Data.Tables;
using DanVan.Testing;

namespace DanVan.Bot.Tests;

/// <summary>Each test runs the real bot over HTTP, on its own tables in Azurite, answering to a loopback connector.</summary>
public abstract class BotTest : IAsyncLifetime
{
    protected BotServer Bot { get; private set; } = null!;
    protected LoopbackConnector Connector { get; private set; } = null!;
    protected TeamsChannel Teams { get; private set; } = null!;

    protected virtual IDictionary<string, string?>? Settings => null;

    /// <summary>Runs after DanVan's registrations (e.g. a counting wrapper around a repository).</summary>
    protected virtual void ReplaceServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services) { }

    public async Task InitializeAsync()
    {
        Connector = await LoopbackConnector.StartAsync();
        Bot = await BotServer.StartAsync(Settings, replaceServices: ReplaceServices);
        Teams = new TeamsChannel(Bot, Connector);
    }

    public async Task DisposeAsync()
    {
        foreach (var table in Bot.Storage.Tables.All) await table.DeleteAsync();
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }

    /// <summary>Sends a message and returns what the bot posted back to the chat.</summary>
    protected async Task<IReadOnlyList<JsonObject>> SayAsync(TeamsUser user, string text)
    {
        var (status, _) = await Teams.SendAsync(Teams.Message(user, text));
        Assert.Equal(200, status);
        return Connector.TakeAll();
    }

    /// <summary>Clicks an Action.Execute button; returns the card that replaces the clicked one, and chat replies.</summary>
    protected async Task<(JsonObject Card, IReadOnlyList<JsonObject> Replies)> ClickAsync(
        TeamsUser user, string verb, IDictionary<string, string?> data)
    {
        var (status, body) = await Teams.SendAsync(Teams.CardAction(user, verb, data));
        Assert.Equal(200, status);
        Assert.Equal(200, (int)body!["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return (body["value"]!.AsObject(), Connector.TakeAll());
    }

    /// <summary>Submits a form with bad input: the card must explain <paramref name="message"/> in Vietnamese, say
    /// nothing was saved, post nothing to the chat and store nothing for Alex's unit.</summary>
    protected async Task<JsonObject> AssertRefusedAsync(string verb, IDictionary<string, string?> form, string message, string why)
    {
        var (card, replies) = await ClickAsync(TeamsUser.Alex, verb, form);

        var text = CardText(card);
        Assert.True(text.Contains(message), $"{why}: expected \"{message}\" in\n{text}");
        Assert.Contains("Chưa lưu", text);
        Assert.Empty(replies);
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
        return card;
    }

    protected async Task<int> UnitRowsAsync(string unitId)
    {
        var n = 0;
        await foreach (var _ in Bot.Storage.Tables.UnitData.QueryAsync<TableEntity>(e => e.PartitionKey == "2024|" + unitId)) n++;
        return n;
    }

    protected async Task<int> ConversationRowsAsync()
    {
        var n = 0;
        await foreach (var _ in Bot.Storage.Tables.Conversations.QueryAsync<TableEntity>()) n++;
        return n;
    }

    protected static string? Text(JsonObject activity) => (string?)activity["text"];

    protected static JsonObject? CardOf(JsonObject activity) =>
        activity["attachments"]?[0]?["content"]?.AsObject();

    /// <summary>All visible text of a card, joined, for "the user can read X" assertions.</summary>
    protected static string CardText(JsonNode? card) => card switch
    {
        JsonObject o => string.Join("\n", o.Where(kv => kv.Key is "text" or "title" or "value" or "label" && kv.Value is JsonValue)
            .Select(kv => (string?)kv.Value?.ToString()).Concat(o.Where(kv => kv.Value is JsonObject or JsonArray).Select(kv => CardText(kv.Value)))),
        JsonArray a => string.Join("\n", a.Select(CardText)),
        _ => "",
    };
}
