using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace DanVan.FloorBench;

/// <summary>What one target is sent: a Teams message (echo, minimal) or DanVan's training submission.</summary>
public abstract class Workload(string name, string connectorUrl, HttpClient http)
{
    public string Name { get; } = name;
    protected HttpClient Http { get; } = http;
    protected string ConnectorUrl { get; } = connectorUrl;

    /// <summary>Unmeasured work that must precede the turns of <paramref name="users"/> (DanVan: open the forms).</summary>
    public virtual Task PrepareAsync(string baseUrl, IReadOnlyList<int> users) => Task.CompletedTask;

    /// <summary>One measured turn; returns its latency in ms, or throws when the answer is not what the turn should give.</summary>
    public abstract Task<double> TurnAsync(string baseUrl, int user, int n);

    /// <summary>The first message a freshly spawned process must answer (spawn → first answer).</summary>
    public virtual async Task<int> FirstAsync(string baseUrl) => (await PostAsync(baseUrl, Message(0, "xin chào", Name))).Status;

    public static string AadOf(int i) => $"bbbbbbbb-0000-4000-8000-{i + 1:000000000000}";

    /// <summary>A Teams personal-chat activity with the fields Teams really sends (about 1.5–2 KB).</summary>
    public JsonObject Activity(string type, int user, string conversation, JsonObject extra)
    {
        var a = new JsonObject
        {
            ["type"] = type,
            ["id"] = "f:" + Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["localTimestamp"] = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("O"),
            ["localTimezone"] = "Asia/Saigon",
            ["serviceUrl"] = ConnectorUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = $"29:1bench-user-{user:000}-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", ["name"] = $"Trưởng đơn vị {user + 1:00}", ["aadObjectId"] = AadOf(user) },
            ["conversation"] = new JsonObject
            {
                ["conversationType"] = "personal", ["tenantId"] = "72f988bf-0000-0000-0000-000000000001",
                ["id"] = $"a:1{conversation}-{user:000}-Xy9dKq3mV8tL0pZr7nB4wQ2sE6uH1cJ5gF8aD0kM3oN7iR2yT4vW6xS9bC1eG5h",
            },
            ["recipient"] = new JsonObject { ["id"] = "28:00000000-0000-0000-0000-00000000d4a7", ["name"] = "DanVan" },
            ["textFormat"] = "plain",
            ["locale"] = "vi-VN",
            ["entities"] = new JsonArray(new JsonObject
            {
                ["locale"] = "vi-VN", ["country"] = "VN", ["platform"] = "Windows", ["timezone"] = "Asia/Saigon", ["type"] = "clientInfo",
            }),
            ["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = "72f988bf-0000-0000-0000-000000000001" },
                ["source"] = new JsonObject { ["name"] = "message" },
                ["legacy"] = new JsonObject { ["replyToId"] = "1:1ZxqXz6mB3eVq-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop" },
            },
            ["attachments"] = new JsonArray(),
        };
        foreach (var (k, v) in extra) a[k] = v?.DeepClone();
        return a;
    }

    public JsonObject Message(int user, string text, string conversation) => Activity("message", user, conversation, new() { ["text"] = text });

    public async Task<(int Status, JsonNode? Json, double Ms)> PostAsync(string baseUrl, JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl + "/api/messages")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(activity.ToJsonString())),
        };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        var start = Stopwatch.GetTimestamp();
        using var response = await Http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return ((int)response.StatusCode, bytes.Length == 0 ? null : JsonNode.Parse(bytes), ms);
    }
}

/// <summary>A message that the bot answers with one reply (the echo bot and the minimal endpoint).</summary>
public sealed class MessageWorkload(string name, string connectorUrl, HttpClient http) : Workload(name, connectorUrl, http)
{
    public override async Task<double> TurnAsync(string baseUrl, int user, int n)
    {
        var r = await PostAsync(baseUrl, Message(user, $"echo {n}", Name));
        return r.Status is 200 or 202 ? r.Ms : throw new InvalidOperationException($"{Name}: HTTP {r.Status}");
    }
}

/// <summary>
/// DanVan's training submission (adaptiveCard/action training.submit): a real ETag-conditional write of new figures
/// with its audit row. Each is preceded, unmeasured, by training.open, which gives the version the edit carries.
/// </summary>
public sealed class SubmissionWorkload(string connectorUrl, HttpClient http, int users) : Workload("DanVan training.submit", connectorUrl, http)
{
    private readonly string[] _versions = new string[users];

    public override async Task<int> FirstAsync(string baseUrl) => (await PostAsync(baseUrl, Message(0, "trợ giúp", "danvan"))).Status;

    public override async Task PrepareAsync(string baseUrl, IReadOnlyList<int> users)
    {
        foreach (var i in users)
        {
            var r = await PostAsync(baseUrl, Invoke(i, "training.open", []));
            _versions[i] = FindBaseVersion(r.Json?["value"]) ?? throw new InvalidOperationException($"open: HTTP {r.Status}, no baseVersion");
        }
    }

    public override async Task<double> TurnAsync(string baseUrl, int user, int n)
    {
        var total = 40 + user % 50;
        var r = await PostAsync(baseUrl, Invoke(user, "training.submit", new()
        {
            ["totalStaff"] = total.ToString(),
            ["trained"] = ((n * 3 + user) % (total + 1)).ToString(),
            ["sessions"] = (1 + n % 4).ToString(),
            ["lastSessionDate"] = new DateOnly(2024, 1, 1).AddDays((n * 7 + user) % 120).ToString("yyyy-MM-dd"),
            ["baseVersion"] = _versions[user],
        }));
        if (r.Status != 200 || (int?)r.Json?["statusCode"] != 200 || r.Json?["value"]?["refresh"] is null)
            throw new InvalidOperationException($"submit: HTTP {r.Status}, not a receipt: {Clip(r.Json)}");
        return r.Ms;
    }

    private JsonObject Invoke(int user, string verb, Dictionary<string, string?> data)
    {
        var d = new JsonObject();
        foreach (var (k, v) in data) d[k] = v;
        return Activity("invoke", user, "danvan", new()
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = d },
                ["trigger"] = "manual",
            },
        });
    }

    private static string? FindBaseVersion(JsonNode? node) => node switch
    {
        JsonObject o when o["baseVersion"] is JsonValue v => v.ToString(),
        JsonObject o => o.Select(kv => FindBaseVersion(kv.Value)).FirstOrDefault(v => v is not null),
        JsonArray a => a.Select(FindBaseVersion).FirstOrDefault(v => v is not null),
        _ => null,
    };

    private static string Clip(JsonNode? json)
    {
        var s = json?.ToJsonString() ?? "(empty)";
        return s.Length <= 300 ? s : s[..300] + "…";
    }
}
