using System.Text.Json.Nodes;
using DanVan.Domain.Repositories;
using DanVan.Testing;

namespace DanVan.Bot.Tests;

/// <summary>The stored conversation references proactive pings depend on, through install, uninstall and return.</summary>
public sealed class ConversationReferenceTests : BotTest
{
    private const string AlexKey = "aad:00000000-0000-0000-0000-000000000020";

    private JsonObject Uninstall(TeamsUser user)
    {
        var activity = Teams.InstallationUpdate(user);
        activity["action"] = "remove";
        return activity;
    }

    private async Task SendOkAsync(JsonObject activity) => Assert.Equal(200, (await Teams.SendAsync(activity)).Status);

    private Task<ConversationRecord?> StoredAsync() => Bot.Storage.Conversations.GetAsync(AlexKey, default);

    [Fact]
    public async Task Installing_stores_an_active_reference_to_the_teams_service()
    {
        await SendOkAsync(Teams.InstallationUpdate(TeamsUser.Alex));

        var stored = await StoredAsync();
        var reference = JsonNode.Parse(stored!.ReferenceJson)!;
        Assert.True(stored.Active);
        Assert.Equal(Connector.ServiceUrl, (string?)reference["serviceUrl"]);
        Assert.Equal("a:personal-29:alex", (string?)reference["conversation"]!["id"]);
        Assert.Equal(Bot.Clock.GetUtcNow(), stored.UpdatedAt);
        Assert.Equal([AlexKey], (await Bot.Storage.Conversations.ListActiveAsync(default)).Select(r => r.UserKey));
    }

    [Fact]
    public async Task Uninstalling_marks_the_reference_inactive_and_posts_nothing()
    {
        await SendOkAsync(Teams.InstallationUpdate(TeamsUser.Alex));
        Connector.TakeAll();
        Bot.Clock.Advance(TimeSpan.FromHours(1));

        await SendOkAsync(Uninstall(TeamsUser.Alex));

        var stored = await StoredAsync();
        Assert.False(stored!.Active);
        Assert.Equal((InactiveReasons.Uninstalled, Bot.Clock.GetUtcNow()), (stored.InactiveReason, stored.InactiveSince));
        Assert.Contains(Connector.ServiceUrl, stored.ReferenceJson);
        Assert.Empty(Connector.TakeAll());
        Assert.Empty(await Bot.Storage.Conversations.ListActiveAsync(default));
    }

    [Fact]
    public async Task A_card_click_after_an_uninstall_reactivates_the_reference_too()
    {
        await SendOkAsync(Teams.InstallationUpdate(TeamsUser.Alex));
        await SendOkAsync(Uninstall(TeamsUser.Alex));

        await ClickAsync(TeamsUser.Alex, "training.open", new Dictionary<string, string?>());

        Assert.True((await StoredAsync())!.Active);
    }

    [Fact]
    public async Task A_message_after_an_uninstall_reactivates_the_reference()
    {
        await SendOkAsync(Teams.InstallationUpdate(TeamsUser.Alex));
        await SendOkAsync(Uninstall(TeamsUser.Alex));

        await SayAsync(TeamsUser.Alex, "trợ giúp");

        var stored = await StoredAsync();
        Assert.True(stored!.Active);
        Assert.Null(stored.InactiveReason);
    }

    [Fact]
    public async Task A_reinstall_right_after_an_uninstall_reactivates_and_welcomes_again()
    {
        await SendOkAsync(Teams.InstallationUpdate(TeamsUser.Alex));
        await SendOkAsync(Uninstall(TeamsUser.Alex));
        Connector.TakeAll();

        await SendOkAsync(Teams.InstallationUpdate(TeamsUser.Alex));

        Assert.True((await StoredAsync())!.Active);
        Assert.Contains("Chào mừng đến với DanVan", CardText(CardOf(Assert.Single(Connector.TakeAll()))));
    }

    [Fact]
    public async Task A_reinstall_reactivates_even_when_another_instance_saw_the_uninstall()
    {
        await SendOkAsync(Teams.InstallationUpdate(TeamsUser.Alex));
        // As another bot instance on the same storage would record it; this instance still remembers the reference.
        await Bot.Storage.Conversations.MarkInactiveAsync(AlexKey, InactiveReasons.Uninstalled, Bot.Clock.GetUtcNow(), null, default);

        await SendOkAsync(Teams.InstallationUpdate(TeamsUser.Alex));

        Assert.True((await StoredAsync())!.Active);
    }

    [Fact]
    public async Task A_reference_a_send_found_blocked_is_reactivated_when_the_user_writes_again()
    {
        await SayAsync(TeamsUser.Alex, "trợ giúp");
        await Bot.Storage.Conversations.MarkInactiveAsync(AlexKey, InactiveReasons.ConversationBlockedByUser, Bot.Clock.GetUtcNow(), null, default);
        // This instance trusts its memory of the reference briefly; past that the next message looks at storage.
        Bot.Clock.Advance(TimeSpan.FromMinutes(2));

        await SayAsync(TeamsUser.Alex, "trợ giúp");

        Assert.True((await StoredAsync())!.Active);
    }

    [Fact]
    public async Task An_unknown_users_uninstall_stores_nothing()
    {
        await SendOkAsync(Teams.InstallationUpdate(TeamsUser.Stranger));
        await SendOkAsync(Uninstall(TeamsUser.Stranger));

        Assert.Equal(0, await ConversationRowsAsync());
    }
}
