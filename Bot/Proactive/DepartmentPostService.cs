namespace DanVan.Bot.Proactive;

/// <summary>
/// Looks for a due weekly department post every <see cref="ReminderOptions.Interval"/> (the reminders' setting: one
/// switch, <c>Reminders__Enabled</c>, turns all proactive background work on or off). A failing run is logged and
/// the next one tried; claims make a repeated run harmless.
/// </summary>
public sealed class DepartmentPostService(DepartmentPostRun run, ReminderOptions options, TimeProvider clock, ILogger<DepartmentPostService> log)
    : BackgroundService
{
    public string InstanceId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Interval, clock);
        do
        {
            try
            {
                var counts = await run.RunOnceAsync(clock.GetUtcNow(), InstanceId, stoppingToken);
                if (counts.Posted + counts.Failed > 0) log.LogInformation("Department channel: {Counts}", counts);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "Department channel run failed; trying again in {Interval}.", options.Interval);
            }
        } while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try { return await timer.WaitForNextTickAsync(ct); }
        catch (OperationCanceledException) { return false; }
    }
}
