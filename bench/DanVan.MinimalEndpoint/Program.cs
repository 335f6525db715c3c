using System.Net.Http.Json;
using System.Text.Json;

var builder = WebApplication.CreateSlimBuilder(args);
var app = builder.Build();
var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

// Reads the whole activity, then replies to its conversation as a bot would: POST {serviceUrl}v3/conversations/{id}/activities/{activityId}.
app.MapPost("/api/messages", async (HttpRequest request, CancellationToken ct) =>
{
    using var activity = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
    var root = activity.RootElement;
    var serviceUrl = root.GetProperty("serviceUrl").GetString()!.TrimEnd('/');
    var conversation = root.GetProperty("conversation").GetProperty("id").GetString()!;
    var id = root.TryGetProperty("id", out var i) ? i.GetString() : null;
    var reply = new Reply("message", "Echo: " + (root.TryGetProperty("text", out var t) ? t.GetString() : ""), id,
        new Account(root.GetProperty("recipient").GetProperty("id").GetString()!), new Account(root.GetProperty("from").GetProperty("id").GetString()!),
        new Account(conversation));
    var url = $"{serviceUrl}/v3/conversations/{Uri.EscapeDataString(conversation)}/activities/{Uri.EscapeDataString(id ?? "")}";
    using var response = await http.PostAsJsonAsync(url, reply, ReplyJson.Default.Reply, ct);
    return Results.StatusCode(response.IsSuccessStatusCode ? 200 : 502);
});
app.Run();

public sealed record Account(string Id);

public sealed record Reply(string Type, string Text, string? ReplyToId, Account From, Account Recipient, Account Conversation);

[System.Text.Json.Serialization.JsonSerializable(typeof(Reply))]
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class ReplyJson : System.Text.Json.Serialization.JsonSerializerContext;
