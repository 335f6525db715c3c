using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DanVan.Testing;

/// <summary>
/// A real Azurite Table endpoint for tests. ./test.sh starts one and passes it in DANVAN_TEST_STORAGE; when a
/// test is run on its own (IDE, dotnet test), one is started here from tools/node_modules, in memory.
/// </summary>
public static class Azurite
{
    public const string EnvVar = "DANVAN_TEST_STORAGE";
    private const string DevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Lazy<string> Shared = new(StartOrReuse, LazyThreadSafetyMode.ExecutionAndPublication);
    private static Process? _own;

    public static string ConnectionString => Shared.Value;

    /// <summary>A table prefix no other test uses, so tests share one Azurite without seeing each other's rows.</summary>
    public static string NewTablePrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    private static string StartOrReuse()
    {
        if (Environment.GetEnvironmentVariable(EnvVar) is { Length: > 0 } given) return given;

        var bin = Path.Combine(RepoRoot.Path, "tools", "node_modules", ".bin", "azurite-table");
        if (!File.Exists(bin))
            throw new InvalidOperationException($"Azurite is not installed ({bin}). Run ./test.sh, or `npm ci --prefix tools`.");
        var port = FreePort();
        var start = new ProcessStartInfo(bin)
        {
            ArgumentList = { "--tableHost", "127.0.0.1", "--tablePort", port.ToString(), "--inMemoryPersistence",
                "--disableTelemetry", "--skipApiVersionCheck", "--silent" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _own = Process.Start(start) ?? throw new InvalidOperationException("Could not start Azurite.");
        _own.OutputDataReceived += (_, _) => { };
        _own.ErrorDataReceived += (_, _) => { };
        _own.BeginOutputReadLine();
        _own.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
        WaitForPort(port, TimeSpan.FromSeconds(30));
        return ConnectionStringFor(port);
    }

    private static void Stop()
    {
        if (_own is not { HasExited: false } p) return;
        // SIGINT is the signal Azurite shuts down cleanly on.
        Process.Start("kill", ["-INT", p.Id.ToString()])?.WaitForExit(2000);
        if (!p.WaitForExit(5000)) p.Kill(entireProcessTree: true);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void WaitForPort(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        throw new TimeoutException($"Azurite did not open port {port} within {timeout.TotalSeconds} s.");
    }
}

/// <summary>The repository root, found by walking up to DanVan.sln.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "DanVan.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("DanVan.sln not found above " + AppContext.BaseDirectory);
    }
}
