using DanVan.App;
using DanVan.Cards;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace DanVan.Bot.Teams;

/// <summary>
/// Translates Bot Framework activities into <see cref="ConversationService"/> calls and its answers back into
/// activities. No decisions are made here. A card action is always answered 200 with a card or a message: the
/// answer says what happened even when the chat reply after it cannot be posted.
/// </summary>
public sealed class DanVanBot(ConversationService conversation, ReplySender replies, Language language, ILogger<DanVanBot> logger) : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turn, CancellationToken ct)
    {
        turn.Activity.RemoveRecipientMention();
        // Normalised once, here where it enters: composed (NFC), no control or broken characters.
        var text = DanVan.Domain.Validation.UntrustedText.NormalizeMessage(turn.Activity.Text);
        var result = await conversation.OnMessageAsync(ActivityMapping.CallerOf(turn), text, ActivityMapping.FileOf(turn.Activity), ct);
        await replies.SendAsync(turn, result.Replies, ct);
    }

    protected override async Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turn, CancellationToken ct) =>
        await WelcomeAsync(turn, ct);

    // Also "remove-upgrade". Nothing can be posted into the chat any more; only the stored reference changes.
    protected override async Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turn, CancellationToken ct) =>
        await conversation.OnUninstalledAsync(ActivityMapping.CallerOf(turn), ct);

    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turn, CancellationToken ct)
    {
        // Only DanVan's own arrival or departure matters: a colleague joining a team is not an install, and
        // welcoming them would post in the team. A personal install arrives as conversationUpdate and as
        // installationUpdate; the service welcomes a conversation once, whichever comes first.
        var bot = turn.Activity.Recipient?.Id;
        if (bot is null) return;
        if (turn.Activity.MembersAdded?.Any(m => m.Id == bot) == true) await WelcomeAsync(turn, ct);
        else if (turn.Activity.MembersRemoved?.Any(m => m.Id == bot) == true) await conversation.OnUninstalledAsync(ActivityMapping.CallerOf(turn), ct);
    }

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turn, CancellationToken ct)
    {
        if (turn.Activity.Name == "adaptiveCard/action") return await base.OnInvokeActivityAsync(turn, ct);
        if (turn.Activity.Name == "fileConsent/invoke") return await OnFileConsentAsync(turn, ct);
        // The SDK answers invokes it has no handler for with 501, which Teams shows as an error on the card.
        // DanVan declares none besides card actions: acknowledge and do nothing.
        logger.LogInformation("Ignored an invoke DanVan does not use: {Name}.", turn.Activity.Name);
        return new InvokeResponse { Status = 200 };
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
            // Answer the invoke with a card rather than letting Teams show a generic failure. Use cases answer any
            // stored change themselves (with its receipt), so an exception here means nothing was stored.
            logger.LogError(e, "Card action {Verb} failed.", invokeValue.Action?.Verb);
            var t = language.For(((ITurnContext)turn).Activity.Locale);
            return ActivityMapping.CardResponse(MessageCard.Build(t.SomethingWentWrong, TextStyle.Attention));
        }
        // The replies follow the answer's decision, not the other way round: if they cannot be posted (429, 5xx
        // after retries), the card still shows what was stored.
        await replies.SendAsync(turn, result.Replies, ct);
        return result.Card is { } card ? ActivityMapping.CardResponse(card) : ActivityMapping.MessageResponse(result.Notice ?? "");
    }

    /// <summary>Allowed or declined, the invoke is answered 200 (Teams removes the consent card either way); what
    /// happened is said in the chat: the uploaded file's card, or why there is none.</summary>
    private async Task<InvokeResponse> OnFileConsentAsync(ITurnContext<IInvokeActivity> turn, CancellationToken ct)
    {
        var (verb, fields) = ActivityMapping.ConsentOf(turn.Activity.Value);
        // Not a consent DanVan asked for (its cards always carry their route's verb): acknowledged, nothing said.
        if (verb is null)
        {
            logger.LogInformation("Ignored a file consent without DanVan's context.");
            return new InvokeResponse { Status = 200 };
        }
        TurnResult result;
        try
        {
            result = await conversation.OnFileConsentAsync(ActivityMapping.CallerOf(turn), verb, fields, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "File consent {Verb} failed.", verb);
            result = TurnResult.Of(new TextReply(language.For(((ITurnContext)turn).Activity.Locale).SomethingWentWrong));
        }
        await replies.SendAsync(turn, result.Replies, ct);
        return new InvokeResponse { Status = 200 };
    }

    private async Task WelcomeAsync(ITurnContext turn, CancellationToken ct)
    {
        var result = await conversation.OnInstalledAsync(ActivityMapping.CallerOf(turn), ct);
        await replies.SendAsync(turn, result.Replies, ct);
    }
}
