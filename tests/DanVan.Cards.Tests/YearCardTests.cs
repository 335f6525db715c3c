using DanVan.Cards.Json;
using DanVan.Cards.Text;

namespace DanVan.Cards.Tests;

public sealed class YearCardTests
{
    private static readonly Texts T = Texts.Vietnamese;

    [Fact]
    public void A_past_years_card_names_its_year_in_every_button_and_its_refresh()
    {
        var card = new Card([new ActionSet([new ExecuteAction("Xem", "standing.show", new Dictionary<string, string> { ["page"] = "2" })])],
            [new ExecuteAction("Lịch sử", "history.show")])
        { Refresh = new ExecuteAction("", "training.refresh"), ActionData = new Dictionary<string, string> { ["planYear"] = "2024" } };

        var json = card.ToJson();

        Assert.Equal("2024", (string?)json["body"]![0]!["actions"]![0]!["data"]!["planYear"]);
        Assert.Equal("2", (string?)json["body"]![0]!["actions"]![0]!["data"]!["page"]);
        Assert.Equal("2024", (string?)json["actions"]![0]!["data"]!["planYear"]);
        Assert.Equal("2024", (string?)json["refresh"]!["action"]!["data"]!["planYear"]);
    }

    [Fact]
    public void The_preview_shows_what_was_read_and_confirms_the_same_bytes()
    {
        var card = YearCards.Preview(T, YearTestData.Next, "ke-hoach-2027-mau.json", new string('a', 64), "2024");
        var (json, text) = (card.ToJson(), card.ToString());

        Assert.Contains("01/12/2026", text);
        Assert.Contains("15/11/2027", text);
        Assert.Contains("20/04/2027", text);
        Assert.Contains("MẪU", text);
        var confirm = json["actions"]![0]!;
        Assert.Equal("year.confirm", (string?)confirm["verb"]);
        Assert.Equal(new string('a', 64), (string?)confirm["data"]!["sha256"]);
        Assert.Equal("ke-hoach-2027-mau.json", (string?)confirm["data"]!["file"]);
    }
}
