using DanVan.App.Forms;
using DanVan.Cards;
using DanVan.Cards.Json;
using DanVan.Domain.Models;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;

namespace DanVan.App.Models;

/// <summary>"Mô hình": the unit's models, read in one partition query; the unit is always the caller's own.</summary>
public sealed class ModelList(Plan plan, ISubmissionRepository submissions) : IModelList
{
    public async Task<Card> ListAsync(Actor a, CancellationToken ct)
    {
        var unit = await submissions.LoadUnitAsync(plan.Id, a.Unit.Id, ct);
        var models = unit.GetAll<DanVanKheoModel>(SubmissionItems.ModelPrefix)
            .Select(m => (Id: m.Item[SubmissionItems.ModelPrefix.Length..], Model: m.Value.Value)).ToList();
        return ModelCards.List(a.T, a.Unit.Name, models, ModelStanding.Of(models.Select(m => m.Model), plan.Models));
    }
}
