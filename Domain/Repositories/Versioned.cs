namespace DanVan.Domain.Repositories;

/// <summary>Who changed a record and when.</summary>
public sealed record Stamp(string UserKey, string UserName, DateTimeOffset At);

/// <summary>
/// A stored value with the opaque version (the storage ETag) it was read at; saving with that version fails if
/// someone else saved in between, which is how two editors of one unit never lose each other's work.
/// </summary>
public sealed record Versioned<T>(T Value, string Version, Stamp Stamp)
{
    /// <summary>The item's documents (kept in the same row, so a form save and a file attach never lose each other).</summary>
    public Files.ItemFiles? Files { get; init; }
}

/// <summary>The record changed since it was read (or already exists when it was expected not to).</summary>
public sealed class ConcurrencyConflictException(string message, Exception? inner = null) : Exception(message, inner);
