using DanVan.App.Forms;
using DanVan.Cards;
using DanVan.Cards.Json;
using DanVan.Domain.Models;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;

namespace DanVan.App.Models;

/// <summary>"Mô hình": the unit's models, read in one partition query; the unit is always the caller's own.
/// Models carried over from the year before (<see cref="Years.YearStart"/>) keep their id, so the list marks them as
/// continuing from that year; their earlier history is that year's ("lịch sử năm 2024").</summary>
public sealed class ModelList(Plan plan, ISubmissionRepository submissions, Years.PlanYears years) : IModelList
{
    public async Task<Card> ListAsync(Actor a, CancellationToken ct)
    {
        var unit = submissions.LoadUnitAsync(plan.Id, a.Unit.Id, ct);
        var before = await years.PreviousAsync(plan, ct);
        var earlier = before is null ? [] : Ids(await submissions.LoadUnitAsync(before.Id, a.Unit.Id, ct));
        var models = Models(await unit);
        var continued = models.Where(m => earlier.Contains(m.Id)).ToDictionary(m => m.Id, _ => before!.Year, StringComparer.Ordinal);
        return ModelCards.List(a.T, a.Unit.Name, models, ModelStanding.Of(models.Select(m => m.Model), plan.Models), continued);
    }

    private static List<(string Id, DanVanKheoModel Model)> Models(UnitSubmissions unit) =>
        [.. unit.GetAll<DanVanKheoModel>(SubmissionItems.ModelPrefix).Select(m => (m.Item[SubmissionItems.ModelPrefix.Length..], m.Value.Value))];

    private static HashSet<string> Ids(UnitSubmissions unit) => [.. Models(unit).Select(m => m.Id)];
}
