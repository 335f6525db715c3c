using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DanVan.Testing;

/// <summary>Every log line the host writes, formatted, so a test can assert what an operator would read.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public sealed record Entry(LogLevel Level, string Category, string Message);

    public ConcurrentQueue<Entry> Entries { get; } = new();

    public IEnumerable<Entry> AtLeast(LogLevel level) => Entries.Where(e => e.Level >= level);

    public IReadOnlyList<(LogLevel Level, string Category, string Message)> Lines => [.. Entries.Select(e => (e.Level, e.Category, e.Message))];

    /// <summary>Raised for each line as it is written, for tests that wait for one.</summary>
    public event Action<string>? Written;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            owner.Entries.Enqueue(new Entry(logLevel, category, message));
            owner.Written?.Invoke(message);
        }
    }
}
