using System.Diagnostics.Metrics;

namespace DanVan.Bench;

/// <summary>
/// Counts the bot's outgoing HTTP requests to storage (Azurite) and to the connector during the measurement, from
/// HttpClient's own "http.client.request.duration" metric (one increment per request, so cheap enough to leave on):
/// round trips per turn over the whole run, cache refreshes included.
/// </summary>
public sealed class RequestCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly int _storagePort;
    private readonly int _connectorPort;
    private long _storage;
    private long _connector;

    public RequestCounter(int storagePort, int connectorPort)
    {
        (_storagePort, _connectorPort) = (storagePort, connectorPort);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "System.Net.Http" && instrument.Name == "http.client.request.duration")
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key != "server.port" || tag.Value is not int port) continue;
                if (port == _storagePort) Interlocked.Increment(ref _storage);
                else if (port == _connectorPort) Interlocked.Increment(ref _connector);
                return;
            }
        });
        _listener.Start();
    }

    public (long Storage, long Connector) Read() => (Interlocked.Read(ref _storage), Interlocked.Read(ref _connector));

    public void Dispose() => _listener.Dispose();
}
