using System.Collections.Concurrent;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest;

namespace DanVan.Bot.Hosting;

/// <summary>
/// One Bot Connector client per (bot app id, service URL, audience), shared by every turn and every proactive send,
/// over one pooled HTTP handler. The SDK's default builds a new ConnectorClient and HttpClient for every turn: a new
/// TCP (in production TLS) connection and Newtonsoft contracts compiled again each time.
/// </summary>
/// <remarks>
/// The credentials come from the SDK's own connector factory (its credentials factory, cloud and audience rules), once
/// per key; the SDK's app credentials then cache the token they acquire, so a token is fetched when it expires, not
/// per turn. Teams uses a handful of service URLs; past <see cref="MaxClients"/> (a flood of made-up service URLs in an
/// anonymous local bot) clients are built per turn as the SDK does, still over the pooled handler.
/// </remarks>
public sealed class ConnectorPool(IHttpClientFactory httpClients) : IDisposable
{
    /// <summary>The named HttpClient of the connector calls (see <see cref="AddTo"/>).</summary>
    public const string HttpClientName = "BotConnector";

    public const int MaxClients = 64;

    private readonly ConcurrentDictionary<(string AppId, string ServiceUrl, string Audience), SharedConnectorClient> _clients = new();

    /// <summary>Registers the pool and its HttpClient: connections recycled every few minutes (DNS changes are followed), no per-request log lines.</summary>
    public static void AddTo(IServiceCollection services)
    {
        services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            // The pooled clients keep their handler for life; the handler itself recycles its connections.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.AddSingleton<ConnectorPool>();
    }

    /// <summary>Clients held now (tests and the benchmark read it).</summary>
    public int Count => _clients.Count;

    /// <summary>A factory that serves <paramref name="appId"/>'s clients from the pool, creating them through <paramref name="sdk"/>.</summary>
    public ConnectorFactory For(ConnectorFactory sdk, string? appId) => new Factory(this, sdk, appId ?? "");

    private async Task<IConnectorClient> GetAsync(ConnectorFactory sdk, string appId, string serviceUrl, string? audience, CancellationToken ct)
    {
        var key = (appId, serviceUrl, audience ?? "");
        if (_clients.TryGetValue(key, out var shared)) return shared;

        ServiceClientCredentials credentials;
        using (var created = await sdk.CreateAsync(serviceUrl, audience, ct).ConfigureAwait(false))
            credentials = created.Credentials;
        var http = httpClients.CreateClient(HttpClientName);
        ConnectorClient.AddDefaultRequestHeaders(http);
        if (_clients.Count >= MaxClients) return new ConnectorClient(new Uri(serviceUrl), credentials, http, disposeHttpClient: true);

        var client = new SharedConnectorClient(new Uri(serviceUrl), credentials, http);
        var kept = _clients.GetOrAdd(key, client);
        if (!ReferenceEquals(kept, client)) client.Release(); // another turn created it first
        return kept;
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values) client.Release();
        _clients.Clear();
    }

    private sealed class Factory(ConnectorPool pool, ConnectorFactory sdk, string appId) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            pool.GetAsync(sdk, appId, serviceUrl, audience, cancellationToken);
    }
}
