using System.Security.Cryptography;
using System.Text;

namespace DanVan.Domain.Reminders;

/// <summary>
/// The idempotency key of one ping (or digest) to one recipient: the same inputs always give the same string, so
/// every bot instance claims the same Table Storage row for the same ping. Usable as a PartitionKey or RowKey:
/// each part keeps only [A-Za-z0-9._-] and escapes every other UTF-8 byte as "~XX" (so no / \ # ? or control
/// characters, and the "|" separators cannot be forged). Not "%XX": keys with % or ' break some Table APIs and
/// Azurite batch deletes. A part longer than <see cref="MaxPart"/> after escaping becomes "~h" and its SHA-256 (never
/// an escape: those are "~" and upper-case hex), which keeps the whole key well under the 1 KiB limit.
/// </summary>
public sealed record PingKey(string PlanId, string UnitId, string RecipientKey, string DeadlineId, string StageId)
{
    public const int MaxPart = 150;

    /// <summary>A digest is about no single unit; its unit part is empty.</summary>
    public static PingKey Digest(string planId, string recipientKey, string deadlineId, string stageId) =>
        new(planId, "", recipientKey, deadlineId, stageId);

    public string Value => string.Join("|", new[] { PlanId, DeadlineId, StageId, UnitId, RecipientKey }.Select(Part));

    public override string ToString() => Value;

    public static string Part(string raw)
    {
        var escaped = new StringBuilder(raw.Length);
        foreach (var b in Encoding.UTF8.GetBytes(raw))
            escaped.Append(b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'.' or (byte)'_' or (byte)'-' ? ((char)b).ToString() : $"~{b:X2}");
        return escaped.Length <= MaxPart ? escaped.ToString() : "~h" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw)));
    }
}
