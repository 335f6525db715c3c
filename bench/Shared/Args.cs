using System.Globalization;

namespace DanVan.Benchmarks;

/// <summary>
/// A benchmark's command line: <see cref="Parse{T}"/> walks it into the program's options record, each "--name value"
/// option reading its value with the typed readers, which name the option in the message when the value is missing
/// or out of range.
/// </summary>
public sealed class Args(string[] args)
{
    private int _i = -1;

    /// <summary>
    /// Reads every argument into a copy of <paramref name="defaults"/>: <paramref name="option"/> applies one option
    /// and returns null for a name it does not know. On a bad or unknown argument, prints what is wrong and the
    /// usage on stderr and returns null; Main then exits with status 2.
    /// </summary>
    public static T? Parse<T>(string[] args, T defaults, string usage, Func<T, string, Args, T?> option) where T : class
    {
        try
        {
            var a = new Args(args);
            var o = defaults;
            while (a.Next() is { } name) o = option(o, name, a) ?? throw new ArgumentException($"Unknown argument {name}.");
            return o;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(usage);
            return null;
        }
    }

    /// <summary>The next option's name, or null at the end.</summary>
    public string? Next() => ++_i < args.Length ? args[_i] : null;

    public string Value()
    {
        var name = args[_i];
        return _i + 1 < args.Length ? args[++_i] : throw new ArgumentException($"{name} needs a value.");
    }

    public int Number(int min)
    {
        var name = args[_i];
        return int.TryParse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min
            ? n : throw new ArgumentException($"{name} needs a whole number ≥ {min}.");
    }

    /// <summary>A comma-separated list of whole numbers, e.g. "100,1000".</summary>
    public IReadOnlyList<int> Numbers(int min)
    {
        var name = args[_i];
        var parts = Value().Split(',');
        return parts.All(p => int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min)
            ? [.. parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture))]
            : throw new ArgumentException($"{name} needs whole numbers ≥ {min}, separated by commas (e.g. 100,1000).");
    }

    public double Real()
    {
        var name = args[_i];
        return double.TryParse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d > 0
            ? d : throw new ArgumentException($"{name} needs a number > 0.");
    }

    /// <summary>A date-time with its offset, e.g. 2024-04-12T08:05:00+07:00.</summary>
    public DateTimeOffset Instant()
    {
        var name = args[_i];
        return DateTimeOffset.TryParse(Value(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t : throw new ArgumentException($"{name} needs a date-time with its offset, e.g. 2024-04-12T08:05:00+07:00.");
    }
}
