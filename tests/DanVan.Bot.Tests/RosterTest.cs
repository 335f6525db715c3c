using System.Text.Json.Nodes;
using DanVan.Domain.Roster;
using DanVan.Testing;

namespace DanVan.Bot.Tests;

/// <summary>
/// The sample roster plus one office member from Roster:OfficeUsers (the bootstrap), as a deployment starts:
/// 15 units, Alex heading Chi cục Kiểm lâm, the sample office member (by UPN) and the configured one (by object id).
/// </summary>
public abstract class RosterTest : BotTest
{
    public const string OfficeAad = "00000000-0000-0000-0000-000000000041";
    public const string AlexKey = "aad:00000000-0000-0000-0000-000000000020";

    protected static readonly TeamsUser Office = new("29:office", OfficeAad, "Trần Văn Phòng");
    protected static readonly TeamsUser Binh = new("29:binh", "33333333-0000-0000-0000-000000000000", "Nguyễn Thị Bình");
    protected static readonly TeamsUser Leader = new("29:leader", "44444444-0000-0000-0000-000000000000", "Lê Lãnh Đạo");

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Roster:OfficeUsers"] = OfficeAad };

    protected static Dictionary<string, string?> Data(params (string Key, string? Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    protected async Task<string> ClickTextAsync(TeamsUser user, string verb, params (string Key, string? Value)[] data)
    {
        var (card, replies) = await ClickAsync(user, verb, Data(data));
        Assert.Empty(replies);
        return CardText(card);
    }

    protected Task<Member?> MemberAsync(string key) => Bot.Storage.Roster.FindMemberAsync(key, default);

    protected Task<Unit?> UnitAsync(string id) => Bot.Storage.Roster.FindUnitAsync(id, default);

    /// <summary>Roster changes and refusals together, newest first (storage keeps them apart).</summary>
    protected async Task<IReadOnlyList<RosterEvent>> AuditAsync() =>
        [.. (await Bot.Storage.RosterEditor.RecentChangesAsync(50, default)).Concat(await Bot.Storage.RosterEditor.RecentRefusalsAsync(50, default))
            .OrderByDescending(e => e.Stamp.At)];

    protected async Task<string> SayTextAsync(TeamsUser user, string text)
    {
        var replies = await SayAsync(user, text);
        var reply = Assert.Single(replies);
        return reply["attachments"] is System.Text.Json.Nodes.JsonArray { Count: > 0 } ? CardText(CardOf(reply)) : Text(reply)!;
    }

    protected static JsonObject Only(IReadOnlyList<JsonObject> replies) => Assert.Single(replies);
}
