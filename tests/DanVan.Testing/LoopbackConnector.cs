using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Testing;

/// <summary>
/// Plays the Bot Connector service (what Teams' cloud is to a bot) on 127.0.0.1: activities the bot posts to
/// serviceUrl are captured for assertions, and member look-ups (TeamsInfo) are answered from <see cref="Members"/>.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _ids;

    public ConcurrentQueue<JsonObject> Sent { get; } = new();

    /// <summary>Conversations the bot asked to create (POST /v3/conversations): a personal chat opened from a channel.</summary>
    public ConcurrentQueue<JsonObject> Created { get; } = new();

    /// <summary>Scripted answer to a conversation creation; null, or a null answer, creates it.</summary>
    public Func<JsonObject, Answer?>? RespondCreate { get; set; }

    /// <summary>Teams members by channel user id, as GET /v3/conversations/{id}/members/{userId} returns them.</summary>
    public ConcurrentDictionary<string, JsonObject> Members { get; } = new();

    public string ServiceUrl { get; private set; } = "";

    /// <summary>
    /// Scripted answers to posted activities (429, 403, 500...): called for each one, after it is captured in
    /// <see cref="Sent"/>; null, or a null answer, is the ordinary 200.
    /// </summary>
    public Func<JsonObject, Answer?>? Respond { get; set; }

    public sealed record Answer(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null);

    /// <summary>
    /// What GET /files/{name} serves: Teams hands a bot a pre-authenticated download address for a file a user
    /// sent; here that address is on this connector. <paramref name="Status"/> other than 200 is served without a
    /// body (a 3xx with <paramref name="Location"/>); <paramref name="Delay"/> holds the answer back (a timeout);
    /// <paramref name="Chunked"/> streams the body without a Content-Length, so the bot learns the size only by reading.
    /// </summary>
    public sealed record ServedFile(byte[] Content, int Status = 200, string? Location = null, TimeSpan Delay = default, bool Chunked = false)
    {
        /// <summary>Runs before the file is served: something happening while the bot downloads (e.g. storage failing).</summary>
        public Func<Task>? OnServe { get; init; }
    }

    /// <summary>Files served at <see cref="FileUrl"/>, by name.</summary>
    public ConcurrentDictionary<string, ServedFile> Files { get; } = new();

    /// <summary>How many times each file was fetched.</summary>
    public ConcurrentDictionary<string, int> FileFetches { get; } = new();

    /// <summary>The loopback download address of a file in <see cref="Files"/>.</summary>
    public string FileUrl(string name) => ServiceUrl + "files/" + Uri.EscapeDataString(name);

    /// <summary>A file PUT to <see cref="UploadUrl"/>: what OneDrive's upload session would receive.</summary>
    public sealed record Upload(string Path, byte[] Content, string? ContentRange, long? ContentLength);

    /// <summary>Files put to the upload route, which plays the upload session a file consent hands out.</summary>
    public ConcurrentQueue<Upload> Uploads { get; } = new();

    /// <summary>Scripted status for an upload (e.g. 500); null is the session's 201.</summary>
    public int? UploadStatus { get; set; }

    /// <summary>An upload URL on this connector, as Teams puts one in an accepted file consent.</summary>
    public string UploadUrl(string id = "session-1") => ServiceUrl + "upload/" + id;

    private LoopbackConnector(WebApplication app) => _app = app;

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new LoopbackConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", connector.CaptureAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.CaptureAsync);
        app.MapPost("/v3/conversations", connector.CreateAsync);
        app.MapGet("/files/{name}", connector.ServeFileAsync);
        app.MapPut("/upload/{id}", connector.UploadAsync);
        app.MapGet("/v3/conversations/{conversationId}/members/{userId}", (string userId) =>
            connector.Members.TryGetValue(userId, out var member) ? Results.Json(member) : Results.NotFound());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    private async Task ServeFileAsync(string name, HttpContext context)
    {
        FileFetches.AddOrUpdate(name, 1, (_, n) => n + 1);
        if (!Files.TryGetValue(name, out var file))
        {
            context.Response.StatusCode = 404;
            return;
        }
        if (file.OnServe is { } hook) await hook();
        if (file.Delay > TimeSpan.Zero) await Task.Delay(file.Delay, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        if (context.RequestAborted.IsCancellationRequested) return;
        context.Response.StatusCode = file.Status;
        if (file.Location is not null) context.Response.Headers.Location = file.Location;
        if (file.Status != 200) return;
        context.Response.ContentType = "application/octet-stream";
        if (!file.Chunked) context.Response.ContentLength = file.Content.Length;
        // In pieces, flushed: a chunked body arrives as a stream whose size the bot learns only by reading it.
        foreach (var piece in file.Content.Chunk(64 * 1024))
        {
            await context.Response.Body.WriteAsync(piece, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
    }

    public IReadOnlyList<JsonObject> TakeAll()
    {
        var taken = new List<JsonObject>();
        while (Sent.TryDequeue(out var a)) taken.Add(a);
        return taken;
    }

    private async Task<IResult> CaptureAsync(HttpRequest request)
    {
        var activity = (JsonObject)(await JsonNode.ParseAsync(request.Body))!;
        activity["_path"] = request.Path.Value;
        // Kestrel's id of the TCP connection the activity came on: tests assert that the bot reuses its connections.
        activity["_connection"] = request.HttpContext.Connection.Id;
        Sent.Enqueue(activity);
        if (Respond?.Invoke(activity) is { } answer)
        {
            foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>()) request.HttpContext.Response.Headers[name] = value;
            return Results.Text(answer.Body ?? "", "application/json", statusCode: answer.Status);
        }
        return Results.Json(new { id = "reply-" + Interlocked.Increment(ref _ids) });
    }

    private async Task<IResult> UploadAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        Uploads.Enqueue(new Upload(request.Path.Value ?? "", body.ToArray(), request.Headers.ContentRange.ToString(), request.ContentLength));
        return UploadStatus is { } status ? Results.StatusCode(status) : Results.Json(new { id = "file-1", name = "uploaded" }, statusCode: 201);
    }

    /// <summary>The personal conversation id the connector gives a bot opening a 1:1 chat with <paramref name="userId"/>.</summary>
    public static string PersonalConversationOf(string userId) => "a:opened-" + userId;

    /// <summary>Activities posted into <paramref name="conversationId"/> (its path on the connector).</summary>
    public static bool PostedTo(JsonObject activity, string conversationId) =>
        ((string?)activity["_path"])?.StartsWith("/v3/conversations/" + Uri.EscapeDataString(conversationId) + "/", StringComparison.Ordinal) == true
        || ((string?)activity["_path"])?.StartsWith("/v3/conversations/" + conversationId + "/", StringComparison.Ordinal) == true;

    private async Task<IResult> CreateAsync(HttpRequest request)
    {
        var parameters = (JsonObject)(await JsonNode.ParseAsync(request.Body))!;
        Created.Enqueue(parameters);
        if (RespondCreate?.Invoke(parameters) is { } answer) return Results.Text(answer.Body ?? "", "application/json", statusCode: answer.Status);
        var user = (string?)parameters["members"]?[0]?["id"] ?? "nobody";
        return Results.Json(new { id = PersonalConversationOf(user) });
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
