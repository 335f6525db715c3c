using System.Text;
using System.Text.Json.Nodes;
using DanVan.Cards;
using DanVan.Testing;
using F = DanVan.Domain.Roster.RosterFields;

namespace DanVan.Bot.Tests;

/// <summary>
/// Untrusted text at the edge, over HTTP with the real host: control and broken characters are refused next to the
/// field and nothing is stored (the unit forms' cases are in each form's BadInputs; the roster's are here).
/// </summary>
public sealed class UntrustedTextTests : RosterTest
{
    private const string ControlMessage = "Có ký tự điều khiển không hiển thị";

    [Fact]
    public async Task A_unit_name_with_a_control_character_is_refused_next_to_the_field_and_nothing_is_stored()
    {
        var text = await ClickTextAsync(Office, RosterCards.AddUnitVerb, (F.UnitId, "CCTS"), (F.UnitName, "A\u0001B"));

        Assert.Contains(ControlMessage, text);
        Assert.Contains("Chưa lưu: vui lòng sửa 1 mục", text);
        Assert.Null(await UnitAsync("CCTS"));
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task A_rename_or_a_display_name_with_Words_line_break_is_refused_and_nothing_is_stored()
    {
        var rename = await ClickTextAsync(Office, RosterCards.RenameVerb, (F.UnitId, "CCKL"), (F.UnitName, "Chi cục\u000BKiểm lâm"));
        var assign = await ClickTextAsync(Office, RosterCards.AssignHeadVerb, (F.UnitId, "TTKN"), (F.Account, "binh@example.com"),
            (F.DisplayName, "Nguyễn Thị\u0085Bình"));

        Assert.Contains(ControlMessage, rename);
        Assert.Contains(ControlMessage, assign);
        Assert.Equal("Chi cục Kiểm lâm", (await UnitAsync("CCKL"))!.Name);
        Assert.Null(await MemberAsync("upn:binh@example.com"));
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task A_lone_surrogate_sent_as_a_JSON_escape_is_refused_not_stored_as_U_FFFD()
    {
        var form = new Dictionary<string, string?>
        {
            ["issued"] = "false", ["planNumber"] = "", ["issuedOn"] = "", ["sentOn"] = "", ["link"] = "", ["note"] = "Ghi chú LONE", ["baseVersion"] = "",
        };
        // Written by hand: a JSON serializer would itself replace the lone surrogate with U+FFFD before sending.
        var json = Teams.CardAction(TeamsUser.Alex, "unit-plan.submit", form).ToJsonString().Replace("LONE", "\\ud83d");
        Assert.Contains("\\ud83d", json);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await Bot.Http.PostAsync(Bot.BaseUrl + "/api/messages", content);

        Assert.Equal(200, (int)response.StatusCode);
        var card = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"];
        Assert.Contains("Có ký tự bị lỗi", CardText(card));
        Assert.Empty(Connector.TakeAll());
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
    }

    [Fact]
    public async Task A_refused_card_value_shaped_as_a_link_reads_as_text_in_the_offices_lich_su()
    {
        const string hostile = "[Xác nhận](https://evil.example/a)";
        var (refused, _) = await ClickAsync(TeamsUser.Alex, "training.submit", new Dictionary<string, string?> { ["unitId"] = hostile, ["totalStaff"] = "5" });
        Assert.Contains("chỉ được xem và cập nhật số liệu của đơn vị mình", CardText(refused));

        // "lịch sử" keeps roster changes; refused attempts are on the card its button opens.
        var (log, _) = await ClickAsync(Office, DanVan.Cards.RosterCards.RefusalsVerb, new Dictionary<string, string?>());

        var texts = log["body"]!.AsArray().SelectMany(e => e!["items"]?.AsArray().ToList() ?? [e]).Select(e => (string?)e!["text"]).OfType<string>().ToList();
        var line = Assert.Single(texts, t => t.Contains("Xác nhận", StringComparison.Ordinal));
        Assert.Contains("\\[Xác nhận\\](https:\u200B//evil.example/a)", line, StringComparison.Ordinal);
        Assert.DoesNotContain(hostile, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_strangers_display_name_shaped_as_a_link_reads_as_text_in_the_chat_reply()
    {
        var stranger = new TeamsUser("29:evil", "99999999-0000-0000-0000-000000000000", "[Bấm vào đây](https://evil.example/a)");

        var reply = Text(Only(await SayAsync(stranger, "tình hình")))!;

        Assert.Contains("\\[Bấm vào đây\\]", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("[Bấm vào đây](https://evil.example/a)", reply, StringComparison.Ordinal);
    }
}
