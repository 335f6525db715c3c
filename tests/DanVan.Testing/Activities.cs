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

    /// <summary>A file dropped into the chat, as Teams sends it to a bot that declares supportsFiles: an attachment of
    /// type application/vnd.microsoft.teams.file.download.info with the pre-authenticated download address.</summary>
    public JsonObject FileMessage(TeamsUser user, string fileName, string downloadUrl, string fileType = "pdf") =>
        Base("message", user, new()
        {
            ["text"] = "",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
                ["name"] = fileName,
                ["content"] = new JsonObject
                {
                    ["downloadUrl"] = downloadUrl,
                    ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C8C",
                    ["fileType"] = fileType,
                },
            }),
        });

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

    /// <summary>The user's answer to a file consent card, as Teams sends it: a fileConsent/invoke with the card's
    /// context and, when accepted, where to upload (<paramref name="uploadUrl"/>) and where the file will be.</summary>
    public JsonObject FileConsent(TeamsUser user, string action, JsonObject? context, string? uploadUrl = null, string name = "bao-cao.docx")
    {
        var value = new JsonObject { ["type"] = "fileUpload", ["action"] = action, ["context"] = context?.DeepClone() };
        if (uploadUrl is not null)
            value["uploadInfo"] = new JsonObject
            {
                ["contentUrl"] = uploadUrl.Replace("/upload/", "/files/", StringComparison.Ordinal), ["name"] = name,
                ["uploadUrl"] = uploadUrl, ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C8C", ["fileType"] = "docx",
            };
        return Base("invoke", user, new() { ["name"] = "fileConsent/invoke", ["value"] = value });
    }

    public const string TeamId = "19:team-general@thread.tacv2";
    public const string Tenant = "72f988bf-0000-0000-0000-000000000001";

    /// <summary>The same activity as Teams sends it from a team's channel: conversation type "channel", the team
    /// and channel in the channel data. <paramref name="post"/> is the root message the reply thread hangs off.</summary>
    public static JsonObject InChannel(JsonObject activity, string teamId = TeamId, string post = "1700000000000")
    {
        activity["conversation"] = new JsonObject
        {
            ["id"] = $"{teamId};messageid={post}", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = Tenant,
        };
        activity["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = teamId, ["name"] = "Sở Nông nghiệp" },
            ["channel"] = new JsonObject { ["id"] = teamId, ["name"] = "General" },
            ["tenant"] = new JsonObject { ["id"] = Tenant },
        };
        return activity;
    }

    /// <summary>The same activity from a group chat (several people and the bot, no team).</summary>
    public static JsonObject InGroupChat(JsonObject activity, string chatId = "19:group-chat@thread.v2")
    {
        activity["conversation"] = new JsonObject { ["id"] = chatId, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = Tenant };
        return activity;
    }

    /// <summary>A conversationUpdate announcing other members (not the bot) joining.</summary>
    public JsonObject MembersAdded(TeamsUser user, params string[] memberIds)
    {
        var added = new JsonArray();
        foreach (var id in memberIds) added.Add(new JsonObject { ["id"] = id });
        return Base("conversationUpdate", user, new() { ["membersAdded"] = added });
    }

    /// <summary>A conversationUpdate announcing the bot's removal (Teams sends it when the app is removed from a team).</summary>
    public JsonObject BotRemoved(TeamsUser user) =>
        Base("conversationUpdate", user, new() { ["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = "28:danvan" }) });

    public JsonObject InstallationRemove(TeamsUser user) => Base("installationUpdate", user, new() { ["action"] = "remove" });

    /// <summary>An invoke DanVan does not use (e.g. a message extension query).</summary>
    public JsonObject Invoke(TeamsUser user, string name) => Base("invoke", user, new() { ["name"] = name, ["value"] = new JsonObject() });

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
