using System.Globalization;
using System.Net;
using DanVan.Bot.Teams;
using DanVan.Cards.Json;
using DanVan.Domain.Repositories;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Polly;
using Polly.Retry;

namespace DanVan.Bot.Proactive;

/// <summary>
/// Sends one message to a stored conversation reference, politely: paced (per conversation and globally), 429
/// waits for Retry-After, 412 / 5xx / network failures back off, and Teams' "no" (403, 404) is never retried but
/// recorded on the reference so the next fan-out skips it.
/// </summary>
/// <remarks>
/// Pacing and back-off wait inside <see cref="SendAsync"/>, for seconds on a long fan-out. Call it only from
/// background work (the reminder service), never from a turn: a turn waiting here would hold up the user's reply.
/// </remarks>
public sealed class ProactiveSender
{
    // Teams' 403 sub-codes meaning "this conversation will not take bot messages": retrying cannot help.
    private static readonly HashSet<string> BlockedCodes =
    [
        InactiveReasons.ConversationBlockedByUser, InactiveReasons.BotNotInConversationRoster,
        InactiveReasons.BotDisabledByAdmin, InactiveReasons.MessageWritesBlocked,
    ];

    private readonly CloudAdapter _adapter;
    private readonly IConversationRepository _conversations;
    private readonly TimeProvider _clock;
    private readonly ILogger<ProactiveSender> _log;
    private readonly string _botAppId;
    private readonly Pacer _pacer;
    private readonly ResiliencePipeline _retry;

