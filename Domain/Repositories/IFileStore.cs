namespace DanVan.Domain.Repositories;

/// <summary>Where an uploaded document is put: the plan year, the unit and the item it belongs to.</summary>
public sealed record FileSlot(string PlanId, string UnitId, string Item);

/// <summary>
/// The documents units send (Azure Blob Storage). Every upload gets a blob name of its own and is never
/// overwritten; which blob is an item's current document is recorded with the item, in table storage.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores <paramref name="content"/> under a new name in <paramref name="slot"/> and returns it.
    /// Fails rather than replace an existing blob.</summary>
    Task<string> PutAsync(FileSlot slot, string sha256, string extension, byte[] content, string contentType, CancellationToken ct);

    /// <summary>The content of a blob PutAsync returned; null if it is not there.</summary>
    Task<byte[]?> ReadAsync(string blob, CancellationToken ct);

    /// <summary>Removes a blob whose table record could not be written (so nothing is half stored).</summary>
    Task DeleteAsync(string blob, CancellationToken ct);
}
