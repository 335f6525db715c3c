using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace DanVan.Bot.Hosting;

/// <summary>
/// CloudAdapter builds a user-token (OAuth) client for every turn, whether or not the bot signs anyone in; the SDK's
/// client is a Microsoft.Rest service client whose construction reads assembly attributes by reflection and builds
/// serializer settings, every turn. DanVan has no sign-in: this one builds the SDK's client only if a call is made,
/// and disposes it with the turn as before.
/// </summary>
public sealed class LazyUserTokenClient(Func<Task<UserTokenClient>> create) : UserTokenClient
{
    private Task<UserTokenClient>? _inner;

    private Task<UserTokenClient> Inner => _inner ??= create();

    public override async Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        await (await Inner.ConfigureAwait(false)).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken).ConfigureAwait(false);

    public override async Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        await (await Inner.ConfigureAwait(false)).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken).ConfigureAwait(false);

    public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        await (await Inner.ConfigureAwait(false)).SignOutUserAsync(userId, connectionName, channelId, cancellationToken).ConfigureAwait(false);

    public override async Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        await (await Inner.ConfigureAwait(false)).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken).ConfigureAwait(false);

    public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        await (await Inner.ConfigureAwait(false)).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken).ConfigureAwait(false);

    public override async Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        await (await Inner.ConfigureAwait(false)).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken).ConfigureAwait(false);

    protected override void Dispose(bool disposing)
    {
        if (disposing && _inner is { IsCompletedSuccessfully: true } built) built.Result.Dispose();
        base.Dispose(disposing);
    }
}
