using System.Net;
using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Tests;

/// <summary>
/// The health endpoints over HTTP with the real host on an Azurite of the test's own, which the test stops and
/// starts again: live answers for the process alone; ready (and /healthz) follow storage; no body names a host.
/// </summary>
public sealed class HealthTests : IAsyncLifetime
{
    private readonly RestartableAzurite _storage = new(Azurite.FreePort());
    private readonly LogCapture _log = new();
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        await _storage.StartAsync();
        _bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["Storage:ConnectionString"] = _storage.ConnectionString },
            replaceServices: s => s.AddSingleton<ILoggerProvider>(_log));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Live_stays_up_while_ready_follows_storage_down_and_back()
    {
        await AssertAsync("/healthz/live", 200, "healthy");
        await AssertAsync("/healthz/ready", 200, "healthy");
        await AssertAsync("/healthz", 200, "healthy");

        await _storage.StopAsync();
        // The ready answer is kept for Health:CacheSeconds (5): within it, no new probe reaches storage.
        await AssertAsync("/healthz/ready", 200, "healthy");
        _bot.Clock.Advance(TimeSpan.FromSeconds(6));
        await AssertAsync("/healthz/live", 200, "healthy");
        await AssertAsync("/healthz/ready", 503, "unhealthy");
        await AssertAsync("/healthz", 503, "unhealthy");
        // The reason is for the operator, in the log, with the address that failed.
        Assert.Contains(_log.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("Table Storage or Blob Storage unreachable"));

        await _storage.StartAsync();
        _bot.Clock.Advance(TimeSpan.FromSeconds(6));
        await AssertAsync("/healthz/ready", 200, "healthy");
        await AssertAsync("/healthz", 200, "healthy");
    }

    [Fact]
    public async Task Ready_also_needs_the_documents_blob_container()
    {
        await AssertAsync("/healthz/ready", 200, "healthy");

        await _bot.Storage.Files.Container.DeleteAsync();
        _bot.Clock.Advance(TimeSpan.FromSeconds(6));
        await AssertAsync("/healthz/ready", 503, "unhealthy");
        Assert.Contains(_log.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("blob container of documents is missing"));

        // Azurite keeps a deleted container's name busy for a moment: retry the create until it is accepted.
        for (var i = 0; ; i++)
        {
            try { await _bot.Storage.Files.Container.CreateAsync(); break; }
            catch (Azure.RequestFailedException) when (i < 50) { await Task.Delay(200); }
        }
        _bot.Clock.Advance(TimeSpan.FromSeconds(6));
        await AssertAsync("/healthz/ready", 200, "healthy");
    }

    [Fact]
    public async Task Bodies_are_only_a_status_naming_no_host_port_or_exception()
    {
        await _storage.StopAsync();
        _bot.Clock.Advance(TimeSpan.FromSeconds(6));
        foreach (var path in new[] { "/healthz", "/healthz/ready", "/healthz/live" })
        {
            using var response = await _bot.Http.GetAsync(_bot.BaseUrl + path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Matches("^\\{\"status\":\"(healthy|unhealthy)\"\\}$", body);
            foreach (var secret in new[] { "127.0.0.1", _storage.Port.ToString(), "localhost", "Exception", "devstoreaccount1" })
                Assert.DoesNotContain(secret, body);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }
    }

    private async Task AssertAsync(string path, int status, string word)
    {
        using var response = await _bot.Http.GetAsync(_bot.BaseUrl + path);
        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal($"{{\"status\":\"{word}\"}}", await response.Content.ReadAsStringAsync());
    }
}