    /// <param name="botAppId">MicrosoftAppId; empty when running anonymously (local playground and tests).</param>
    public ProactiveSender(CloudAdapter adapter, IConversationRepository conversations, ProactiveOptions options,
        TimeProvider clock, ILogger<ProactiveSender> log, string? botAppId)
    {
        (_adapter, _conversations, _clock, _log) = (adapter, conversations, clock, log);
        // CloudAdapter puts the app id in the claims of the outgoing call (a null one throws there); with an empty
        // one the connector factory sends without a token, which is what an anonymous local bot should do.
        _botAppId = botAppId?.Trim() ?? "";
        _pacer = new Pacer(clock, options);
        // Polly refuses zero retries: one attempt is the empty pipeline.
        _retry = options.MaxAttempts <= 1 ? ResiliencePipeline.Empty : new ResiliencePipelineBuilder { TimeProvider = clock }.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && IsTransient(e)),
            MaxRetryAttempts = options.MaxAttempts - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseDelay,
            // 429: Teams says when to come back; honour it (capped). Anything else: the exponential back-off.
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is ErrorResponseException { Response.StatusCode: HttpStatusCode.TooManyRequests } e
                ? RetryAfter(e, options.MaxRetryAfter) : null),
            OnRetry = args =>
            {
                _log.LogInformation("Proactive send retry {Attempt} in {Delay}: {Error}", args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception?.Message);
                return ValueTask.CompletedTask;
            },
        }).Build();
    }

    /// <summary>A sender over the host's adapter and conversations (the host registers one with its options and clock).</summary>
    public static ProactiveSender Create(IServiceProvider services, ProactiveOptions options, TimeProvider clock) =>
        new((CloudAdapter)services.GetRequiredService<IBotFrameworkHttpAdapter>(), services.GetRequiredService<IConversationRepository>(),
            options, clock, services.GetRequiredService<ILogger<ProactiveSender>>(), services.GetRequiredService<Hosting.Settings.AppRegistrationSettings>().MicrosoftAppId);

    /// <summary>Sends <paramref name="text"/> and/or <paramref name="card"/> to the record's conversation.</summary>
    public async Task<SendOutcome> SendAsync(ConversationRecord record, string? text, Card? card, CancellationToken ct)
    {
        var reference = JsonConvert.DeserializeObject<ConversationReference>(record.ReferenceJson)
            ?? throw new ArgumentException($"No conversation reference for {record.UserKey}.", nameof(record));
        // Reminders and digests are private: only ever to a personal chat. A channel's reference stored under a
        // user's key (as an earlier version saved channel turns) is set aside until the user's next personal turn.
        if (!ActivityMapping.IsPersonal(reference))
        {
            await _conversations.MarkInactiveAsync(record.UserKey, InactiveReasons.NotPersonal, _clock.GetUtcNow(), record.Version, ct);
            _log.LogWarning("Proactive send to {User} skipped: the stored reference is not a personal chat; marked inactive.", record.UserKey);
            return SendOutcome.Blocked(InactiveReasons.NotPersonal);
        }
        var activity = card is null ? MessageFactory.Text(text) : MessageFactory.Attachment(ActivityMapping.ToAttachment(card), text);
        return await DeliverAsync(reference, reference.Conversation?.Id ?? record.UserKey, activity, record.UserKey,
            // ifVersion: if the user's own turn saved a fresh reference meanwhile, that one is left alone.
            reason => _conversations.MarkInactiveAsync(record.UserKey, reason, _clock.GetUtcNow(), record.Version, ct),
            () => _conversations.DeleteAsync(record.UserKey, record.Version, ct), ct);
    }

    /// <summary>
    /// The one message DanVan posts in a channel: the weekly department picture, to the channel an office member
    /// chose. Deliberately narrow: only a reference whose conversation is a team channel, only a card, and as a new
    /// post (not a reply in the thread where "đặt kênh sở" was typed). Teams' "no" (403, 404) stops the channel.
    /// </summary>
    public async Task<SendOutcome> SendToDepartmentChannelAsync(DepartmentChannel channel, Card card, CancellationToken ct)
    {
        var reference = JsonConvert.DeserializeObject<ConversationReference>(channel.ReferenceJson)
            ?? throw new ArgumentException($"No conversation reference for {channel.TeamKey}.", nameof(channel));
        if (reference.Conversation is not { ConversationType: "channel", Id: { Length: > 0 } id })
        {
            _log.LogWarning("Department post to {Team} skipped: the stored reference is not a team channel.", channel.TeamKey);
            return SendOutcome.Blocked("NotChannel");
        }
        var separator = id.IndexOf(";messageid=", StringComparison.Ordinal);
        reference.Conversation.Id = separator < 0 ? id : id[..separator];
        return await DeliverAsync(reference, reference.Conversation.Id, MessageFactory.Attachment(ActivityMapping.ToAttachment(card)), channel.TeamKey,
            async _ => await _conversations.StopDepartmentChannelAsync(channel.TeamKey, ct),
            async () => await _conversations.StopDepartmentChannelAsync(channel.TeamKey, ct), ct);
    }

    private async Task<SendOutcome> DeliverAsync(ConversationReference reference, string pacingKey, IActivity activity, string who,
        Func<string, Task> blocked, Func<Task> gone, CancellationToken ct)
    {
        try
        {
            await _retry.ExecuteAsync(async token =>
            {
                // Paced per attempt: a retry is a message to Teams' rate limits as much as the first try.
                Exception? failure = null;
                // The request holds its place in the pacer's rolling second until it is answered (or failed).
                using (await _pacer.WaitAsync(pacingKey, token))
                {
                    // The adapter hands a turn's exceptions to its OnTurnError (which would log and message the user):
                    // catch the send's own failure in the callback and rethrow it here, where it is classified.
                    await _adapter.ContinueConversationAsync(_botAppId, reference, async (turn, c) =>
                    {
                        try { await turn.SendActivityAsync(activity, c); }
                        catch (Exception e) { failure = e; }
                    }, token);
                }
                if (failure is ErrorResponseException { Response.StatusCode: HttpStatusCode.TooManyRequests }) _pacer.Throttled();
                if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }, ct);
            return SendOutcome.Sent;
        }
        catch (ErrorResponseException e) when (e.Response?.StatusCode == HttpStatusCode.Forbidden && BlockedCodes.Contains(e.Body?.Error?.Code ?? ""))
        {
            var reason = e.Body!.Error!.Code!;
            await blocked(reason);
            _log.LogInformation("Proactive send to {User} blocked ({Reason}); reference marked inactive.", who, reason);
            return SendOutcome.Blocked(reason);
        }
        catch (ErrorResponseException e) when (e.Response?.StatusCode == HttpStatusCode.NotFound)
        {
            await gone();
            _log.LogInformation("Proactive send to {User}: conversation gone; reference deleted.", who);
            return SendOutcome.Gone;
        }
        catch (ErrorResponseException e) when (e.Response?.StatusCode == HttpStatusCode.TooManyRequests)
        {
            _log.LogWarning("Proactive send to {User} still throttled after retries.", who);
            return SendOutcome.Throttled;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            _log.LogWarning(e, "Proactive send to {User} failed.", who);
            return SendOutcome.Failed(e is ErrorResponseException r ? $"{(int?)r.Response?.StatusCode} {r.Body?.Error?.Code}".Trim() : e.Message);
        }
    }

    /// <summary>The global pace in force now: lower than configured for a while after a 429.</summary>
    public double GlobalPerSecond => _pacer.GlobalPerSecond;

    /// <summary>How many times 429s have cut the global pace since start.</summary>
    public int PaceCuts => _pacer.Cuts;

    private static bool IsTransient(Exception e) => e switch
    {
        ErrorResponseException { Response: { } r } => r.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed || (int)r.StatusCode >= 500,
        HttpRequestException => true, // connection refused / reset: the service may be back in a moment
        _ => false,
    };

    /// <summary>Retry-After in seconds or as an HTTP date, capped; missing or unreadable: the normal back-off.</summary>
    private TimeSpan? RetryAfter(ErrorResponseException e, TimeSpan cap)
    {
        if (e.Response.Headers is null || !e.Response.Headers.TryGetValue("Retry-After", out var values)) return null;
        var value = values.FirstOrDefault()?.Trim();
        TimeSpan? wait = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds)
            : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at - _clock.GetUtcNow()
            : null;
        return wait is null ? null : wait < TimeSpan.Zero ? TimeSpan.Zero : wait > cap ? cap : wait;
    }
}
