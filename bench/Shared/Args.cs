using System.Globalization;

namespace DanVan.Benchmarks;

/// <summary>
/// Walks a benchmark's command line: each "--name value" option reads its value with the typed readers, which
/// name the option in the message when the value is missing or out of range.
/// </summary>
public sealed class Args(string[] args)
{
    private int _i = -1;

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

    public double Real()
    {
        var name = args[_i];
        return double.TryParse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d > 0
            ? d : throw new ArgumentException($"{name} needs a number > 0.");
    }

    public ArgumentException Unknown(string name) => new($"Unknown argument {name}.");
}
