using System.Collections.Concurrent;
using DanVan.Cards;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;

namespace DanVan.App;

public sealed record DanVanOptions
{
    /// <summary>Whom an unknown user should contact, in the users' language.</summary>
    public string OfficeContact { get; init; } = "Văn phòng Sở Nông nghiệp và PTNT";
}

/// <summary>The entry point for every turn: identifies the caller, then routes installs, messages and card actions.</summary>
public sealed class ConversationService(
    Plan plan,
    IdentityResolver identities,
    IConversationRepository conversations,
    TrainingFlow training,
    DepartmentClock clock,
    Language language,
    DanVanOptions options)
{
    // Teams announces one personal install twice (installationUpdate and conversationUpdate): welcome once.
    private static readonly TimeSpan WelcomeWindow = TimeSpan.FromMinutes(2);

    // Conversation references rarely change; remembering the last one saved per user avoids a write per turn.
    private readonly ConcurrentDictionary<string, string> _savedReferences = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _welcomed = new();

    public async Task<TurnResult> OnInstalledAsync(Caller caller, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var welcomeKey = caller.ChannelUserId + "|" + caller.ConversationId;
        if (_welcomed.TryGetValue(welcomeKey, out var at) && now - at < WelcomeWindow) return TurnResult.Of();
        if (_welcomed.Count > 10_000) _welcomed.Clear();
        _welcomed[welcomeKey] = now;

        var t = language.For(caller.Locale);
        var who = await identities.ResolveAsync(caller, ct);
        if (who is null) return TurnResult.Of(new TextReply(t.UnknownUser(caller.Name, options.OfficeContact)));
        await RememberConversationAsync(caller, who, ct);
        return TurnResult.Of(new CardReply(Welcome(t, who)));
    }

    public async Task<TurnResult> OnMessageAsync(Caller caller, string? text, CancellationToken ct)
    {
        var t = language.For(caller.Locale);
        var who = await identities.ResolveAsync(caller, ct);
        if (who is null) return TurnResult.Of(new TextReply(t.UnknownUser(caller.Name, options.OfficeContact)));
        await RememberConversationAsync(caller, who, ct);

        switch (Commands.Parse(text))
        {
            case Command.Help:
                return TurnResult.Of(new TextReply(t.Help));
            case Command.Welcome:
                return TurnResult.Of(new CardReply(Welcome(t, who)));
            case Command.Training:
                if (!IsUnitHead(who)) return TurnResult.Of(new TextReply(t.UnitHeadsOnly));
                return TurnResult.Of(new CardReply((await training.OpenAsync(who, t, ct)).Card));
            default:
                return TurnResult.Of(new TextReply(t.NotUnderstood(Shorten(text))));
        }
    }

    /// <summary>An Action.Execute from a card. Data is untrusted: the unit and role come from the caller's identity.</summary>
    public async Task<ActionResult> OnCardActionAsync(Caller caller, string? verb, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        var t = language.For(caller.Locale);
        var who = await identities.ResolveAsync(caller, ct);
        if (who is null) return ActionResult.Only(MessageCard.Build(t.UnknownUser(caller.Name, options.OfficeContact), TextStyle.Attention));

        switch (verb)
        {
            case Verbs.Help:
                return new ActionResult(Welcome(t, who), [new TextReply(t.Help)]);
            case Verbs.OpenTraining or Verbs.SubmitTraining when !IsUnitHead(who):
                return ActionResult.Only(MessageCard.Build(t.UnitHeadsOnly, TextStyle.Attention));
            case Verbs.OpenTraining:
                return await training.OpenAsync(who, t, ct);
            case Verbs.SubmitTraining:
                return await training.SubmitAsync(who, t, data, ct);
            default:
                return ActionResult.Only(MessageCard.Build(t.UnknownAction, TextStyle.Attention));
        }
    }

    private Card Welcome(Texts t, Identity who) =>
        WelcomeCard.Build(t, plan, who.Member.DisplayName, IsUnitHead(who) ? who.Unit!.Name : null);

    private static bool IsUnitHead(Identity who) => who.Member.Role == Role.UnitHead && who.Unit is not null;

    private async Task RememberConversationAsync(Caller caller, Identity who, CancellationToken ct)
    {
        if (caller.ConversationReferenceJson is not { } reference) return;
        var key = who.Member.Key;
        if (_savedReferences.TryGetValue(key, out var last) && last == reference) return;
        await conversations.SaveAsync(new ConversationRecord(key, who.Unit?.Id, reference, Active: true, clock.UtcNow), ct);
        _savedReferences[key] = reference;
    }

    private static string Shorten(string? text)
    {
        var s = (text ?? "").Trim();
        return s.Length <= 60 ? s : s[..57] + "...";
    }
}
