using DanVan.Cards.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace DanVan.Bot.Hosting;

/// <summary>CloudAdapter whose last-resort error handler logs and tells the user, in their language, that nothing was saved.</summary>
public sealed class DanVanAdapter : CloudAdapter
{
    public DanVanAdapter(BotFrameworkAuthentication auth, Language language, ILogger<DanVanAdapter> logger) : base(auth, logger)
    {
        OnTurnError = async (turn, exception) =>
        {
            logger.LogError(exception, "Unhandled error in a {Type} turn.", turn.Activity.Type);
            try
            {
                await turn.SendActivityAsync(language.For(turn.Activity.Locale).SomethingWentWrong);
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
