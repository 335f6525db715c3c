using System.Text.Json.Nodes;
using DanVan.Cards.Reviews;
using DanVan.Cards.Text;
using DanVan.Domain.Repositories;
using DanVan.Domain.Reviews;

namespace DanVan.Cards.Tests;

/// <summary>The review cards: what each button carries, the fields offered, and user text shown as typed.</summary>
public sealed class ReviewCardTests
{
    private static readonly Texts T = Texts.Vietnamese;

    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "Action.Execute" => [o],
        JsonObject o => o.Select(kv => kv.Value).SelectMany(Actions),
        JsonArray a => a.SelectMany(Actions),
        _ => [],
    };

    [Fact]
    public void The_review_card_offers_the_items_fields_as_a_multi_select_and_carries_both_versions()
    {
        var card = ReviewCards.Review(T, new ReviewModel("A", "Chi cục *Kiểm lâm*", SubmissionItems.UnitPlan, "Số 01", "08:00 12/04/2024", "Alex",
            "v1", "r1", "Chờ tiếp nhận", [])).ToJson();

        var fields = card["body"]!.AsArray().Single(e => (string?)e!["id"] == ReviewCards.FieldsInput)!;
        Assert.True((bool)fields["isMultiSelect"]!);
        Assert.Equal([.. ReviewItems.FieldsOf(SubmissionItems.UnitPlan)], fields["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.Contains("Số kế hoạch", fields["choices"]!.AsArray().Select(c => (string)c!["title"]!));
        var accept = Actions(card).Single(a => (string?)a["verb"] == ReviewCards.AcceptVerb);
        Assert.Equal(("A", "unit-plan", "v1", "r1"), ((string?)accept["data"]!["unit"], (string?)accept["data"]!["item"],
            (string?)accept["data"]!["itemVersion"], (string?)accept["data"]!["reviewVersion"]));
        Assert.Contains(Actions(card), a => (string?)a["verb"] == ReviewCards.ReturnVerb);
        Assert.Contains(@"Chi cục \*Kiểm lâm\*", (string)card["body"]![0]!["text"]!); // user text shown as typed
    }

    [Fact]
    public void The_return_notice_shows_the_comment_escaped_and_opens_the_form()
    {
        var card = ReviewCards.ReturnedNotice(T, SubmissionItems.Report, "Văn phòng", "09:00 20/10/2024", "[bấm](https://x.example) **đậm**", ["Số báo cáo"]).ToJson();

        var texts = card["body"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.DoesNotContain("[bấm](https", texts);
        Assert.Contains("Số báo cáo", texts);
        Assert.Equal("report.open", (string?)Assert.Single(Actions(card))["verb"]);
    }
}
