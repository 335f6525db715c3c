using System.Globalization;
using System.Net;
using DanVan.App;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace DanVan.Bot.Teams;

/// <summary>
/// Posts a turn's replies into its conversation, one at a time so a retry never repeats one already posted. A 429
/// is retried after its Retry-After (capped: the user is waiting), a 5xx or a dropped connection after a short
/// pause. A reply that still fails is logged and reported as not sent; it never turns into an error for the turn,
/// because whatever the turn stored is stored.
/// </summary>
public sealed class ReplySender(ReplySender.Options options, ILogger<ReplySender> log)
{
    /// <summary>How replies are retried. <see cref="Delays"/> is wall-clock transport time (how long the connector
    /// asked us to wait), not the department's business clock, so tests that move the business clock do not stall it.</summary>
    public sealed record Options
    {
        public int MaxAttempts { get; init; } = 3;
        public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(4);
        public TimeSpan ServerErrorPause { get; init; } = TimeSpan.FromMilliseconds(400);
        public TimeProvider Delays { get; init; } = TimeProvider.System;
    }

    /// <returns>True if every reply was posted.</returns>
    public async Task<bool> SendAsync(ITurnContext turn, IReadOnlyList<Reply> replies, CancellationToken ct)
    {
        foreach (var reply in replies)
            if (!await SendOneAsync(turn, ActivityMapping.ToActivity(reply), ct)) return false;
        return true;
    }

    private async Task<bool> SendOneAsync(ITurnContext turn, IActivity activity, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan wait;
            try
            {
                await turn.SendActivityAsync(activity, ct);
                return true;
            }
            catch (ErrorResponseException e) when (attempt < options.MaxAttempts && e.Response?.StatusCode == HttpStatusCode.TooManyRequests)
            {
                wait = RetryAfter(e) ?? options.ServerErrorPause;
            }
            catch (Exception e) when (attempt < options.MaxAttempts && IsServerError(e))
            {
                wait = options.ServerErrorPause * attempt;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                log.LogWarning(e, "A reply in conversation {Conversation} was not posted after {Attempts} attempt(s).", turn.Activity.Conversation?.Id, attempt);
                return false;
            }
            log.LogInformation("Reply throttled or failed; retry {Attempt} in {Wait}.", attempt + 1, wait);
            await Task.Delay(wait, options.Delays, ct);
        }
    }

    private static bool IsServerError(Exception e) => e switch
    {
        ErrorResponseException { Response: { } r } => (int)r.StatusCode >= 500,
        HttpRequestException => true,
        _ => false,
    };

    private TimeSpan? RetryAfter(ErrorResponseException e)
    {
        if (e.Response.Headers is null || !e.Response.Headers.TryGetValue("Retry-After", out var values)) return null;
        if (!int.TryParse(values.FirstOrDefault()?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return null;
        var wait = TimeSpan.FromSeconds(seconds);
        return wait > options.MaxRetryAfter ? options.MaxRetryAfter : wait;
    }
}
