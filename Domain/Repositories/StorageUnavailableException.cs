namespace DanVan.Domain.Repositories;

/// <summary>Storage could not be reached or refused a request; the message is for the log, never for a user.</summary>
public sealed class StorageUnavailableException(string message, Exception inner) : Exception(message, inner);
