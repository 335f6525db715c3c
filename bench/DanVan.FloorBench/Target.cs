using System.Diagnostics;
using System.Net.Sockets;

namespace DanVan.FloorBench;

/// <summary>One measured server in its own process, with the startup hook's counters on a side port.</summary>
public sealed class Target : IAsyncDisposable
{
    private readonly Process _process;

    private Target(string name, Process process, string baseUrl, int statsPort, TimeSpan firstAnswer) =>
        (Name, _process, BaseUrl, StatsPort, FirstAnswer) = (name, process, baseUrl, statsPort, firstAnswer);

    public string Name { get; }
    public string BaseUrl { get; }
    public int StatsPort { get; }
    public int Pid => _process.Id;

    /// <summary>Process start → the first 200 to a message, whose reply reached the connector.</summary>
    public TimeSpan FirstAnswer { get; }

    /// <summary>
    /// Starts <paramref name="dll"/> with the hook and waits until <paramref name="firstTurn"/> is answered 200;
    /// spawn → first answer is timed from just before the process starts.
    /// </summary>
    public static async Task<Target> StartAsync(string name, string dll, IDictionary<string, string> env, string hook, string logDir,
        Func<string, Task<int>> firstTurn)
    {
        var port = FreePort();
        var statsPort = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseUrl);
        info.Environment["DOTNET_STARTUP_HOOKS"] = hook;
        info.Environment["DANVAN_BENCH_STATS_PORT"] = statsPort.ToString();
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // The same logging for all three: warnings only (DanVan's own default logs an information line per start-up only).
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (k, v) in env) info.Environment[k] = v;
        info.WorkingDirectory = Path.GetDirectoryName(dll)!;

        var log = new StreamWriter(Path.Combine(logDir, $"floor-{Safe(name)}.log")) { AutoFlush = true };
        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"{name} exited with {process.ExitCode}; see {logDir}/floor-{Safe(name)}.log");
            if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(120)) throw new TimeoutException($"{name} did not answer in 120 s.");
            try
            {
                if (await firstTurn(baseUrl) == 200) break;
            }
            catch (HttpRequestException) { }
            await Task.Delay(2);
        }
        return new Target(name, process, baseUrl, statsPort, Stopwatch.GetElapsedTime(started));
    }

    public async Task<Stats> StatsAsync() => Stats.Parse(await AskAsync("stats"));

    /// <summary>Methods JIT-compiled since the last call, most frequent first.</summary>
    public async Task<List<(int Count, string Method)>> TakeJitNamesAsync() =>
        (await AskAsync("jitnames")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('\t', 2)).Select(p => (int.Parse(p[0]), p[1])).OrderByDescending(p => p.Item1).ToList();

    private async Task<string> AskAsync(string command)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", StatsPort);
        await using var stream = client.GetStream();
        await using var writer = new StreamWriter(stream) { AutoFlush = true };
        await writer.WriteLineAsync(command);
        client.Client.Shutdown(SocketShutdown.Send);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    /// <summary>A /proc/{pid}/status "kB" field in bytes (VmHWM: peak RSS).</summary>
    public long? ProcStatus(string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
                if (line.StartsWith(field + ":", StringComparison.Ordinal))
                    return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0]) * 1024;
        }
        catch (IOException) { }
        return null;
    }

    public static int FreePort()
    {
        var l = new TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        var port = ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    private static string Safe(string name) => new(name.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}

/// <summary>The hook's counters: cumulative since the process started.</summary>
public sealed record Stats(long Jit, long Allocated, long CpuMicroseconds, int Gen0, int Gen1, int Gen2, long GcPauseMicroseconds,
    IReadOnlyDictionary<int, long> ConnectionsByPort)
{
    public static Stats Parse(string text)
    {
        long jit = 0, alloc = 0, cpu = 0, pause = 0;
        int g0 = 0, g1 = 0, g2 = 0;
        var connections = new Dictionary<int, long>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var p = line.Split(' ');
            switch (p[0])
            {
                case "jit": jit = long.Parse(p[1]); break;
                case "allocated": alloc = long.Parse(p[1]); break;
                case "cpu_us": cpu = long.Parse(p[1]); break;
                case "gc_pause_us": pause = long.Parse(p[1]); break;
                case "gc": (g0, g1, g2) = (int.Parse(p[1]), int.Parse(p[2]), int.Parse(p[3])); break;
                case "connections": connections[int.Parse(p[1])] = long.Parse(p[2]); break;
            }
        }
        return new Stats(jit, alloc, cpu, g0, g1, g2, pause, connections);
    }

    public long Connections(int port) => ConnectionsByPort.TryGetValue(port, out var n) ? n : 0;
}
