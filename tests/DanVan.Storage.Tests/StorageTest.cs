using Azure.Data.Tables;
using DanVan.Domain.Repositories;
using DanVan.Storage;
using DanVan.Testing;

namespace DanVan.Storage.Tests;

/// <summary>Each test gets its own tables in the shared Azurite.</summary>
public abstract class StorageTest : IAsyncLifetime
{
    protected StorageServices Storage { get; } = new(Azurite.ConnectionString, Azurite.NewTablePrefix());

    protected static readonly Stamp Alex = new("aad:alex", "Alex Wilber", new DateTimeOffset(2024, 5, 10, 2, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => Storage.Tables.CreateIfMissingAsync(CancellationToken.None);

    public async Task DisposeAsync()
    {
        foreach (var table in Storage.Tables.All) await table.DeleteAsync();
    }

    protected async Task<int> CountRowsAsync(TableClient table, string partition)
    {
        var n = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition)) n++;
        return n;
    }
}
