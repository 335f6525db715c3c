using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace DanVan.Bot.Hosting;

/// <summary>
/// The SDK's authentication (token validation, credentials, clouds: all of it unchanged), except that the connector
/// factories it hands to CloudAdapter serve clients from the <see cref="ConnectorPool"/>, and the per-turn user-token
/// client is built only when used.
/// </summary>
public sealed class PooledBotFrameworkAuthentication(BotFrameworkAuthentication inner, ConnectorPool pool) : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        if (result.ConnectorFactory is { } sdk) result.ConnectorFactory = pool.For(sdk, AppIdOf(result.ClaimsIdentity));
        return result;
    }

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        pool.For(inner.CreateConnectorFactory(claimsIdentity), AppIdOf(claimsIdentity));

    // Built by the SDK on first use only (see LazyUserTokenClient): CloudAdapter asks for one every turn.
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new LazyUserTokenClient(() => inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken)));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    /// <summary>
    /// The bot app id the SDK's connector factory is made for, by the SDK's own rule: the token's audience (a channel's
    /// request), else its appid claim (the emulator, and the identity CloudAdapter builds for a proactive send).
    /// </summary>
    private static string? AppIdOf(ClaimsIdentity? identity) =>
        identity?.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AudienceClaim)?.Value
        ?? identity?.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AppIdClaim)?.Value;
}
