using System.Globalization;

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
        "Storage: DANVAN_TEST_STORAGE (an Azurite connection string), else an in-memory Azurite from tools/node_modules.";

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number(int min)
            {
                var name = args[i];
                return int.TryParse(Value(), out var n) && n >= min ? n : throw new ArgumentException($"{name} needs a whole number ≥ {min}.");
            }
            double Real()
            {
                var name = args[i];
                return double.TryParse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d > 0 ? d : throw new ArgumentException($"{name} needs a number > 0.");
            }
            o = args[i] switch
            {
                "--rate" => o with { Rate = Number(1) },
                "--sender-rate" => o with { SenderRate = Real() },
                "--units" => o with { Units = Number(1) },
                "--heads" => o with { HeadsPerUnit = Number(1) },
                "--parallelism" => o with { Parallelism = Number(1) },
                "--claim-timeout" => o with { ClaimTimeoutSeconds = Number(1) },
                "--no-crash" => o with { Crash = false },
                "--kill-at" => o with { KillAt = Real() },
                "--doc" => o with { Doc = Value() },
                "--command" => o with { Command = Value() },
                "--azurite-version" => o with { AzuriteVersion = Value() },
                "--child" => o with { Child = true },
                "--prefix" => o with { Prefix = Value() },
                "--now" => o with { Now = DateTimeOffset.Parse(Value(), CultureInfo.InvariantCulture) },
                "--instance" => o with { Instance = Value() },
                _ => throw new ArgumentException($"Unknown argument {args[i]}."),
            };
        }
        if (args.Contains("--rate") && !args.Contains("--sender-rate")) o = o with { SenderRate = o.Rate };
        return o;
    }
}
