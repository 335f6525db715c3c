using DanVan.Bot.Teams;
using DanVan.Cards;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace DanVan.Bot.Hosting;

/// <summary>
/// CloudAdapter whose last-resort error handler logs and tells the user, in their language, that the action did
/// not go through. A card action still gets a 200 with that message as its card: without an invoke response the
/// SDK would answer 501, which Teams shows as its own error on the card.
/// </summary>
public sealed class DanVanAdapter : CloudAdapter
{
    public DanVanAdapter(BotFrameworkAuthentication auth, Language language, ILogger<DanVanAdapter> logger) : base(auth, logger)
    {
        // Outermost, so a turn's span and latency include everything the turn does, failures too.
        Use(new Teams.TurnTelemetry());
        OnTurnError = async (turn, exception) =>
        {
            logger.LogError(exception, "Unhandled error in a {Type} turn.", turn.Activity.Type);
            var t = language.For(turn.Activity.Locale);
            try
            {
                if (turn.Activity.Type == ActivityTypes.Invoke)
                    await turn.SendActivityAsync(new Activity
                    {
                        Type = ActivityTypesEx.InvokeResponse,
                        Value = new InvokeResponse { Status = 200, Body = ActivityMapping.CardResponse(MessageCard.Build(t.SomethingWentWrong, TextStyle.Attention)) },
                    });
                else
                    await turn.SendActivityAsync(t.SomethingWentWrong);
            }
            catch (Exception sendFailure)
            {
                logger.LogWarning(sendFailure, "Could not tell the user about the error.");
            }
        };
    }

    /// <summary>
    /// Authenticates the request on the SDK's path, then runs the turn: what CloudAdapter.ProcessAsync does after
    /// reading the body, for <see cref="MessagesEndpoint"/>, which reads the body itself.
    /// </summary>
    public Task<InvokeResponse> ProcessAsync(string authHeader, Activity activity, BotCallbackHandler callback, CancellationToken ct) =>
        ProcessActivityAsync(authHeader, activity, callback, ct);
}
