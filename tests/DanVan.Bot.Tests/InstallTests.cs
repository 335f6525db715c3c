using DanVan.Testing;

namespace DanVan.Bot.Tests;

public sealed class InstallTests : BotTest
{
    [Fact]
    public async Task Installing_the_app_shows_a_welcome_card_once_and_remembers_the_conversation()
    {
        await Teams.SendAsync(Teams.InstallationUpdate(TeamsUser.Alex));
        await Teams.SendAsync(Teams.ConversationUpdate(TeamsUser.Alex));

        var sent = Connector.TakeAll();
        var welcome = Assert.Single(sent);
        var card = CardOf(welcome)!;
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Contains("Chào mừng đến với DanVan", CardText(card));
        Assert.Contains("Chi cục Kiểm lâm", CardText(card));
        Assert.Contains("20/04/2024", CardText(card));
        Assert.Equal(["standing.show", "unit-plan.open", "training.open", "model.list", "report.open"], card["actions"]!.AsArray().Select(a => (string)a!["verb"]!).ToArray());

        var stored = await Bot.Storage.Conversations.GetAsync("aad:00000000-0000-0000-0000-000000000020", default);
        Assert.Contains(Connector.ServiceUrl, stored!.ReferenceJson);
        Assert.Equal("CCKL", stored.UnitId);
    }

    [Fact]
    public async Task The_two_announcements_of_one_install_arriving_together_welcome_once()
    {
        // Teams (and the playground) send both within a millisecond of each other on install.
        for (var round = 0; round < 5; round++)
        {
            var user = TeamsUser.Alex with { Id = "29:alex-" + round };
            await Task.WhenAll(Teams.SendAsync(Teams.ConversationUpdate(user)), Teams.SendAsync(Teams.InstallationUpdate(user)));
        }

        Assert.Equal(5, Connector.TakeAll().Count);
    }

    [Fact]
    public async Task An_unknown_user_is_told_whom_to_contact_and_nothing_is_stored()
    {
        await Teams.SendAsync(Teams.ConversationUpdate(TeamsUser.Stranger));
        Assert.Contains("chưa có trong danh sách", Text(Assert.Single(Connector.TakeAll())));
        var replies = await SayAsync(TeamsUser.Stranger, "tập huấn");

        Assert.Contains("chưa có trong danh sách", Text(Assert.Single(replies)));
        Assert.Contains("Văn phòng Sở", Text(replies[0]));
        // The account the office types into the roster to add them.
        Assert.Contains("Tài khoản cần gửi Văn phòng Sở để được thêm: " + TeamsUser.Stranger.AadObjectId, Text(replies[0]));
        Assert.Equal(0, await ConversationRowsAsync());
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
    }

    [Fact]
    public async Task A_member_registered_by_email_is_recognised_through_the_teams_member_lookup()
    {
        var office = new TeamsUser("29:office", "22222222-0000-0000-0000-000000000000", "Văn phòng");
        Connector.Members[office.Id] = new() { ["id"] = office.Id, ["userPrincipalName"] = "VanPhong@example.com", ["name"] = "Văn phòng" };

        var replies = await SayAsync(office, "tập huấn");

        // Known (the sample roster's office user), but training figures are for unit heads.
        Assert.Contains("dành cho thủ trưởng", Text(Assert.Single(replies)));
    }

    [Fact]
    public async Task Help_lists_the_commands_with_or_without_diacritics_and_in_english()
    {
        foreach (var said in new[] { "trợ giúp", "tro giup", "help" })
        {
            var reply = Text(Assert.Single(await SayAsync(TeamsUser.Alex, said)));
            Assert.Contains("tập huấn", reply);
            Assert.Contains("trợ giúp", reply);
        }
        // Not a command: said so on a card, with buttons to commands (here, nothing is close: help and the standing).
        var notUnderstood = CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "hôm nay trời đẹp")));
        Assert.Contains("chưa hiểu", CardText(notUnderstood));
        Assert.Equal(["help", "standing.show"], notUnderstood!["actions"]!.AsArray().Select(a => (string?)a!["verb"]));
    }

    [Fact]
    public async Task An_english_client_gets_english()
    {
        var reply = Text(Assert.Single(await SayAsync(TeamsUser.Alex with { Locale = "en-US" }, "help")));
        Assert.StartsWith("DanVan commands", reply);
    }

    [Fact]
    public async Task Health_reports_storage_reachable()
    {
        var response = await Bot.Http.GetAsync(Bot.BaseUrl + "/healthz");
        Assert.Equal(200, (int)response.StatusCode);
    }
}

/// <summary>The Agents Playground always says en-US; run.sh switches the English fallback off so it reads Vietnamese.</summary>
public sealed class EnglishFallbackOffTests : BotTest
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["DanVan:EnglishLocales"] = "" };

    [Fact]
    public async Task An_english_locale_client_gets_vietnamese_when_the_fallback_is_off()
    {
        var reply = Text(Assert.Single(await SayAsync(TeamsUser.Alex with { Locale = "en-US" }, "help")));
        Assert.StartsWith("Các lệnh của DanVan", reply);
    }
}
