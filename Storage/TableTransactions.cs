using Azure.Data.Tables;
using DanVan.Domain.Repositories;

namespace DanVan.Storage;

/// <summary>A change and its audit row as one partition transaction, a lost race reported as a conflict.</summary>
internal static class TableTransactions
{
    /// <summary>
    /// Submits <paramref name="actions"/> (one partition, ≤ 100); a row added since it was read (409), changed (412) or
    /// removed (404) makes the whole transaction fail, reported as <see cref="ConcurrencyConflictException"/> with
    /// <paramref name="conflict"/>.
    /// </summary>
    public static async Task SubmitOrConflictAsync(this TableClient table, IReadOnlyList<TableTransactionAction> actions, string conflict, CancellationToken ct)
    {
        try
        {
            await table.SubmitTransactionAsync(actions, ct);
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 409 or 412)
        {
            throw new ConcurrencyConflictException(conflict, e);
        }
    }
}
