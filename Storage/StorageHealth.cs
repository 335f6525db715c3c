using Azure;
using Azure.Data.Tables;
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

    public StorageHealth(string connectionString, string tablePrefix)
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        _tables = new Tables(new TableServiceClient(connectionString, options), tablePrefix);
    }

    public async Task PrepareAsync(CancellationToken ct)
    {
        try
        {
            await _tables.CreateIfMissingAsync(ct);
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
