using DanVan.Testing;

namespace DanVan.Bot.Tests;

/// <summary>With an app registration configured, only Bot Framework-signed requests may run a turn.</summary>
public sealed class AuthenticationTests : BotTest
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = "6b1f0a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppTenantId"] = "72f988bf-0000-0000-0000-000000000001",
    };

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Basic YWxpY2U6c2VjcmV0")]
    [InlineData("Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2V2aWwuZXhhbXBsZSJ9.")]
    public async Task A_request_without_a_valid_token_gets_401_and_runs_no_turn(string? authorization)
    {
        var (status, _) = await Teams.SendAsync(Teams.Message(TeamsUser.Alex, "tập huấn"), authorization);
        var (invokeStatus, _) = await Teams.SendAsync(Teams.CardAction(TeamsUser.Alex, "training.submit", new Dictionary<string, string?>
        {
            ["totalStaff"] = "50", ["trained"] = "45", ["sessions"] = "2", ["lastSessionDate"] = "2024-03-15",
        }), authorization);

        Assert.Equal(401, status);
        Assert.Equal(401, invokeStatus);
        Assert.Empty(Connector.TakeAll());
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
        Assert.Equal(0, await ConversationRowsAsync());
    }
}

public sealed class AnonymousLocalTests : BotTest
{
    [Fact]
    public async Task Without_an_app_id_the_bot_answers_unsigned_requests_for_local_use()
    {
        var (status, _) = await Teams.SendAsync(Teams.Message(TeamsUser.Alex, "help"));

        Assert.Equal(200, status);
        Assert.Single(Connector.TakeAll());
    }
}
