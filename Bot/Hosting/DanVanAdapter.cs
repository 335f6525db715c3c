using DanVan.Cards.Text;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace DanVan.Bot.Hosting;

/// <summary>CloudAdapter whose last-resort error handler logs and tells the user, in their language, that nothing was saved.</summary>
public sealed class DanVanAdapter : CloudAdapter
{
    public DanVanAdapter(BotFrameworkAuthentication auth, Language language, ILogger<DanVanAdapter> logger) : base(auth, logger)
    {
        // Outermost, so a turn's span and latency include everything the turn does, failures too.
        Use(new Teams.TurnTelemetry());
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
}
