using System.Diagnostics;

namespace DanVan.FloorBench;

/// <summary>What one target cost over a measurement: latencies, and the hook's counters as deltas.</summary>
public sealed class Result(string name)
{
    public string Name { get; } = name;
    public List<double> Sequential { get; } = [];
    public List<double> Concurrent { get; } = [];
    public double ConcurrentWallSeconds { get; set; }
    public long Turns { get; set; }
    public long CpuMicroseconds { get; set; }
    public long Allocated { get; set; }
    public long Jit { get; set; }
    public long ConnectorConnections { get; set; }
    public long StorageConnections { get; set; }
    public long GcPauseMicroseconds { get; set; }
    public int Gen0 { get; set; }
    public int Gen2 { get; set; }
    public long? PeakRss { get; set; }
    public double FirstAnswerMs { get; set; }
    public List<(int Count, string Method)> JitNames { get; set; } = [];
    public List<string> LoadAverages { get; } = [];

    public double P(List<double> xs, double p)
    {
        if (xs.Count == 0) return double.NaN;
        var s = xs.Order().ToArray();
        return s[Math.Clamp((int)Math.Ceiling(p / 100 * s.Length) - 1, 0, s.Length - 1)];
    }

    public double PerTurn(long x) => Turns == 0 ? double.NaN : (double)x / Turns;
    public double Throughput => Concurrent.Count / ConcurrentWallSeconds;
}

public static class Measure
{
    public static string LoadAverage()
    {
        try { return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "?"; }
    }

    /// <summary>Counts the hook's deltas over <paramref name="work"/> into <paramref name="into"/> (sequential turns only).</summary>
    public static async Task CountAsync(Target target, Result into, int connectorPort, int storagePort, int turns, Func<Task> work)
    {
        var before = await target.StatsAsync();
        await work();
        var after = await target.StatsAsync();
        into.Turns += turns;
        into.CpuMicroseconds += after.CpuMicroseconds - before.CpuMicroseconds;
        into.Allocated += after.Allocated - before.Allocated;
        into.Jit += after.Jit - before.Jit;
        into.ConnectorConnections += after.Connections(connectorPort) - before.Connections(connectorPort);
        into.StorageConnections += after.Connections(storagePort) - before.Connections(storagePort);
        into.GcPauseMicroseconds += after.GcPauseMicroseconds - before.GcPauseMicroseconds;
        into.Gen0 += after.Gen0 - before.Gen0;
        into.Gen2 += after.Gen2 - before.Gen2;
    }

    /// <summary><paramref name="count"/> turns one after another, users in turn; each latency is recorded.</summary>
    public static async Task SequentialAsync(Target target, Workload w, Result? into, int users, int first, int count, int connectorPort, int storagePort)
    {
        var batch = Enumerable.Range(first, count).Select(n => n % users).ToList();
        // DanVan: the forms are opened (unmeasured, outside the counted window) for the users of this block.
        await w.PrepareAsync(target.BaseUrl, batch.Distinct().ToList());
        async Task Run()
        {
            for (var k = 0; k < count; k++)
            {
                var ms = await w.TurnAsync(target.BaseUrl, batch[k], first + k);
                into?.Sequential.Add(ms);
            }
        }
        if (into is null) await Run();
        else await CountAsync(target, into, connectorPort, storagePort, count, Run);
    }

    /// <summary>All <paramref name="users"/> at once; the round's wall time goes to throughput.</summary>
    public static async Task ConcurrentAsync(Target target, Workload w, Result? into, int users, int round)
    {
        var all = Enumerable.Range(0, users).ToList();
        await w.PrepareAsync(target.BaseUrl, all);
        var start = Stopwatch.GetTimestamp();
        var ms = await Task.WhenAll(all.Select(u => w.TurnAsync(target.BaseUrl, u, round * users + u)));
        var wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        if (into is null) return;
        into.Concurrent.AddRange(ms);
        into.ConcurrentWallSeconds += wall;
    }
}
