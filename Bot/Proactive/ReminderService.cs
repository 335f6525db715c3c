namespace DanVan.Bot.Proactive;

/// <summary>
/// Runs the reminder fan-out every <see cref="ReminderOptions.Interval"/> on the host's clock, starting at once
/// (a bot that was down at 08:00 catches up on start). A failing run is logged and the next one tried: the
/// service must outlive a storage or network hiccup, and claims make a repeated run harmless.
/// </summary>
public sealed class ReminderService(ReminderRun run, ProactiveReviewNotifier reviews, ReminderOptions options, TimeProvider clock,
    ILogger<ReminderService> log) : BackgroundService
{
    /// <summary>Who holds a claim: readable in storage when diagnosing, unique even for two processes on one machine.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Interval, clock);
        do
        {
            try
            {
                var counts = await run.RunOnceAsync(clock.GetUtcNow(), InstanceId, stoppingToken);
                if (counts.Claimed + counts.Reclaimed > 0) log.LogInformation("Reminders: {Counts}", counts);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "Reminder run failed; trying again in {Interval}.", options.Interval);
            }
            // Return notices whose first send failed go under the same claims and the same tick.
            try
            {
                var retried = await reviews.RetryUnsentAsync(clock.GetUtcNow(), InstanceId, stoppingToken);
                if (retried > 0) log.LogInformation("Return notices sent again: {Count}", retried);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "Return notice retry failed; trying again in {Interval}.", options.Interval);
            }
        } while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try { return await timer.WaitForNextTickAsync(ct); }
        catch (OperationCanceledException) { return false; }
    }
}
