using DanVan.App;
using DanVan.Cards;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace DanVan.Bot.Teams;

/// <summary>
/// Translates Bot Framework activities into <see cref="ConversationService"/> calls and its answers back into
/// activities. No decisions are made here.
/// </summary>
public sealed class DanVanBot(ConversationService conversation, Language language, ILogger<DanVanBot> logger) : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turn, CancellationToken ct)
    {
        turn.Activity.RemoveRecipientMention();
        var result = await conversation.OnMessageAsync(ActivityMapping.CallerOf(turn), turn.Activity.Text, ct);
        await SendAsync(turn, result.Replies, ct);
    }

    protected override async Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turn, CancellationToken ct) =>
        await WelcomeAsync(turn, ct);

    // Also "remove-upgrade". Nothing can be posted into the chat any more; only the stored reference changes.
    protected override async Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turn, CancellationToken ct) =>
        await conversation.OnUninstalledAsync(ActivityMapping.CallerOf(turn), ct);

    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turn, CancellationToken ct)
    {
        // A personal install arrives as conversationUpdate (the bot added: the base class would ignore that) and
        // as installationUpdate; the service welcomes a conversation once, whichever comes first.
        if (turn.Activity.MembersAdded is { Count: > 0 }) await WelcomeAsync(turn, ct);
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turn, AdaptiveCardInvokeValue invokeValue, CancellationToken ct)
    {
        ActionResult result;
        try
        {
            result = await conversation.OnCardActionAsync(ActivityMapping.CallerOf(turn), invokeValue.Action?.Verb,
                ActivityMapping.FieldsOf(invokeValue.Action?.Data), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Answer the invoke with a card rather than letting Teams show a generic failure; the save is atomic,
            // so telling the user nothing was stored is true.
            logger.LogError(e, "Card action {Verb} failed.", invokeValue.Action?.Verb);
            var t = language.For(((ITurnContext)turn).Activity.Locale);
            return ActivityMapping.CardResponse(MessageCard.Build(t.SomethingWentWrong, TextStyle.Attention));
        }
        await SendAsync(turn, result.Replies, ct);
        return ActivityMapping.CardResponse(result.Card);
    }

    private async Task WelcomeAsync(ITurnContext turn, CancellationToken ct)
    {
        var result = await conversation.OnInstalledAsync(ActivityMapping.CallerOf(turn), ct);
        await SendAsync(turn, result.Replies, ct);
    }

    private static async Task SendAsync(ITurnContext turn, IReadOnlyList<Reply> replies, CancellationToken ct)
    {
        if (replies.Count == 0) return;
        await turn.SendActivitiesAsync(replies.Select(ActivityMapping.ToActivity).ToArray(), ct);
    }
}
