using System.Security.Cryptography;
using DanVan.Testing;

namespace DanVan.Bot.Tests;

/// <summary>One fake Bot Framework / Entra ID for the class: the SDK caches the OpenID metadata per address.</summary>
public sealed class TokenAuthorityFixture : IAsyncLifetime
{
    public TokenAuthority Authority { get; private set; } = null!;
    public async Task InitializeAsync() => Authority = await TokenAuthority.StartAsync();
    public async Task DisposeAsync() => await Authority.DisposeAsync();
}

/// <summary>
/// The SDK's real token validation, offline: the bot is configured as a single-tenant app whose OpenID metadata and
/// login endpoints (the SDK's own settings) point at <see cref="TokenAuthority"/>; requests carry tokens signed here.
/// This is also what proves the hand-pinned IdentityModel and MSAL packages of BotFramework.targets work together.
/// </summary>
public sealed class TokenValidationTests(TokenAuthorityFixture fixture) : BotTest, IClassFixture<TokenAuthorityFixture>
{
    private TokenAuthority Authority => fixture.Authority;

    protected override IDictionary<string, string?> Settings => Authority.BotSettings();

    private static readonly Dictionary<string, string?> Training = new()
    {
        ["totalStaff"] = "50", ["trained"] = "45", ["sessions"] = "2", ["lastSessionDate"] = "2024-03-15",
    };

    private string Valid() => TokenAuthority.Token(Authority.TeamsKey, "teams-key", Connector.ServiceUrl);

    [Fact]
    public async Task A_valid_token_runs_the_turn_and_the_reply_carries_the_apps_token()
    {
        var (status, body) = await Teams.SendAsync(Teams.CardAction(TeamsUser.Alex, "training.submit", Training), "Bearer " + Valid());

        Assert.Equal(200, status);
        Assert.Contains("Đã ghi nhận", CardText(body!["value"]));
        Assert.True(await UnitRowsAsync("CCKL") > 0);
        Assert.NotEmpty(Connector.TakeAll());
        Assert.True(Authority.TokenRequests > 0, "the reply was sent with an app token from Entra ID");

        var (messageStatus, _) = await Teams.SendAsync(Teams.Message(TeamsUser.Alex, "tình hình"), "Bearer " + Valid());
        Assert.Equal(200, messageStatus);
        Assert.Single(Connector.TakeAll());
    }

    public static TheoryData<string> Wrong => new()
    {
        "expired", "audience", "issuer", "unknown key", "forged with a known key id", "key not endorsed for msteams", "serviceurl",
    };

    [Theory]
    [MemberData(nameof(Wrong))]
    public async Task A_token_that_is_wrong_in_any_way_gets_401_and_nothing_is_stored(string wrong)
    {
        using var stranger = RSA.Create(2048);
        var url = Connector.ServiceUrl;
        var token = wrong switch
        {
            "expired" => TokenAuthority.Token(Authority.TeamsKey, "teams-key", url, expires: DateTime.UtcNow.AddMinutes(-10)),
            "audience" => TokenAuthority.Token(Authority.TeamsKey, "teams-key", url, audience: "00000000-0000-0000-0000-00000000beef"),
            "issuer" => TokenAuthority.Token(Authority.TeamsKey, "teams-key", url, issuer: "https://evil.example"),
            "unknown key" => TokenAuthority.Token(stranger, "stranger-key", url),
            "forged with a known key id" => TokenAuthority.Token(stranger, "teams-key", url),
            "key not endorsed for msteams" => TokenAuthority.Token(Authority.WebChatKey, "webchat-key", url),
            "serviceurl" => TokenAuthority.Token(Authority.TeamsKey, "teams-key", "https://evil.example/"),
            _ => throw new ArgumentOutOfRangeException(nameof(wrong)),
        };

        var (status, body) = await Teams.SendAsync(Teams.CardAction(TeamsUser.Alex, "training.submit", Training), "Bearer " + token);
        var (messageStatus, _) = await Teams.SendAsync(Teams.Message(TeamsUser.Alex, "tập huấn"), "Bearer " + token);

        Assert.Equal((401, 401), (status, messageStatus));
        Assert.Null(body);
        Assert.Empty(Connector.TakeAll());
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
        Assert.Equal(0, await ConversationRowsAsync());
    }
}
