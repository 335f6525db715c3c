using System.Text;

namespace DanVan.Cards.Tests;

/// <summary>
/// Writes the card catalogue (<see cref="TestData.AllCards"/>) as one JSON file per card, for a unit with a short
/// name and for the roster's longest, so that tools/checks/cards.test.mjs can run every card through Microsoft's own
/// Adaptive Cards parser; the AdaptiveCards NuGet package is not available to check them from .NET.
/// The folder is DANVAN_CARD_CATALOGUE (./test.sh sets it to artifacts/cards), or a temporary one.
/// </summary>
public class CardCatalogueExport
{
    public static readonly IReadOnlyList<(string Folder, string Unit)> Units =
    [
        ("unit", TestData.Unit),
        ("longest-unit", TestData.Roster.Units.MaxBy(u => u.Name.Length)!.Name),
    ];

    [Fact]
    public void Writes_every_card_of_the_catalogue_as_json()
    {
        var root = Environment.GetEnvironmentVariable("DANVAN_CARD_CATALOGUE") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "danvan-cards-" + Guid.NewGuid().ToString("N"));
        // A card taken out of the catalogue must not linger as a file that still passes.
        if (Directory.Exists(root))
            foreach (var stale in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)) File.Delete(stale);

        var expected = new List<string>();
        foreach (var (folder, unit) in Units)
            foreach (var (name, card) in TestData.AllCards(unit))
            {
                var path = Path.Combine(root, folder, name + ".json");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, card.ToString(), new UTF8Encoding(false));
                expected.Add(path);
            }

        var written = Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order().ToList();
        Assert.Equal(expected.Order(), written);
        Assert.NotEmpty(written);
    }
}
