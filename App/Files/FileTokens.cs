using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DanVan.App.Files;

/// <summary>The "what is this file?" card's promise: this user sent this file (its own download address) and may
/// attach it until <paramref name="ExpiresAt"/>. The card carries it signed, so the choice cannot point DanVan at
/// another address or be replayed by someone else.</summary>
public sealed record FileOffer(string UserKey, string Name, string DownloadUrl, DateTimeOffset ExpiresAt);

/// <summary>An office download link: one user, one plan, and either one unit's files or one item's files of all units.</summary>
public sealed record FileLinkGrant(string UserKey, string PlanId, string? UnitId, string? Item, DateTimeOffset ExpiresAt);

/// <summary>
/// Signed tokens for files, with the export links' key (<see cref="Export.ExportTokens"/>'s: one secret to keep
/// and rotate): base64url JSON, a dot, its HMAC-SHA256. The MAC covers a purpose too, so an offer is never
/// accepted as a download link or the other way round.
/// </summary>
public sealed class FileTokens(byte[] key)
{
    public const int MaxLength = 8192;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record OfferPayload(string U, string N, string D, long E);
    private sealed record LinkPayload(string U, string P, string? Unit, string? Item, long E);

    public string Sign(FileOffer o) => Sign("offer", new OfferPayload(o.UserKey, o.Name, o.DownloadUrl, o.ExpiresAt.ToUnixTimeSeconds()));

    public string Sign(FileLinkGrant g) => Sign("link", new LinkPayload(g.UserKey, g.PlanId, g.UnitId, g.Item, g.ExpiresAt.ToUnixTimeSeconds()));

    /// <summary>The offer if the token is genuine, made for <paramref name="userKey"/> and not expired; else null.</summary>
    public FileOffer? VerifyOffer(string? token, string userKey, DateTimeOffset now) =>
        Open<OfferPayload>("offer", token) is (Export.TokenCheck.Valid, { U.Length: > 0, D.Length: > 0 } p) && p.U == userKey && now.ToUnixTimeSeconds() < p.E
            ? new FileOffer(p.U, p.N, p.D, DateTimeOffset.FromUnixTimeSeconds(p.E)) : null;

    /// <summary>The grant if the token is genuine (Valid, or Expired at <paramref name="now"/>); Malformed or BadSignature otherwise.</summary>
    public (Export.TokenCheck Check, FileLinkGrant? Grant) VerifyLink(string? token, DateTimeOffset now)
    {
        var (check, p) = Open<LinkPayload>("link", token);
        if (check != Export.TokenCheck.Valid) return (check, null);
        if (p is not { U.Length: > 0, P.Length: > 0 } || (p.Unit is null) == (p.Item is null)) return (Export.TokenCheck.Malformed, null);
        var grant = new FileLinkGrant(p.U, p.P, p.Unit, p.Item, DateTimeOffset.FromUnixTimeSeconds(p.E));
        return (now >= grant.ExpiresAt ? Export.TokenCheck.Expired : Export.TokenCheck.Valid, grant);
    }

    private string Sign<T>(string purpose, T payload)
    {
        var body = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload, Json));
        return body + "." + Base64Url.EncodeToString(Mac(purpose, body));
    }

    private (Export.TokenCheck, T?) Open<T>(string purpose, string? token) where T : class
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxLength || token.Split('.') is not [var body, var signature]
            || !Base64Url.IsValid(body) || !Base64Url.IsValid(signature))
            return (Export.TokenCheck.Malformed, null);
        // Constant time: how long the comparison takes says nothing about a forged signature.
        if (!CryptographicOperations.FixedTimeEquals(Mac(purpose, body), Base64Url.DecodeFromChars(signature))) return (Export.TokenCheck.BadSignature, null);
        try { return (Export.TokenCheck.Valid, JsonSerializer.Deserialize<T>(Base64Url.DecodeFromChars(body), Json)); }
        catch (JsonException) { return (Export.TokenCheck.Malformed, null); }
    }

    private byte[] Mac(string purpose, string body) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes("danvan-file-" + purpose + "." + body));
}
