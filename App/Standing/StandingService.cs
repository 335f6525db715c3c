using DanVan.App.Forms;
using DanVan.Cards.Json;
using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Standing;
using DanVan.Domain.Time;

namespace DanVan.App.Standing;

/// <summary>
/// A unit's standing against the plan, with its rank among all active units. Reads the whole department's current
/// items in one range query (ranking needs them anyway) plus the roster's unit list.
/// </summary>
public sealed class StandingService(
    Plan plan, ISubmissionRepository submissions, IRosterRepository roster, DepartmentClock clock, IEnumerable<IItemSpec> specs)
    : IAfterSave
{
    private readonly IReadOnlyList<IItemSpec> _specs = [.. specs];

    public async Task<Card> CardAsync(Actor a, CancellationToken ct)
    {
        var today = clock.Today;
        var unitsTask = roster.ListUnitsAsync(ct);
        var all = await submissions.LoadPlanAsync(plan.Id, ct);
        var active = (await unitsTask).Where(u => u.Active).Select(u => u.Id).ToList();

        // Rank on the same rules for everyone, in one language: completion does not depend on wording.
        var completion = all.ToDictionary(u => u.UnitId, u => Completion(Lines(Texts.Vietnamese, u, today)));
        var rank = Ranking.Of(a.Unit.Id, completion, active);
        var mine = all.FirstOrDefault(u => u.UnitId == a.Unit.Id) ?? EmptyUnit.For(a.Unit.Id);
        return StandingCard.Build(a.T, plan, a.Unit.Name, Lines(a.T, mine, today), rank, today, a.T.DateTime(clock.Now));
    }

    public async Task<IReadOnlyList<Reply>> RepliesAsync(Actor a, CancellationToken ct) => [new CardReply(await CardAsync(a, ct))];

    private IReadOnlyList<StandingLine> Lines(Texts t, UnitSubmissions unit, DateOnly today) =>
        _specs.SelectMany(s => s.Standing(t, plan, unit, today)).OrderBy(l => l.Target ?? int.MaxValue).ToList();

    private decimal Completion(IReadOnlyList<StandingLine> lines) =>
        Ranking.Overall(lines.Where(l => l.Target is not null).Select(l => (l.Target!.Value, l.Completion)), plan.Targets.Count);

    private sealed class EmptyUnit(string unitId) : UnitSubmissions(unitId)
    {
        public static UnitSubmissions For(string unitId) => new EmptyUnit(unitId);
        public override Versioned<T>? Get<T>(string item) where T : class => null;
        public override IReadOnlyList<(string Item, Versioned<T> Value)> GetAll<T>(string itemPrefix) where T : class => [];
    }
}
