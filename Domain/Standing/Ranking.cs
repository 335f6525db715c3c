namespace DanVan.Domain.Standing;

/// <summary>
/// A unit's place among all active units of the department by overall completion (0–1). <see cref="Sharing"/> is how
/// many units hold that place (1: alone). A unit with nothing done yet (completion 0) is not ranked at all: a
/// "first of 15" shared by fifteen units at 0% would read as praise.
/// </summary>
public sealed record Rank(int Position, int Of, decimal Completion)
{
    public int Sharing { get; init; } = 1;

    /// <summary>Whether a place is shown: only once the unit has something done that counts.</summary>
    public bool IsRanked => Completion > 0m;

    /// <summary>Whether other units share the place ("đồng hạng").</summary>
    public bool IsShared => Sharing > 1;
}

public static class Ranking
{
    /// <summary>
    /// Units that have submitted nothing count as 0. Ties share a place ("standard competition": 1, 2, 2, 4), so
    /// a unit is never ranked below another with the same completion.
    /// </summary>
    public static Rank Of(string unitId, IReadOnlyDictionary<string, decimal> completionByUnit, IReadOnlyCollection<string> activeUnits)
    {
        decimal Completion(string id) => completionByUnit.GetValueOrDefault(id);
        var mine = Completion(unitId);
        var ahead = activeUnits.Count(id => id != unitId && Completion(id) > mine);
        var same = activeUnits.Count(id => id != unitId && Completion(id) == mine);
        return new Rank(ahead + 1, Math.Max(activeUnits.Count, 1), mine) { Sharing = same + 1 };
    }

    /// <summary>Every active unit's rank at once (the office's summary and export).</summary>
    public static IReadOnlyDictionary<string, Rank> All(IReadOnlyDictionary<string, decimal> completionByUnit, IReadOnlyCollection<string> activeUnits) =>
        activeUnits.Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => Of(id, completionByUnit, activeUnits), StringComparer.Ordinal);

    /// <summary>Overall completion: the mean of the numbered targets' completion, each clamped to 0–1.</summary>
    public static decimal Overall(IEnumerable<(int Target, decimal Completion)> targets, int targetCount)
    {
        var byTarget = targets.GroupBy(t => t.Target).ToDictionary(g => g.Key, g => g.Average(t => Math.Clamp(t.Completion, 0m, 1m)));
        return targetCount == 0 ? 0m : Math.Round(byTarget.Values.Sum() / targetCount, 4);
    }
}
