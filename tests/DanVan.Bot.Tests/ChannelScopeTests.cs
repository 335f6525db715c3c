using System.Text.Json.Nodes;
using DanVan.Bot.Proactive;
using DanVan.Cards.Text;
using DanVan.Domain.Repositories;
using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bot.Tests;

/// <summary>
/// DanVan in a team channel and a group chat, as a real tenant has it: nothing private is posted where a team can
/// read it, the answer goes to the caller's personal chat, and a shared chat never touches anyone's personal reference.
/// </summary>
public class ChannelScopeTests : RosterTest
{
    private static readonly Texts Vi = Texts.Vietnamese;
    private const string AlexPersonal = "a:personal-29:alex";

    private async Task<(int Status, JsonNode? Body)> SendAsync(JsonObject activity) => await Teams.SendAsync(activity);

    private static bool InTeam(JsonObject a) => ((string?)a["_path"])?.Contains(TeamsChannel.TeamId, StringComparison.Ordinal) == true
        || ((string?)a["_path"])?.Contains(Uri.EscapeDataString(TeamsChannel.TeamId), StringComparison.Ordinal) == true;

    private static bool In(JsonObject a, string conversation) => LoopbackConnector.PostedTo(a, conversation);

    [Fact]
    public async Task An_export_asked_in_a_channel_posts_one_line_there_and_the_links_in_the_personal_chat()
    {
        var (status, _) = await SendAsync(TeamsChannel.InChannel(Teams.Message(Office, "xuất báo cáo")));
        var sent = Connector.TakeAll();

        Assert.Equal(200, status);
        var inTeam = Assert.Single(sent, InTeam);
        Assert.Equal(Vi.SentToPersonalChat, Text(inTeam));
        Assert.True(inTeam["attachments"] is null or JsonArray { Count: 0 });
        var opened = Assert.Single(Connector.Created);
        Assert.Equal(Office.Id, (string?)opened["members"]![0]!["id"]);
        Assert.Equal(TeamsChannel.Tenant, (string?)opened["tenantId"]);
        var personal = Assert.Single(sent, a => In(a, LoopbackConnector.PersonalConversationOf(Office.Id)));
        Assert.Contains("/export/", personal.ToJsonString());
        Assert.DoesNotContain(sent.Where(InTeam), a => a.ToJsonString().Contains("/export/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_personal_chat_opened_from_a_channel_is_kept_for_reminders_and_used_the_next_time()
    {
        await SendAsync(TeamsChannel.InChannel(Teams.Message(Office, "tổng hợp")));
        await SendAsync(TeamsChannel.InChannel(Teams.Message(Office, "tổng hợp")));

        Assert.Single(Connector.Created);
        var stored = await Bot.Storage.Conversations.GetAsync("aad:" + OfficeAad, default);
        Assert.True(stored is { Active: true });
        Assert.Contains(LoopbackConnector.PersonalConversationOf(Office.Id), stored!.ReferenceJson);
        Assert.Contains("\"conversationType\":\"personal\"", stored.ReferenceJson);
    }

    [Fact]
    public async Task A_unit_heads_standing_asked_in_a_channel_goes_to_their_stored_personal_chat()
    {
        await SendAsync(Teams.InstallationUpdate(TeamsUser.Alex));
        Connector.TakeAll();

        await SendAsync(TeamsChannel.InChannel(Teams.Message(TeamsUser.Alex, "tình hình")));
        var sent = Connector.TakeAll();

        Assert.Empty(Connector.Created);
        Assert.Equal(Vi.SentToPersonalChat, Text(Assert.Single(sent, InTeam)));
        var card = CardOf(Assert.Single(sent, a => In(a, AlexPersonal)));
        Assert.Contains("Chi cục Kiểm lâm", CardText(card));
        Assert.DoesNotContain(sent.Where(InTeam), a => a.ToJsonString().Contains("Chi cục Kiểm lâm", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_a_group_chat_too_the_answer_goes_to_the_personal_chat()
    {
        await SendAsync(TeamsChannel.InGroupChat(Teams.Message(TeamsUser.Alex, "tập huấn")));
        var sent = Connector.TakeAll();

        Assert.Equal(Vi.SentToPersonalChat, Text(Assert.Single(sent, a => In(a, "19:group-chat@thread.v2"))));
        Assert.Contains("training.submit", Assert.Single(sent, a => In(a, LoopbackConnector.PersonalConversationOf("29:alex"))).ToJsonString());
    }

    [Fact]
    public async Task When_the_personal_chat_cannot_be_opened_the_channel_is_told_and_nothing_private_is_posted()
    {
        Connector.RespondCreate = _ => new LoopbackConnector.Answer(403, """{"error":{"code":"BotNotInConversationRoster","message":"no"}}""");

        await SendAsync(TeamsChannel.InChannel(Teams.Message(Office, "xuất báo cáo")));
        var sent = Connector.TakeAll();

        Assert.Equal(Vi.PersonalChatUnreachable, Text(Assert.Single(sent)));
        Assert.DoesNotContain("/export/", sent[0].ToJsonString());
    }

    [Fact]
    public async Task A_form_submitted_from_a_card_in_a_channel_stores_nothing_whoever_clicks_and_the_card_stays()
    {
        var form = new Dictionary<string, string?>
        {
            ["totalStaff"] = "50", ["trained"] = "45", ["sessions"] = "1", ["lastSessionDate"] = "2024-03-15", ["baseVersion"] = "",
        };

        var (status, body) = await SendAsync(TeamsChannel.InChannel(Teams.CardAction(TeamsUser.Alex, "training.submit", form)));

        Assert.Equal(200, status);
        Assert.Equal(200, (int)body!["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal(Vi.UsePersonalChat, (string?)body["value"]);
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
        Assert.Empty(Connector.TakeAll());
    }

    [Fact]
    public async Task A_view_clicked_in_a_channel_opens_for_the_clicker_as_themselves_in_their_personal_chat()
    {
        await SendAsync(Teams.InstallationUpdate(TeamsUser.Alex));
        Connector.TakeAll();

        // Card data naming another unit is refused as ever, whoever posted the card.
        var (_, refused) = await SendAsync(TeamsChannel.InChannel(Teams.CardAction(TeamsUser.Alex, "standing.show",
            new Dictionary<string, string?> { ["unitId"] = "TTKN" })));
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)refused!["type"]);
        Assert.Empty(Connector.TakeAll());

        var (_, body) = await SendAsync(TeamsChannel.InChannel(Teams.CardAction(TeamsUser.Alex, "standing.show", new Dictionary<string, string?>())));

        Assert.Equal(Vi.SentToPersonalChat, (string?)body!["value"]);
        var sent = Connector.TakeAll();
        Assert.Contains("Chi cục Kiểm lâm", CardText(CardOf(Assert.Single(sent, a => In(a, AlexPersonal)))));
        Assert.DoesNotContain(sent, InTeam);
    }

    [Fact]
    public async Task The_command_list_may_be_read_in_a_channel_and_says_answers_come_privately()
    {
        await SendAsync(TeamsChannel.InChannel(Teams.Message(TeamsUser.Alex, "trợ giúp")));

        var reply = Assert.Single(Connector.TakeAll());
        Assert.True(InTeam(reply));
        Assert.Contains("**tập huấn**", Text(reply));
        Assert.Contains(Vi.HelpSharedNote, Text(reply));
        Assert.Empty(Connector.Created);
    }

    [Fact]
    public async Task A_channel_turn_never_replaces_the_personal_reference()
    {
        await SendAsync(Teams.InstallationUpdate(TeamsUser.Alex));
        await SendAsync(TeamsChannel.InChannel(Teams.Message(TeamsUser.Alex, "trợ giúp")));
        await SendAsync(TeamsChannel.InChannel(Teams.CardAction(TeamsUser.Alex, "standing.show", new Dictionary<string, string?>())));

        var stored = await Bot.Storage.Conversations.GetAsync(AlexKey, default);
        Assert.True(stored is { Active: true });
        Assert.Contains(AlexPersonal, stored!.ReferenceJson);
        Assert.DoesNotContain(TeamsChannel.TeamId, stored.ReferenceJson);
    }

    [Fact]
    public async Task A_channel_reference_stored_under_a_user_by_an_earlier_version_gets_no_reminder()
    {
        await SendAsync(TeamsChannel.InChannel(Teams.Message(TeamsUser.Alex, "trợ giúp")));
        Connector.TakeAll();
        var channelReference = new JsonObject
        {
            ["serviceUrl"] = Connector.ServiceUrl, ["channelId"] = "msteams",
            ["conversation"] = new JsonObject { ["id"] = TeamsChannel.TeamId, ["conversationType"] = "channel", ["isGroup"] = true },
            ["user"] = new JsonObject { ["id"] = "29:alex" }, ["bot"] = new JsonObject { ["id"] = "28:danvan" },
        }.ToJsonString();
        await Bot.Storage.Conversations.SaveAsync(new ConversationRecord(AlexKey, "CCKL", channelReference, true, Bot.Clock.GetUtcNow()), default);
        var record = await Bot.Storage.Conversations.GetAsync(AlexKey, default);

        var outcome = await Bot.Services.GetRequiredService<ProactiveSender>().SendAsync(record!, "Nhắc hạn", null, default);

        Assert.Equal(SendOutcome.Blocked(InactiveReasons.NotPersonal), outcome);
        Assert.Empty(Connector.TakeAll());
        Assert.Equal(InactiveReasons.NotPersonal, (await Bot.Storage.Conversations.GetAsync(AlexKey, default))!.InactiveReason);
    }

    [Fact]
    public async Task Adding_the_app_to_a_team_posts_a_short_team_message_and_keeps_the_teams_own_record()
    {
        await SendAsync(TeamsChannel.InChannel(Teams.InstallationUpdate(Office)));
        await SendAsync(TeamsChannel.InChannel(Teams.ConversationUpdate(Office)));

        var reply = Assert.Single(Connector.TakeAll());
        Assert.Equal(Vi.TeamWelcome, Text(reply));
        Assert.True(reply["attachments"] is null or JsonArray { Count: 0 });
        var team = await Bot.Storage.Conversations.GetSharedAsync("team:" + TeamsChannel.TeamId, default);
        Assert.True(team is { Active: true, Kind: ChatKind.Channel });
        Assert.Null(await Bot.Storage.Conversations.GetAsync("aad:" + OfficeAad, default));
    }

    [Fact]
    public async Task A_colleague_joining_a_team_is_not_welcomed()
    {
        await SendAsync(TeamsChannel.InChannel(Teams.MembersAdded(Office, "29:newcomer")));

        Assert.Empty(Connector.TakeAll());
        Assert.Null(await Bot.Storage.Conversations.GetSharedAsync("team:" + TeamsChannel.TeamId, default));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Removing_the_app_from_a_team_touches_only_the_teams_record(bool installationUpdate)
    {
        await SendAsync(Teams.InstallationUpdate(TeamsUser.Alex));
        await SendAsync(TeamsChannel.InChannel(Teams.InstallationUpdate(TeamsUser.Alex)));

        await SendAsync(TeamsChannel.InChannel(installationUpdate ? Teams.InstallationRemove(TeamsUser.Alex) : Teams.BotRemoved(TeamsUser.Alex)));

        Assert.True((await Bot.Storage.Conversations.GetAsync(AlexKey, default)) is { Active: true });
        var team = await Bot.Storage.Conversations.GetSharedAsync("team:" + TeamsChannel.TeamId, default);
        Assert.Equal((false, InactiveReasons.Uninstalled), (team!.Active, team.InactiveReason));
    }
}
