using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace DanVan.Testing;

/// <summary>
/// Plays the two identity services of Teams' cloud on 127.0.0.1, over TLS: the Bot Framework's OpenID configuration
/// and signing keys (JWKS, each key with its channel endorsements), which the bot's SDK reads to validate the token on
/// every request, and Entra ID's token endpoint, from which the SDK's MSAL client gets the app's token for replies.
/// The bot reaches them through the SDK's own settings (<see cref="BotSettings"/>), so validation runs on the SDK's
/// real code path, offline. The SDK fetches the metadata with a static HttpClient of its own and the identity library
/// insists on HTTPS, so the server's self-signed certificate (made here, its key never stored) is trusted for the
/// current user (.NET's CurrentUser\Root store) while this runs, and removed again on dispose.
/// </summary>
public sealed class TokenAuthority : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "6b1f0a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
    public const string TenantId = "72f988bf-0000-0000-0000-000000000001";

    private readonly WebApplication _app;
    private readonly X509Certificate2 _serverCert;
    private readonly X509Certificate2 _trusted;
    private int _tokenRequests;

    private TokenAuthority(WebApplication app, X509Certificate2 serverCert, X509Certificate2 trusted, RSA teamsKey, RSA webChatKey) =>
        (_app, _serverCert, _trusted, TeamsKey, WebChatKey) = (app, serverCert, trusted, teamsKey, webChatKey);

    /// <summary>Published in the JWKS as <c>teams-key</c>, endorsed for msteams.</summary>
    public RSA TeamsKey { get; }

    /// <summary>Published as <c>webchat-key</c>, endorsed for webchat only.</summary>
    public RSA WebChatKey { get; }

    public string BaseUrl { get; private set; } = "";

    /// <summary>How many app tokens the bot asked Entra ID for (its replies carry them).</summary>
    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    public static async Task<TokenAuthority> StartAsync()
    {
        using var tlsKey = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", tlsKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        var serverCert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(2));
        var trusted = X509CertificateLoader.LoadCertificate(serverCert.Export(X509ContentType.Cert));
        using (var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser))
        {
            store.Open(OpenFlags.ReadWrite);
            store.Add(trusted);
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(serverCert)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var authority = new TokenAuthority(app, serverCert, trusted, RSA.Create(2048), RSA.Create(2048));
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new JsonObject
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = authority.BaseUrl + "/authorize",
            ["jwks_uri"] = authority.BaseUrl + "/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }));
        app.MapGet("/keys", () => Results.Json(new JsonObject
        {
            ["keys"] = new JsonArray(Jwk("teams-key", authority.TeamsKey, "msteams"), Jwk("webchat-key", authority.WebChatKey, "webchat")),
        }));
        app.MapPost("/{tenant}/oauth2/v2.0/token", () =>
        {
            Interlocked.Increment(ref authority._tokenRequests);
            return Results.Json(new JsonObject
            {
                ["token_type"] = "Bearer", ["expires_in"] = 3600, ["ext_expires_in"] = 3600, ["access_token"] = "app-token-from-the-fake-entra-id",
            });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        authority.BaseUrl = address.Replace("[::1]", "127.0.0.1").TrimEnd('/');
        return authority;
    }

    /// <summary>What the bot is configured with: a single-tenant app registration and the SDK's endpoints pointed here.</summary>
    public IDictionary<string, string?> BotSettings() => new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppTenantId"] = TenantId,
        ["ToBotFromChannelOpenIdMetadataUrl"] = BaseUrl + "/.well-known/openid-configuration",
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = BaseUrl + "/.well-known/openid-configuration",
        ["ToBotFromChannelTokenIssuer"] = Issuer,
        ["ToChannelFromBotLoginUrl"] = BaseUrl + "/" + TenantId,
        ["ToChannelFromBotOAuthScope"] = Issuer,
        ["OAuthUrl"] = BaseUrl,
        ["ValidateAuthority"] = "false",
        ["CallerId"] = "urn:botframework:azure",
    };

    /// <summary>A token as the Bot Connector signs it for a request to the bot; each argument can be made wrong.</summary>
    public static string Token(RSA key, string keyId, string serviceUrl, string audience = AppId, string issuer = Issuer,
        DateTime? expires = null)
    {
        var exp = expires ?? DateTime.UtcNow.AddMinutes(30);
        var handler = new JwtSecurityTokenHandler();
        return handler.CreateEncodedJwt(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            NotBefore = exp.AddHours(-1),
            IssuedAt = exp.AddHours(-1),
            Expires = exp,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = keyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    private static JsonObject Jwk(string keyId, RSA key, string endorsement)
    {
        var p = key.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA", ["use"] = "sig", ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent),
            ["endorsements"] = new JsonArray(endorsement),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        using (var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser))
        {
            store.Open(OpenFlags.ReadWrite);
            store.Remove(_trusted);
        }
        _trusted.Dispose();
        _serverCert.Dispose();
        TeamsKey.Dispose();
        WebChatKey.Dispose();
    }
}
