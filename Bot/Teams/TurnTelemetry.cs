using System.Diagnostics;
using System.Text.RegularExpressions;
using DanVan.App.Telemetry;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace DanVan.Bot.Teams;

/// <summary>
/// Bot Framework middleware: one span per turn (<c>danvan.turn</c>) and the turn counters and latency, by kind and
/// outcome. It reads only the activity's type, invoke name and card verb; the user is a hash, the text is never read.
/// </summary>
public sealed partial class TurnTelemetry : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, NextDelegate next, CancellationToken ct)
    {
        var activity = turn.Activity;
        var kind = KindOf(activity);
        var started = Stopwatch.GetTimestamp();
        using var span = DanVanTelemetry.Source.StartActivity("danvan.turn");
        span?.SetTag("danvan.turn.kind", kind);
        if (VerbOf(activity) is { } verb) span?.SetTag("danvan.verb", verb);
        if (activity.From?.AadObjectId is { Length: > 0 } user) span?.SetTag("danvan.user", DanVanTelemetry.UserHash(user));
        if (activity.Conversation?.ConversationType is { } scope) span?.SetTag("danvan.conversation.type", Bounded(scope));
        var outcome = "error";
        try
        {
            await next(ct);
            outcome = FailedInvoke(turn) ? "error" : "ok";
        }
        finally
        {
            span?.SetTag("danvan.outcome", outcome);
            if (outcome != "ok") span?.SetStatus(ActivityStatusCode.Error);
            DanVanTelemetry.Turn(kind, outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    // The channel's vocabulary, not the sender's: an unknown type or invoke name counts as "other", so nobody can
    // grow the metric's tag values by sending made-up names.
    private static string KindOf(IActivity activity) => activity.Type switch
    {
        ActivityTypes.Message => "message",
        ActivityTypes.Invoke => activity is IInvokeActivity { Name: "adaptiveCard/action" } ? "card-action" : "invoke-other",
        ActivityTypes.ConversationUpdate => "conversation-update",
        ActivityTypes.InstallationUpdate => "installation-update",
        _ => "other",
    };

    private static string? VerbOf(IActivity activity) =>
        activity is IInvokeActivity { Value: JObject value } && value.SelectToken("action.verb") is JValue { Value: string verb }
            ? Bounded(verb) : null;

    private static string Bounded(string value) => value.Length <= 64 && SafeName().IsMatch(value) ? value : "other";

    private static bool FailedInvoke(ITurnContext turn) =>
        turn.TurnState.Get<Microsoft.Bot.Schema.Activity>(BotAdapter.InvokeResponseKey) is { Value: InvokeResponse { Status: >= 500 } };

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex SafeName();
}
