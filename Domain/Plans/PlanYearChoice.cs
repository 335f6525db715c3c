namespace DanVan.Domain.Plans;

/// <summary>
/// Which of several plan years DanVan serves on a day: the latest that has opened (a next year opening on 1 December
/// takes over from that day, while the year before stays readable), else, before any has opened, the earliest.
/// </summary>
public static class PlanYearChoice
{
    public static Plan Current(IReadOnlyList<Plan> plans, DateOnly today)
    {
        if (plans.Count == 0) throw new ArgumentException("No plan year.", nameof(plans));
        var ordered = plans.OrderBy(p => p.OpensOn).ThenBy(p => p.Year).ToList();
        return ordered.LastOrDefault(p => p.OpensOn <= today) ?? ordered[0];
    }

    /// <summary>The year before <paramref name="plan"/>: the latest one opening before it (its models carry over).</summary>
    public static Plan? Previous(IReadOnlyList<Plan> plans, Plan plan) =>
        plans.Where(p => p.Id != plan.Id && p.OpensOn < plan.OpensOn).OrderBy(p => p.OpensOn).LastOrDefault();
}
