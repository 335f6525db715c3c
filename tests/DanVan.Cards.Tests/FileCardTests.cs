using DanVan.Cards.Json;
using DanVan.Cards.Text;

namespace DanVan.Cards.Tests;

public class FileCardTests
{
    private const string Sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    [Fact]
    public void The_receipt_shows_the_hash_in_groups_that_wrap_inside_the_card()
    {
        var card = FileCards.Receipt(Texts.Vietnamese, "Kế hoạch của đơn vị", "ke-hoach.pdf", "625 B", "09:00 05/05/2024", "Alex Wilber", Sha256, 1);

        var facts = CardJson.OfType(card, "FactSet").SelectMany(f => f["facts"]!.AsArray()).ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);
        Assert.Equal("9f86d081884c7d65 9a2feaa0c55ad015 a3bf4f1b2b0b822c d15d6c15b0f00a08", facts["Mã SHA-256"]);
        // The whole hash is there, in order: only spaces were added.
        Assert.Equal(Sha256, facts["Mã SHA-256"].Replace(" ", "", StringComparison.Ordinal));
    }
}
