using DanVan.Domain.Repositories;

namespace DanVan.Domain.Roster;

/// <summary>
/// Refused attempts that repeat (the same person, the same command or verb, the same reason and detail) shown as
/// one line with a count, so a burst of refusals reads as one event and cannot bury the rest of the log.
/// </summary>
public sealed record RefusalGroup(AccessRefused Latest, int Count, DateTimeOffset FirstAt)
{
    /// <summary>Groups <paramref name="newestFirst"/>; the groups come newest first, by their latest attempt.</summary>
    public static IReadOnlyList<RefusalGroup> Of(IEnumerable<AccessRefused> newestFirst)
    {
        var groups = new List<RefusalGroup>();
        var index = new Dictionary<(string, string, string, string?), int>();
        foreach (var r in newestFirst)
        {
            var key = (r.Stamp.UserKey, r.Attempt, r.Reason, r.Detail);
            if (index.TryGetValue(key, out var i))
                groups[i] = groups[i] with { Count = groups[i].Count + 1, FirstAt = r.Stamp.At < groups[i].FirstAt ? r.Stamp.At : groups[i].FirstAt };
            else
            {
                index[key] = groups.Count;
                groups.Add(new RefusalGroup(r, 1, r.Stamp.At));
            }
        }
        return groups;
    }
}
