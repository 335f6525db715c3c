using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json;

namespace DanVan.Bot.Hosting;

/// <summary>
/// POST /api/messages, the bot's only door for Teams. In order, each step before any work of the next:
/// the body is at most <see cref="MaxBodyBytes"/> (413); it is one Activity in JSON, read with date parsing OFF so
/// free text such as "2024-04-10T09:30:00+07:00" stays the text the user typed (400 otherwise); an anonymous bot
/// only serves a loopback serviceUrl (401); then the SDK authenticates the request (401) and, only for an
/// authenticated request, the tenant is checked before the bot reads anything (403); then the turn runs and its
/// invoke response is written as CloudAdapter.ProcessAsync would.
/// </summary>
public sealed class MessagesEndpoint
{
    /// <summary>Teams' own activities are a few KB; a card submission with every field filled is well under 64 KB.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    // The SDK's activity serializer settings (HttpHelper), except: no date parsing, a depth bound, compact output.
    // Built once: a serializer per request would rebuild contracts and converters every turn.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = HttpHelper.BotMessageSerializerSettings.NullValueHandling,
        DateFormatHandling = HttpHelper.BotMessageSerializerSettings.DateFormatHandling,
        DateTimeZoneHandling = HttpHelper.BotMessageSerializerSettings.DateTimeZoneHandling,
        ReferenceLoopHandling = HttpHelper.BotMessageSerializerSettings.ReferenceLoopHandling,
        ContractResolver = HttpHelper.BotMessageSerializerSettings.ContractResolver,
        Converters = HttpHelper.BotMessageSerializerSettings.Converters,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = MaxDepth,
        Formatting = Formatting.None,
    });

    private const int MaxDepth = 64;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly DanVanAdapter _adapter;
    private readonly BotIdentity _identity;
    private readonly TenantGate _tenants;
    private readonly ILogger<MessagesEndpoint> _logger;

    public MessagesEndpoint(IBotFrameworkHttpAdapter adapter, BotIdentity identity, TenantGate tenants, ILogger<MessagesEndpoint> logger) =>
        (_adapter, _identity, _tenants, _logger) = ((DanVanAdapter)adapter, identity, tenants, logger);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var ct = context.RequestAborted;

        if (request.ContentLength > MaxBodyBytes)
        {
            TooLarge(context, request.ContentLength.Value);
            return;
        }
        // Kestrel then also refuses to read past the limit, and closes the connection rather than drain a huge body.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
            sizeFeature.MaxRequestBodySize = MaxBodyBytes;

        Activity? activity;
        using (var body = new PooledBufferStream((int)Math.Min(request.ContentLength ?? 16 * 1024, MaxBodyBytes) + 1))
        {
            try
            {
                if (!await body.TryFillAsync(request.Body, MaxBodyBytes, ct))
                {
                    TooLarge(context, null);
                    return;
                }
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                TooLarge(context, null);
                return;
            }
            activity = Read(body);
        }
        if (string.IsNullOrEmpty(activity?.Type))
        {
            _logger.LogWarning("Refused a request to /api/messages: not an activity (malformed JSON or no type).");
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (!_identity.AcceptsServiceUrl(activity.ServiceUrl))
        {
            _logger.LogWarning("Refused an unsigned {Type} activity whose serviceUrl is not on this machine: {ServiceUrl}. Anonymous mode serves local tools only.",
                UntrustedLogValue.Of(activity.Type), UntrustedLogValue.Of(activity.ServiceUrl));
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var bot = context.RequestServices.GetRequiredService<IBot>();
        var refusedTenant = false;
        InvokeResponse? invokeResponse;
        try
        {
            // Authentication stays the SDK's (CloudAdapterBase authenticates before it calls back); the tenant check
            // runs first in the callback, so an authenticated activity from another tenant reaches no storage.
            invokeResponse = await _adapter.ProcessAsync(request.Headers.Authorization.ToString(), activity, (turn, turnCt) =>
            {
                if (_tenants.Allows(turn.Activity)) return bot.OnTurnAsync(turn, turnCt);
                refusedTenant = true;
                return Task.CompletedTask;
            }, ct);
        }
        catch (Exception e) when (!response.HasStarted && e is UnauthorizedAccessException or SecurityTokenException or SecurityTokenArgumentException)
        {
            // The SDK throws UnauthorizedAccessException for a missing or rejected token (CloudAdapter.ProcessAsync maps
            // it to 401) and lets a malformed token escape as a token exception: to the caller both are the same
            // thing, an unauthenticated request. No turn ran.
            _logger.LogWarning("Rejected a {Type} request: {Message}", UntrustedLogValue.Of(activity.Type), e.Message);
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        if (refusedTenant)
        {
            _logger.LogWarning("Refused a {Type} activity from a tenant that is not configured ({Tenant}).", UntrustedLogValue.Of(activity.Type), TenantGate.Describe(activity));
            response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        await WriteAsync(response, invokeResponse, ct);
    }

    private void TooLarge(HttpContext context, long? declared)
    {
        _logger.LogWarning("Refused a request to /api/messages larger than {Limit} bytes (Content-Length: {Declared}).",
            MaxBodyBytes, declared?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not given");
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        // The rest of the body is not read; on HTTP/1.1 the connection is not worth draining it for (HTTP/2 resets the stream).
        if (HttpProtocol.IsHttp11(context.Request.Protocol)) context.Response.Headers.Connection = "close";
    }

    private static Activity? Read(PooledBufferStream body)
    {
        try
        {
            using var text = new StreamReader(body, Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
            using var json = new JsonTextReader(text)
            {
                DateParseHandling = DateParseHandling.None, MaxDepth = MaxDepth, ArrayPool = CharPool.Instance,
            };
            var activity = Serializer.Deserialize<Activity>(json);
            // One value and nothing after it: trailing garbage means this is not the activity Teams sent.
            return json.Read() ? null : activity;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>As the SDK's HttpHelper.WriteResponseAsync: no invoke response → 200; else its status and JSON body.</summary>
    private static async Task WriteAsync(HttpResponse response, InvokeResponse? invokeResponse, CancellationToken ct)
    {
        if (invokeResponse is null)
        {
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }
        response.StatusCode = invokeResponse.Status;
        if (invokeResponse.Body is null) return;
        using var buffer = new PooledBufferStream(8 * 1024);
        using (var text = new StreamWriter(buffer, Utf8, bufferSize: 4096, leaveOpen: true))
        using (var json = new JsonTextWriter(text) { ArrayPool = CharPool.Instance })
            Serializer.Serialize(json, invokeResponse.Body);
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.Written, ct);
    }

    /// <summary>Newtonsoft's reader and writer rent their char buffers here instead of allocating them per request.</summary>
    private sealed class CharPool : IArrayPool<char>
    {
        public static readonly CharPool Instance = new();
        public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);
        public void Return(char[]? array) { if (array is not null) ArrayPool<char>.Shared.Return(array); }
    }
}
