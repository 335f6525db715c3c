using DanVan.App.Forms;
using DanVan.Cards.Json;

namespace DanVan.App.Models;

/// <summary>The register of models ("Dân vận khéo"), which is a list rather than one form.</summary>
public interface IModelList
{
    Task<Card> ListAsync(Actor a, CancellationToken ct);
}
