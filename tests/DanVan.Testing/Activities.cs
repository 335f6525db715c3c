using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace DanVan.Testing;

/// <summary>A Teams user as the bot sees one in activities.</summary>
public sealed record TeamsUser(string Id, string? AadObjectId, string Name, string Locale = "vi-VN")
{
    /// <summary>The Agents Playground's default user, seeded as head of Chi cục Kiểm lâm (CCKL).</summary>
    public static readonly TeamsUser Alex = new("29:alex", "00000000-0000-0000-0000-000000000020", "Alex Wilber");

    public static TeamsUser Stranger => new("29:stranger", "11111111-2222-3333-4444-555555555555", "Người Lạ");
}

/// <summary>Builds the activities Teams would send, and posts them to the bot over HTTP.</summary>
public sealed class TeamsChannel(BotServer bot, LoopbackConnector connector)
{
    private int _ids;

    public JsonObject Message(TeamsUser user, string text) => Base("message", user, new() { ["text"] = text });

    public JsonObject ConversationUpdate(TeamsUser user) =>
        Base("conversationUpdate", user, new() { ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:danvan" }) });

    public JsonObject InstallationUpdate(TeamsUser user) => Base("installationUpdate", user, new() { ["action"] = "add" });

    /// <summary>An Action.Execute click, as Teams sends it: an adaptiveCard/action invoke.</summary>
    public JsonObject CardAction(TeamsUser user, string verb, IDictionary<string, string?> data)
    {
        var dataJson = new JsonObject();
        foreach (var (k, v) in data) dataJson[k] = v;
        return Base("invoke", user, new()
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = dataJson },
                ["trigger"] = "manual",
            },
        });
    }

    /// <summary>Posts to /api/messages; returns the HTTP status and the body (the invoke response for invokes).</summary>
    public async Task<(int Status, JsonNode? Body)> SendAsync(JsonObject activity, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.BaseUrl + "/api/messages") { Content = JsonContent.Create(activity) };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await bot.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text));
    }

    private JsonObject Base(string type, TeamsUser user, JsonObject extra)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "act-" + Interlocked.Increment(ref _ids),
            ["channelId"] = "msteams",
            ["serviceUrl"] = connector.ServiceUrl,
            ["timestamp"] = bot.Clock.GetUtcNow().ToString("O"),
            ["locale"] = user.Locale,
            ["from"] = new JsonObject { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = "28:danvan", ["name"] = "DanVan" },
            ["conversation"] = new JsonObject
            {
                ["id"] = "a:personal-" + user.Id, ["conversationType"] = "personal", ["tenantId"] = "72f988bf-0000-0000-0000-000000000001",
            },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "72f988bf-0000-0000-0000-000000000001" } },
        };
        foreach (var (k, v) in extra) activity[k] = v?.DeepClone();
        return activity;
    }
}
