using DanVan.Cards;
using DanVan.Domain.Roster;
using DanVan.Testing;
using F = DanVan.Domain.Roster.RosterFields;

namespace DanVan.Bot.Tests;

/// <summary>
/// Two instances of the bot on one storage account, as App Service scales out. A removal made through one must
/// stop the removed office member's privileged actions through the other at once, whatever its roster cache holds.
/// </summary>
public sealed class RoleFreshnessTests : IAsyncLifetime
{
    private const string OfficeAad = "00000000-0000-0000-0000-000000000041";
    private static readonly TeamsUser Office = new("29:office", OfficeAad, "Trần Văn Phòng");
    private static readonly TeamsUser Megan = new("29:megan", "00000000-0000-0000-0000-000000000021", "Megan Bowen");

    private static readonly System.Text.Json.JsonSerializerOptions Readable =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private LoopbackConnector _connector = null!;
    private BotServer _a = null!, _b = null!;
    private TeamsChannel _teamsA = null!, _teamsB = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        var prefix = Azurite.NewTablePrefix();
        var settings = new Dictionary<string, string?> { ["Roster:OfficeUsers"] = OfficeAad };
        _a = await BotServer.StartAsync(settings, prefix);
        _b = await BotServer.StartAsync(settings, prefix);
        (_teamsA, _teamsB) = (new TeamsChannel(_a, _connector), new TeamsChannel(_b, _connector));
    }

    public async Task DisposeAsync()
    {
        foreach (var table in _a.Storage.Tables.All) await table.DeleteAsync();
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private async Task<string> ClickAsync(TeamsChannel teams, TeamsUser user, string verb, params (string Key, string? Value)[] data)
    {
        var (status, body) = await teams.SendAsync(teams.CardAction(user, verb, data.ToDictionary(d => d.Key, d => d.Value)));
        Assert.Equal(200, status);
        return body!["value"]!.ToJsonString(Readable);
    }

    [Fact]
    public async Task An_office_member_removed_on_one_instance_cannot_edit_the_roster_or_export_through_another()
    {
        // Instance A has the office member in its roster cache.
        Assert.Contains("Thêm đơn vị", await ClickAsync(_teamsA, Office, RosterCards.ShowVerb));

        Assert.Contains("Đã gỡ", await ClickAsync(_teamsB, Megan, RosterCards.RemovePersonVerb, (F.MemberKey, "aad:" + OfficeAad), (F.Confirm, F.Confirmed)));

        var refused = await ClickAsync(_teamsA, Office, RosterCards.AddUnitVerb, (F.UnitId, "GIA"), (F.UnitName, "Đơn vị giả"));
        Assert.Contains("chưa có trong danh sách người dùng của DanVan", refused);
        Assert.Null(await _a.Storage.Roster.FindUnitAsync("GIA", default));
        var export = await ClickAsync(_teamsA, Office, "export.create");
        Assert.DoesNotContain("/export/", export);
    }

    [Fact]
    public async Task A_demotion_to_leader_counts_at_once_on_the_other_instance()
    {
        Assert.Contains("Thêm đơn vị", await ClickAsync(_teamsA, Office, RosterCards.ShowVerb));

        await ClickAsync(_teamsB, Megan, RosterCards.AddPersonVerb, (F.Account, OfficeAad), (F.DisplayName, "Trần Văn Phòng"), (F.Role, "leader"));

        var refused = await ClickAsync(_teamsA, Office, RosterCards.AddUnitVerb, (F.UnitId, "GIA"), (F.UnitName, "Đơn vị giả"));
        Assert.Contains("chỉ dành cho Văn phòng Sở", refused);
        Assert.Null(await _a.Storage.Roster.FindUnitAsync("GIA", default));
    }
}
