using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace DanVan.Bench;

/// <summary>
/// The baseline turn: replies with the message text. It replaces DanVan's IBot in an otherwise identical host, so
/// it goes through the same Kestrel → CloudAdapter → ConnectorClient → connector path as a submission.
/// </summary>
public sealed class EchoBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turn, CancellationToken ct) =>
        turn.SendActivityAsync(MessageFactory.Text(turn.Activity.Text), ct);
}
