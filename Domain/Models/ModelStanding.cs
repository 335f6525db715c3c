using DanVan.Domain.Plans;
using DanVan.Domain.Progress;

namespace DanVan.Domain.Models;

/// <summary>Where a unit stands on "Dân vận khéo" models: how many it has against the plan's minimum per unit.</summary>
public sealed record ModelStanding(int Count, int Recognised, int Awarded, int NewRuralArea, int MinPerUnit)
{
    public bool Met => Count >= MinPerUnit;
    public int StillNeeded => Math.Max(0, MinPerUnit - Count);
    public decimal Completion => MinPerUnit <= 0 ? 1m : Math.Min(1m, (decimal)Count / MinPerUnit);

    /// <summary>Not one of the five numbered targets (no number): met at the plan's minimum, missing with none.</summary>
    public TargetProgress ToProgress() => new(null, Met ? ProgressStatus.Met : Count == 0 ? ProgressStatus.Missing : ProgressStatus.InProgress, Completion);

    public static ModelStanding Of(IEnumerable<DanVanKheoModel> models, ModelSettings settings)
    {
        var list = models.ToList();
        return new ModelStanding(list.Count,
            list.Count(m => m.Status == ModelStatus.Recognised),
            list.Count(m => m.Status == ModelStatus.Awarded),
            list.Count(m => m.NewRuralArea),
            settings.MinPerUnit);
    }
}
