using System.Collections.Concurrent;
using DanVan.App.Forms;
using DanVan.Cards.Json;
using DanVan.Cards.Reviews;
using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Progress;
using DanVan.Domain.Repositories;
using DanVan.Domain.Reviews;
using DanVan.Domain.Standing;
using DanVan.Domain.Time;

namespace DanVan.App.Standing;

/// <summary>
/// A unit's standing against the plan, with its rank among all active units. The unit's own figures are always
/// exact (its partition, or the value just saved); the rest of the department comes from a snapshot at most
/// <see cref="DepartmentTtl"/> old, so a submission does not pay a plan-wide query on every turn.
/// </summary>
public sealed class StandingService(
    Plan plan, ISubmissionRepository submissions, IRosterRepository roster, DepartmentClock clock, IEnumerable<IItemSpec> specs,
    ProgressItems items)
    : IAfterSave
{
    /// <summary>Rank is a motivation, not a figure anyone reports: half a minute of staleness is fine.</summary>
    public static readonly TimeSpan DepartmentTtl = TimeSpan.FromSeconds(30);

    private readonly IReadOnlyList<IItemSpec> _specs = [.. specs];
    private readonly object _gate = new();
    private Task<Department>? _department;

    private sealed record Department(DateTimeOffset LoadedAt, DateOnly Today, ConcurrentDictionary<string, decimal> Completion, IReadOnlyList<string> Active);

    public async Task<Card> CardAsync(Actor a, CancellationToken ct) =>
        await CardForAsync(a, await submissions.LoadUnitAsync(plan.Id, a.Unit.Id, ct), compact: false, ct);

    /// <summary>After a save: the compact standing (bars, what is missing, rank), one short message in the chat.</summary>
    public Task<Card> StandingCardAsync(Actor a, UnitSubmissions unitNow, CancellationToken ct) => CardForAsync(a, unitNow, compact: true, ct);

    private async Task<Card> CardForAsync(Actor a, UnitSubmissions unit, bool compact, CancellationToken ct)
    {
        var today = clock.Today;
        if (plan.PhaseOn(today) == YearPhase.Closed)
            return FinalResultCard.Build(a.T, plan, a.Unit.Name, Lines(a.T, unit, plan.LastOpenDay), FinalResult.Of(items, plan, unit));
        var department = await DepartmentAsync(today).WaitAsync(ct);
        // The rank comes from the domain's progress, never from the card's words.
        department.Completion[unit.UnitId] = UnitProgress.Overall(plan, items.Of(plan, unit, today));
        var rank = Ranking.Of(unit.UnitId, department.Completion, department.Active);
        return StandingCard.Build(a.T, plan, a.Unit.Name, Lines(a.T, unit, today), rank, today, a.T.DateTime(clock.Now), compact);
    }

    private Task<Department> DepartmentAsync(DateOnly today)
    {
        lock (_gate)
        {
            // One load at a time: when the snapshot expires under load, every waiting turn shares the same query.
            if (_department is { IsCompletedSuccessfully: true } done
                && (clock.UtcNow - done.Result.LoadedAt >= DepartmentTtl || done.Result.Today != today))
                _department = null;
            if (_department is { IsFaulted: true } or { IsCanceled: true }) _department = null;
            return _department ??= LoadDepartmentAsync(today, CancellationToken.None);
        }
    }

    private async Task<Department> LoadDepartmentAsync(DateOnly today, CancellationToken ct)
    {
        var unitsTask = roster.ListUnitsAsync(ct);
        var all = await submissions.LoadPlanAsync(plan.Id, ct);
        var active = (await unitsTask).Where(u => u.Active).Select(u => u.Id).ToList();
        var completion = new ConcurrentDictionary<string, decimal>(
            all.Select(u => KeyValuePair.Create(u.UnitId, UnitProgress.Overall(plan, items.Of(plan, u, today)))));
        return new Department(clock.UtcNow, today, completion, active);
    }

    private IReadOnlyList<StandingLine> Lines(Texts t, UnitSubmissions unit, DateOnly today) =>
        _specs.SelectMany(s => WithReview(t, unit, s.Name, s.Standing(t, plan, unit, today))).OrderBy(l => l.Target ?? int.MaxValue).ToList();

    /// <summary>An item Văn phòng Sở reviews shows its review state under its first line.</summary>
    private static IEnumerable<StandingLine> WithReview(Texts t, UnitSubmissions unit, string item, IReadOnlyList<StandingLine> lines)
    {
        if (!ReviewItems.IsReviewed(item) || lines.Count == 0) return lines;
        var review = ReviewStanding.Of(unit, item);
        if (review.State == ReviewState.NotSubmitted) return lines;
        return [lines[0] with { Review = ReviewCards.StateText(t, review), ReviewReturned = review.State == ReviewState.Returned }, .. lines.Skip(1)];
    }
}
