using System.Net;
using System.Net.Sockets;

namespace DanVan.Testing;

/// <summary>
/// An Azurite of a test's own, on a port the test chooses, keeping its data in a temporary folder so it survives a
/// stop and start: for tests that take storage away from a running bot and bring it back. Started by the one
/// launcher (<see cref="AzuriteProcess"/>), which stops Azurite on SIGINT, the only signal it shuts down cleanly on.
/// </summary>
public sealed class RestartableAzurite(int port) : IAsyncDisposable
{
    private readonly string _location = Directory.CreateTempSubdirectory("danvan-azurite-").FullName;
    private AzuriteProcess? _running;

    public int Port { get; } = port;

    public string ConnectionString => Azurite.ConnectionStringFor(Port);

    public async Task StartAsync()
    {
        if (_running is { LauncherExited: false }) return;
        _running = await Task.Run(() => AzuriteProcess.Start(Port, _location));
    }

    public async Task StopAsync()
    {
        if (_running is not { } running) return;
        _running = null;
        await Task.Run(running.Dispose);
        // The port must be closed before the test calls storage "down".
        while (await PortOpenAsync()) await Task.Delay(50);
    }

    private async Task<bool> PortOpenAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_location, recursive: true);
        }
        catch (IOException)
        {
            // A file Azurite still held; the temp folder is cleaned by the system.
        }
    }
}
