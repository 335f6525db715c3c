using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DanVan.Domain.Models;
using DanVan.Domain.Repositories;
using DanVan.Testing;

namespace DanVan.Bot.Tests;

/// <summary>POST /api/messages before any turn runs: the size bound, the JSON reading, what is refused with which status.</summary>
public sealed class RequestEdgeTests : BotTest
{
    private const string IsoText = "2024-04-10T09:30:00+07:00";

    private async Task<int> PostAsync(HttpContent content)
    {
        using var response = await Bot.Http.PostAsync(Bot.BaseUrl + "/api/messages", content);
        return (int)response.StatusCode;
    }

    /// <summary>A real message activity ("tập huấn", which would answer with the form) padded to about <paramref name="bytes"/>.</summary>
    private byte[] Padded(int bytes)
    {
        var activity = Teams.Message(TeamsUser.Alex, "tập huấn");
        activity["padding"] = new string('x', bytes);
        return Encoding.UTF8.GetBytes(activity.ToJsonString());
    }

    private async Task AssertNothingHappenedAsync()
    {
        Assert.Empty(Connector.TakeAll());
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
        Assert.Equal(0, await ConversationRowsAsync());
    }

    [Fact]
    public async Task A_25_MB_post_gets_413_before_any_work_and_a_normal_one_still_200()
    {
        var status = await PostAsync(new ByteArrayContent(Padded(25 * 1024 * 1024)) { Headers = { { "Content-Type", "application/json" } } });

        Assert.Equal(413, status);
        await AssertNothingHappenedAsync();
        Assert.Single(await SayAsync(TeamsUser.Alex, "tập huấn"));
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_gets_413_while_it_is_read()
    {
        var status = await PostAsync(new ChunkedContent(Padded(2 * 1024 * 1024)));

        Assert.Equal(413, status);
        await AssertNothingHappenedAsync();
    }

    [Fact]
    public async Task A_body_just_under_the_limit_is_served()
    {
        var body = Padded(250 * 1024);
        Assert.InRange(body.Length, 250 * 1024, 256 * 1024);

        var status = await PostAsync(new ChunkedContent(body));

        Assert.Equal(200, status);
        Assert.Single(Connector.TakeAll());
    }

    [Theory]
    [InlineData("{\"type\": \"message\", \"text\": ")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("{\"text\": \"no type\"}")]
    [InlineData("{\"type\": \"message\"} {\"type\": \"message\"}")]
    [InlineData("{\"type\": \"message\", \"timestamp\": \"not a date\"}")]
    public async Task Malformed_json_is_400_never_500(string body)
    {
        var status = await PostAsync(new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(400, status);
        await AssertNothingHappenedAsync();
    }

    [Fact]
    public async Task Json_nested_deeper_than_64_levels_is_400()
    {
        var activity = Teams.Message(TeamsUser.Alex, "tập huấn");
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100);
        var json = activity.ToJsonString().TrimEnd('}') + ",\"value\":" + deep + "}";

        var status = await PostAsync(new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(400, status);
        await AssertNothingHappenedAsync();
    }

    [Fact]
    public async Task A_text_field_that_looks_like_a_date_is_stored_and_shown_as_typed()
    {
        var (form, _) = await ClickAsync(TeamsUser.Alex, "model.open", new Dictionary<string, string?>());
        var id = (string)form["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "model.submit")!["data"]!["modelId"]!;

        var (card, _) = await ClickAsync(TeamsUser.Alex, "model.submit", new Dictionary<string, string?>
        {
            ["name"] = IsoText, ["field"] = "DefenceSecurity", ["newRuralArea"] = "true", ["startDate"] = "2022-03-01",
            ["description"] = "Họp dân lúc " + IsoText, ["results"] = IsoText, ["beneficiaries"] = "1.200", ["status"] = "InProgress",
            ["modelId"] = id, ["baseVersion"] = "",
        });

        var stored = Assert.Single((await Bot.Storage.Submissions.LoadUnitAsync("2024", "CCKL", default)).GetAll<DanVanKheoModel>(SubmissionItems.ModelPrefix)).Value.Value;
        Assert.Equal((IsoText, "Họp dân lúc " + IsoText, IsoText), (stored.Name, stored.Description, stored.Results));
        Assert.Contains(IsoText, CardText(card));
        var list = CardText(CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "mô hình"))));
        Assert.Contains(IsoText, list);
    }

    [Fact]
    public async Task An_invoke_answers_with_its_status_and_json_body()
    {
        var (status, body) = await Teams.SendAsync(Teams.CardAction(TeamsUser.Alex, "model.open", new Dictionary<string, string?>()));

        Assert.Equal(200, status);
        Assert.Equal(200, (int)body!["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("AdaptiveCard", (string?)body["value"]!["type"]);
    }

    /// <summary>A body of unknown length: HttpClient sends it chunked, so only reading it can find it too large.</summary>
    private sealed class ChunkedContent(byte[] bytes) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var i = 0; i < bytes.Length; i += 64 * 1024)
                await stream.WriteAsync(bytes.AsMemory(i, Math.Min(64 * 1024, bytes.Length - i)));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
