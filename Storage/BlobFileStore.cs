using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DanVan.Domain.Repositories;

namespace DanVan.Storage;

/// <summary>
/// Documents in one private blob container ("{prefix}files"), named
/// "{plan}/{unit}/{item}/{upload time}-{sha256 prefix}-{random}.{ext}": per plan year and unit, a new name for
/// every upload, written with If-None-Match: * so an existing blob is never replaced.
/// </summary>
public sealed class BlobFileStore(BlobContainerClient container) : IFileStore
{
    public BlobContainerClient Container { get; } = container;

    public static string ContainerName(string tablePrefix) => tablePrefix.ToLowerInvariant() + "files";

    public async Task<string> PutAsync(FileSlot slot, string sha256, string extension, byte[] content, string contentType, CancellationToken ct)
    {
        var name = $"{Part(slot.PlanId)}/{Part(slot.UnitId)}/{Part(slot.Item)}/{DateTimeOffset.UtcNow:yyyyMMddHHmmssfff}-{sha256[..16]}-{Guid.NewGuid():N}.{extension}";
        await Container.GetBlobClient(name).UploadAsync(new BinaryData(content), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            Metadata = new Dictionary<string, string> { ["sha256"] = sha256 },
        }, ct);
        return name;
    }

    public async Task<byte[]?> ReadAsync(string blob, CancellationToken ct)
    {
        try
        {
            var result = await Container.GetBlobClient(blob).DownloadContentAsync(ct);
            return result.Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public Task DeleteAsync(string blob, CancellationToken ct) =>
        Container.GetBlobClient(blob).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: ct);

    /// <summary>Ids come from the roster and the plan; still, a path part never carries a slash or a dot segment.</summary>
    private static string Part(string value)
    {
        var chars = value.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray();
        return chars.Length == 0 ? "_" : new string(chars);
    }
}
