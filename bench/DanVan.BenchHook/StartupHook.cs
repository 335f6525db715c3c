using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Net;
using System.Net.Sockets;
using System.Text;

/// <summary>
/// Runs before the process's Main (DOTNET_STARTUP_HOOKS). Counts, inside the process: methods JIT-compiled (the
/// runtime's JIT events, MethodJittingStarted, by name), bytes allocated, CPU time, GC counts and new outgoing HTTP
/// connections by port (System.Net.Http's ConnectionEstablished). A line protocol on 127.0.0.1:DANVAN_BENCH_STATS_PORT
/// answers "stats" with the totals and "jitnames" with the methods compiled since the last "jitnames".
/// With DANVAN_BENCH_ALLOC_FILE set it also samples allocations by type (the GC's AllocationTick, one event per
/// ~100 KB allocated) and, at each "jitnames", writes the samples taken since the previous one to that file.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("DANVAN_BENCH_STATS_PORT"), out var port)) return;
        Counting.Listener = new Counting();
        var server = new TcpListener(IPAddress.Loopback, port);
        server.Start();
        new Thread(() => Serve(server)) { IsBackground = true, Name = "bench-stats" }.Start();
    }

    private static void Serve(TcpListener server)
    {
        while (true)
        {
            using var client = server.AcceptTcpClient();
            using var stream = client.GetStream();
            using var reader = new StreamReader(stream);
            using var writer = new StreamWriter(stream) { AutoFlush = true };
            var command = reader.ReadLine();
            writer.Write(command == "jitnames" ? Counting.Listener!.TakeNames() : Counting.Listener!.Stats());
        }
    }
}

internal sealed class Counting : EventListener
{
    public static Counting? Listener;

    private const EventKeywords JitKeyword = (EventKeywords)0x10, GcKeyword = (EventKeywords)0x1;
    private static readonly string? AllocFile = Environment.GetEnvironmentVariable("DANVAN_BENCH_ALLOC_FILE");
    private long _jitted;
    private readonly ConcurrentDictionary<string, int> _names = new();
    private readonly ConcurrentDictionary<string, long> _allocated = new();
    private readonly ConcurrentDictionary<int, int> _connections = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, AllocFile is null ? JitKeyword : JitKeyword | GcKeyword);
        else if (source.Name == "System.Net.Http") EnableEvents(source, EventLevel.Informational, EventKeywords.All);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null) return;
        if (e.EventName.StartsWith("MethodJittingStarted", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _jitted);
            var ns = Payload(e, "MethodNamespace");
            var name = Payload(e, "MethodName");
            // Dynamic methods (Expression.Compile, DynamicMethod) are named lambda_method<N>: group them.
            var key = name.StartsWith("lambda_method", StringComparison.Ordinal) ? "lambda_method (dynamic)" : ns + "::" + name;
            if (_names.Count < 20000 || _names.ContainsKey(key)) _names.AddOrUpdate(key, 1, (_, n) => n + 1);
        }
        else if (e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal))
        {
            var bytes = long.TryParse(Payload(e, "AllocationAmount64"), out var b) ? b : 0;
            _allocated.AddOrUpdate(Payload(e, "TypeName"), bytes, (_, n) => n + bytes);
        }
        else if (e.EventName == "ConnectionEstablished" && Payload(e, "port") is { Length: > 0 } p && int.TryParse(p, out var port))
        {
            _connections.AddOrUpdate(port, 1, (_, n) => n + 1);
        }
    }

    private static string Payload(EventWrittenEventArgs e, string name)
    {
        var i = e.PayloadNames?.IndexOf(name) ?? -1;
        return i >= 0 ? e.Payload?[i]?.ToString() ?? "" : "";
    }

    public string Stats()
    {
        using var self = Process.GetCurrentProcess();
        var sb = new StringBuilder();
        sb.Append("jit ").Append(Interlocked.Read(ref _jitted)).Append('\n');
        sb.Append("allocated ").Append(GC.GetTotalAllocatedBytes(precise: true)).Append('\n');
        sb.Append("cpu_us ").Append((long)self.TotalProcessorTime.TotalMicroseconds).Append('\n');
        sb.Append("gc ").Append(GC.CollectionCount(0)).Append(' ').Append(GC.CollectionCount(1)).Append(' ').Append(GC.CollectionCount(2)).Append('\n');
        sb.Append("gc_pause_us ").Append((long)GC.GetTotalPauseDuration().TotalMicroseconds).Append('\n');
        sb.Append("heap ").Append(GC.GetGCMemoryInfo().HeapSizeBytes).Append('\n');
        foreach (var (port, n) in _connections) sb.Append("connections ").Append(port).Append(' ').Append(n).Append('\n');
        return sb.ToString();
    }

    public string TakeNames()
    {
        var sb = new StringBuilder();
        foreach (var key in _names.Keys.ToList())
            if (_names.TryRemove(key, out var n)) sb.Append(n).Append('\t').Append(key).Append('\n');
        if (AllocFile is not null)
        {
            var samples = new StringBuilder();
            foreach (var (type, bytes) in _allocated.ToList().OrderByDescending(p => p.Value))
                if (_allocated.TryRemove(type, out _)) samples.Append(bytes).Append('\t').Append(type).Append('\n');
            File.WriteAllText(AllocFile, samples.ToString());
        }
        return sb.ToString();
    }
}
