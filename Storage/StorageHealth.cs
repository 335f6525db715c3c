using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using DanVan.Domain.Repositories;

namespace DanVan.Storage;

/// <summary>
/// <see cref="IStorageHealth"/> over its own client without retries and with a short network timeout: a probe
/// must answer within a health check's time, and start-up counts and logs its own attempts instead of waiting
/// ~6 s inside the SDK's retry policy for each one.
/// </summary>
public sealed class StorageHealth : IStorageHealth
{
    private readonly Tables _tables;
    private readonly BlobContainerClient _files;

    public StorageHealth(string connectionString, string tablePrefix)
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        _tables = new Tables(new TableServiceClient(connectionString, options), tablePrefix);
        var blobOptions = new BlobClientOptions();
        blobOptions.Retry.MaxRetries = 0;
        blobOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        _files = new BlobServiceClient(connectionString, blobOptions).GetBlobContainerClient(BlobFileStore.ContainerName(tablePrefix));
    }

    public async Task PrepareAsync(CancellationToken ct)
    {
        try
        {
            await _tables.CreateIfMissingAsync(ct);
            // Private: documents are handed out only through the bot's signed links.
            await _files.CreateIfNotExistsAsync(Azure.Storage.Blobs.Models.PublicAccessType.None, cancellationToken: ct);
        }
        catch (Exception e) when (IsUnavailable(e, ct))
        {
            throw new StorageUnavailableException(Describe(e), e);
        }
    }

    public async Task<string?> ProbeAsync(CancellationToken ct)
    {
        try
        {
            // A point read of a row that never exists: one small request that also proves the roster table is there.
            await _tables.Roster.GetEntityIfExistsAsync<TableEntity>("health", "probe", ["PartitionKey"], ct);
            // And the documents' container: uploads need Blob Storage as much as the forms need tables.
            if (!(await _files.ExistsAsync(ct)).Value) return "the blob container of documents is missing";
            return null;
        }
        catch (Exception e) when (IsUnavailable(e, ct))
        {
            return Describe(e);
        }
    }

    // Refused or timed out (the SDK reports a connection failure as RequestFailedException, a network timeout as
    // TaskCanceledException or a bare HttpRequestException); a cancellation the caller asked for is not a failure.
    private static bool IsUnavailable(Exception e, CancellationToken ct) =>
        e is RequestFailedException or HttpRequestException or AggregateException or IOException
        || (e is OperationCanceledException && !ct.IsCancellationRequested);

    private static string Describe(Exception e) =>
        e is RequestFailedException { Status: > 0 } r ? $"HTTP {r.Status} {r.ErrorCode}: {FirstLine(r.Message)}" : $"{e.GetType().Name}: {FirstLine(e.Message)}";

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
