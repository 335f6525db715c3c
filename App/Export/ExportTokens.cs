using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DanVan.App.Export;

/// <summary>What a link downloads: the department workbook or CSV, the department's report (.docx), or the caller's
/// own unit's draft report (.docx; the unit is read from the roster at download, never from the link).</summary>
public enum ExportFormat { Xlsx, Csv, ReportDocx, DraftDocx }

/// <summary>What a download link grants: one user, one plan, one format, until <paramref name="ExpiresAt"/>.</summary>
public sealed record ExportGrant(string UserKey, string PlanId, ExportFormat Format, DateTimeOffset ExpiresAt);

public enum TokenCheck { Valid, Malformed, BadSignature, Expired }

/// <summary>
/// Download tokens: the grant as base64url JSON, a dot, and its HMAC-SHA256 under a server key. The link itself
/// is the only credential a browser has (it carries no Teams token), so it is short-lived and bound to the user,
/// whose role is checked again on download.
/// </summary>
public sealed class ExportTokens(byte[] key)
{
    /// <summary>Real tokens are ~200 characters; anything far longer is not worth decoding.</summary>
    public const int MaxLength = 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Payload(string U, string P, string F, long E);

    public string Sign(ExportGrant grant)
    {
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(
            new Payload(grant.UserKey, grant.PlanId, grant.Format.ToString().ToLowerInvariant(), grant.ExpiresAt.ToUnixTimeSeconds()), Json));
        return payload + "." + Base64Url.EncodeToString(Mac(payload));
    }

    public (TokenCheck Check, ExportGrant? Grant) Verify(string? token, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxLength || token.Split('.') is not [var payload, var signature]
            || !Base64Url.IsValid(payload) || !Base64Url.IsValid(signature))
            return (TokenCheck.Malformed, null);
        // Constant time, so the time taken says nothing about how much of a forged signature was right.
        if (!CryptographicOperations.FixedTimeEquals(Mac(payload), Base64Url.DecodeFromChars(signature)))
            return (TokenCheck.BadSignature, null);

        Payload? p;
        try { p = JsonSerializer.Deserialize<Payload>(Base64Url.DecodeFromChars(payload), Json); }
        catch (JsonException) { return (TokenCheck.Malformed, null); }
        if (p is not { U.Length: > 0, P.Length: > 0 } || !Enum.TryParse<ExportFormat>(p.F, ignoreCase: true, out var format)
            || !Enum.IsDefined(format))
            return (TokenCheck.Malformed, null);
        var grant = new ExportGrant(p.U, p.P, format, DateTimeOffset.FromUnixTimeSeconds(p.E));
        return now >= grant.ExpiresAt ? (TokenCheck.Expired, grant) : (TokenCheck.Valid, grant);
    }

    private byte[] Mac(string payload) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(payload));
}
