namespace DanVan.Testing;

/// <summary>
/// A real Azurite Table endpoint for tests. ./test.sh starts one and passes it in DANVAN_TEST_STORAGE; when a
/// test is run on its own (IDE, dotnet test), one is started here in memory by the same launcher
/// (<see cref="AzuriteProcess"/>, tools/stack.mjs), stopped when the test process exits.
/// </summary>
public static class Azurite
{
    public const string EnvVar = "DANVAN_TEST_STORAGE";

    private static readonly Lazy<string> Shared = new(StartOrReuse, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string ConnectionString => Shared.Value;

    /// <summary>A table prefix no other test uses, so tests share one Azurite without seeing each other's rows.</summary>
    public static string NewTablePrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The same account's connection string with its table endpoint on <paramref name="port"/>: for an
    /// Azurite a test starts (and stops) itself. The key comes from the launcher's string, never written here.</summary>
    public static string ConnectionStringFor(int port) =>
        System.Text.RegularExpressions.Regex.Replace(ConnectionString, @"TableEndpoint=http://127\.0\.0\.1:\d+/", $"TableEndpoint=http://127.0.0.1:{port}/");

    /// <summary>A port free on 127.0.0.1 now.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string StartOrReuse()
    {
        if (Environment.GetEnvironmentVariable(EnvVar) is { Length: > 0 } given) return given;
        var own = AzuriteProcess.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => own.Dispose();
        return own.ConnectionString;
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
