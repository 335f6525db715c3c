using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DanVan.Testing;

/// <summary>
/// An Azurite of a test's own, on a port the test chooses, persisting to a temporary folder so its data survives
/// a stop and start: for tests that take storage away from a running bot and bring it back. Stopped on SIGINT,
/// the only signal on which Azurite shuts down cleanly.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private readonly string _location = Directory.CreateTempSubdirectory("danvan-azurite-").FullName;
    private Process? _process;

    public AzuriteProcess(int port) => Port = port;

    public int Port { get; }
    public string ConnectionString => Azurite.ConnectionStringFor(Port);

    public async Task StartAsync()
    {
        if (_process is { HasExited: false }) return;
        var bin = Path.Combine(RepoRoot.Path, "tools", "node_modules", ".bin", "azurite-table");
        if (!File.Exists(bin)) throw new InvalidOperationException($"Azurite is not installed ({bin}). Run `npm ci --prefix tools`.");
        var start = new ProcessStartInfo(bin)
        {
            ArgumentList = { "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(), "--location", _location,
                "--disableTelemetry", "--skipApiVersionCheck", "--silent" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Azurite.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await PortOpenAsync())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
                throw new TimeoutException($"Azurite did not open port {Port}.");
            await Task.Delay(100);
        }
    }

    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } p) return;
        using (var kill = Process.Start("kill", ["-INT", p.Id.ToString()])) await kill!.WaitForExitAsync();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await p.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
        }
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
        _process?.Dispose();
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
