namespace DanVan.Bot.Hosting;

/// <summary>
/// A configuration problem found while starting (e.g. a broken plan file). Its message is one line naming the file,
/// the field and the rule; it has already been logged as critical, so Program exits non-zero without a stack trace.
/// </summary>
public sealed class StartupException(string message, Exception inner) : Exception(message, inner);
