namespace DanVan.Domain.Progress;

/// <summary>
/// Every percentage DanVan shows, one way: rounded to one decimal (15/16 reads 93,8), half away from zero — but never
/// "100" while something is still missing, nor "0" once something is done: 1999/2000 reads 99,9, 1/2000 reads 0,1.
/// </summary>
public static class Percentages
{
    /// <summary><paramref name="part"/> of <paramref name="whole"/> in percent, one decimal; 0 when there is no whole.</summary>
    public static decimal Of(decimal part, decimal whole) => whole <= 0 ? 0m : FromShare(part / whole);

    /// <summary>A share (0–1) in percent, one decimal, rounded as the class says.</summary>
    public static decimal FromShare(decimal share)
    {
        if (share <= 0m) return 0m;
        var p = Math.Round(share * 100m, 1, MidpointRounding.AwayFromZero);
        if (share < 1m) p = Math.Clamp(p, 0.1m, 99.9m);
        // Without the scale Round leaves (50.0), so a whole percentage is written and exported as a whole number.
        return p == decimal.Truncate(p) ? decimal.Truncate(p) : p;
    }
}
