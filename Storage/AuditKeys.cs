namespace DanVan.Storage;

/// <summary>
/// Row keys of audit rows, one format for every table: a prefix, the inverted ticks of the change (so a partition's
/// audit rows sort newest first) and a random suffix (so two changes in the same tick never collide).
/// </summary>
internal static class AuditKeys
{
    public static string New(string prefix, DateTimeOffset at) =>
        $"{prefix}{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}|{Guid.NewGuid():N}";
}
