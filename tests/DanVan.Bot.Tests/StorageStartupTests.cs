using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Bot.Tests;

/// <summary>
/// Start-up before storage is reachable, with the real host: it waits with bounded attempts and says so in the
/// log at each one, and either goes on once storage answers or stops with a message naming the settings.
/// </summary>
public sealed class StorageStartupTests
{
    [Fact]
    public async Task Start_up_waits_for_storage_that_comes_up_later_then_serves()
    {
        await using var storage = new RestartableAzurite(Azurite.FreePort());
        var log = new LogCapture();
        var firstAttempt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        log.Written += line => { if (line.Contains("attempt 1/")) firstAttempt.TrySetResult(); };

        var starting = BotServer.StartAsync(new Dictionary<string, string?> { ["Storage:ConnectionString"] = storage.ConnectionString },
            replaceServices: s => s.AddSingleton<ILoggerProvider>(log));
        await firstAttempt.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await storage.StartAsync();
        await using var bot = await starting.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Contains(log.Lines, l => l.Level == LogLevel.Warning && l.Message.StartsWith("Table Storage not reachable, attempt 1/30"));
        using var ready = await bot.Http.GetAsync(bot.BaseUrl + "/healthz/ready");
        Assert.Equal(200, (int)ready.StatusCode);
        await using var connector = await LoopbackConnector.StartAsync();
        var (status, _) = await new TeamsChannel(bot, connector).SendAsync(new TeamsChannel(bot, connector).Message(TeamsUser.Alex, "trợ giúp"));
        Assert.Equal(200, status);
        Assert.Single(connector.TakeAll());
    }

    [Fact]
    public async Task Start_up_gives_up_after_the_configured_attempts_with_a_message_naming_the_settings()
    {
        var closedPort = Azurite.FreePort();
        var log = new LogCapture();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = Azurite.ConnectionStringFor(closedPort),
            ["Storage:StartupAttempts"] = "2",
        }, replaceServices: s => s.AddSingleton<ILoggerProvider>(log)));

        Assert.Contains("Storage:StartupAttempts", failure.Message);
        Assert.Contains("Storage:ConnectionString", failure.Message);
        var attempts = log.Lines.Where(l => l.Message.StartsWith("Table Storage not reachable, attempt ")).ToList();
        Assert.Equal(["attempt 1/2", "attempt 2/2"], attempts.Select(l => l.Message.Split(", ")[1].Split(':')[0]));
        Assert.Equal(LogLevel.Critical, attempts[^1].Level);
    }
}
