using DanVan.Benchmarks;

namespace DanVan.PingBench;

public sealed record Options
{
    public int Rate { get; init; } = 40;
    public double SenderRate { get; init; } = 40;
    public int Units { get; init; } = 1000;
    public int HeadsPerUnit { get; init; } = 5;
    public int Parallelism { get; init; } = 16;
    public int ClaimTimeoutSeconds { get; init; } = 5;
    public bool Crash { get; init; } = true;
    public double KillAt { get; init; } = 0.4;
    public string? Doc { get; init; }
    public string Command { get; init; } = "bench/pings.sh";
    public string? AzuriteVersion { get; init; }
    // child only
    public bool Child { get; init; }
    public string? Prefix { get; init; }
    public DateTimeOffset? Now { get; init; }
    public string Instance { get; init; } = "bench";

    public const string Usage =
        "usage: DanVan.PingBench [--rate 40] [--sender-rate 40] [--units 1000] [--heads 5] [--parallelism 16] [--claim-timeout 5]\n" +
        "                        [--no-crash] [--kill-at 0.4] [--doc docs/benchmarks.md] [--command TEXT] [--azurite-version V]\n" +
        "Storage: DANVAN_TEST_STORAGE (an Azurite connection string), else an in-memory Azurite started by tools/stack.mjs.";

    /// <summary>The options, or null after saying on stderr what is wrong (exit status 2).</summary>
    public static Options? Parse(string[] args)
    {
        var o = Args.Parse(args, new Options(), Usage, (o, name, a) => name switch
        {
            "--rate" => o with { Rate = a.Number(1) },
            "--sender-rate" => o with { SenderRate = a.Real() },
            "--units" => o with { Units = a.Number(1) },
            "--heads" => o with { HeadsPerUnit = a.Number(1) },
            "--parallelism" => o with { Parallelism = a.Number(1) },
            "--claim-timeout" => o with { ClaimTimeoutSeconds = a.Number(1) },
            "--no-crash" => o with { Crash = false },
            "--kill-at" => o with { KillAt = a.Real() },
            "--doc" => o with { Doc = a.Value() },
            "--command" => o with { Command = a.Value() },
            "--azurite-version" => o with { AzuriteVersion = a.Value() },
            "--child" => o with { Child = true },
            "--prefix" => o with { Prefix = a.Value() },
            "--now" => o with { Now = a.Instant() },
            "--instance" => o with { Instance = a.Value() },
            _ => null,
        });
        // The sender keeps to the connector's rate unless told otherwise.
        if (o is not null && args.Contains("--rate") && !args.Contains("--sender-rate")) o = o with { SenderRate = o.Rate };
        return o;
    }
}
