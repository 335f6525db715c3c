using Microsoft.Bot.Connector;
using Microsoft.Rest;

namespace DanVan.Bot.Hosting;

/// <summary>
/// A ConnectorClient that lives as long as the <see cref="ConnectorPool"/>: CloudAdapter disposes the client of every
/// turn (a <c>using</c> around the turn), which must not end a client that the next turn and the reminders reuse.
/// </summary>
/// <remarks>
/// A ConnectorClient is safe to share: each call builds its own request; its serializer settings and credentials
/// are only read. Sharing it is the point: a new client builds new serializer settings with a new contract
/// resolver, whose contracts Newtonsoft then compiles again (dynamic methods, JIT-compiled) on the turn's first
/// serialization, and brings its own HttpClient.
/// </remarks>
public sealed class SharedConnectorClient : ConnectorClient
{
    public SharedConnectorClient(Uri serviceUrl, ServiceClientCredentials credentials, HttpClient httpClient)
        : base(serviceUrl, credentials, httpClient, disposeHttpClient: true)
    {
    }

    /// <summary>Ends the client for real; only the pool calls this, when the host stops.</summary>
    internal void Release() => base.Dispose(true);

    // A turn's "using" ends here: the pool owns the client, and Release disposes it once, when the host stops.
#pragma warning disable CA2215 // not calling base.Dispose is the point: the shared client must outlive the turn.
    protected override void Dispose(bool disposing)
    {
    }
#pragma warning restore CA2215
}
