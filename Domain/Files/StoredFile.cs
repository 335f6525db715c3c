namespace DanVan.Domain.Files;

/// <summary>
/// One uploaded version of an item's document: what the unit sent (its name as given, untrusted text), what it
/// is (judged by content), its SHA-256, the blob that holds it, and who sent it when.
/// </summary>
public sealed record StoredFile(
    string Name,
    long Size,
    string ContentType,
    string Sha256,
    string Blob,
    DateTimeOffset UploadedAt,
    string ByUserKey,
    string ByUserName);

/// <summary>
/// Every version of an item's document, oldest first; the last is the current one. A new upload adds a version
/// with a blob of its own: nothing is overwritten in place.
/// </summary>
public sealed record ItemFiles(IReadOnlyList<StoredFile> Versions)
{
    public StoredFile Current => Versions[^1];

    public ItemFiles With(StoredFile added) => new([.. Versions, added]);

    public static ItemFiles First(StoredFile file) => new([file]);
}
