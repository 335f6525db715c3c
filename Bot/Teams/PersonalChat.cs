using DanVan.App;
using DanVan.App.Conversations;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace DanVan.Bot.Teams;

/// <summary>
/// Answers a command typed in a channel or group chat in the caller's personal chat: through their stored personal
/// reference, or else by opening the 1:1 conversation with them (Teams' CreateConversation with the one member),
/// which works once the app is installed for the user or in a team they belong to.
/// </summary>
public sealed class PersonalChat(IBotFrameworkHttpAdapter adapter, Hosting.Settings.AppRegistrationSettings registration, ReplySender replies, ILogger<PersonalChat> log) : IPersonalChat
{
    // CloudAdapter puts the app id in the outgoing call's claims; empty when running anonymously (see ProactiveSender).
    private readonly string _botAppId = registration.MicrosoftAppId.Trim();

    public async Task<string?> SendAsync(string? storedReference, Caller caller, IReadOnlyList<Reply> messages, CancellationToken ct)
    {
        if (Parse(caller.ConversationReferenceJson) is not { } here) return null;
        // A stored reference is trusted only if it really is a personal chat with this very user.
        if (Parse(storedReference) is { } stored && ActivityMapping.IsPersonal(stored) && stored.User?.Id == here.User?.Id
            && await ContinueAsync(stored, messages, ct))
            return storedReference;
        return await OpenAsync(here, messages, ct);
    }

    private async Task<bool> ContinueAsync(ConversationReference reference, IReadOnlyList<Reply> messages, CancellationToken ct)
    {
        var sent = false;
        try
        {
            await ((CloudAdapter)adapter).ContinueConversationAsync(_botAppId, reference,
                async (turn, c) => sent = await replies.SendAsync(turn, messages, c), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogInformation(e, "The stored personal chat did not take the answer; opening a new one.");
        }
        return sent;
    }

    private async Task<string?> OpenAsync(ConversationReference here, IReadOnlyList<Reply> messages, CancellationToken ct)
    {
        if (here.User?.Id is not { Length: > 0 } userId || string.IsNullOrEmpty(here.ServiceUrl)) return null;
        var tenant = here.Conversation?.TenantId;
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = here.Bot,
            Members = [new ChannelAccount(userId)],
            TenantId = tenant,
            ChannelData = tenant is null ? null : new { tenant = new { id = tenant } },
        };
        string? opened = null;
        try
        {
            await ((CloudAdapter)adapter).CreateConversationAsync(_botAppId, here.ChannelId, here.ServiceUrl, null, parameters, async (turn, c) =>
            {
                var reference = turn.Activity.GetConversationReference();
                reference.ActivityId = null;
                reference.User = here.User;
                reference.Bot = here.Bot;
                reference.Conversation.ConversationType = "personal";
                reference.Conversation.TenantId = tenant;
                if (await replies.SendAsync(turn, messages, c)) opened = JsonConvert.SerializeObject(reference);
            }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogWarning(e, "Could not open a personal chat with the caller of a shared-chat turn.");
            return null;
        }
        return opened;
    }

    private static ConversationReference? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try { return JsonConvert.DeserializeObject<ConversationReference>(json); }
        catch (JsonException) { return null; }
    }
}
