using System.Collections.Concurrent;
using DanVan.App.Access;
using DanVan.App.Conversations;
using DanVan.App.Routing;
using DanVan.App.Telemetry;
using DanVan.Cards;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;

namespace DanVan.App;

/// <summary>
/// The entry point for every turn: rate limit, who is calling (from the roster, never from the activity), which
/// route they asked for, whether they may, and where the answer may be shown. A route not allowed in a channel or
/// group chat is answered in the caller's personal chat, with one line in the shared one saying so.
/// Each plan year has its own (<see cref="Years.PlanYears"/>); whichever receives a turn hands it to the year it asks
/// for: the one named ("tình hình năm 2024", or a card's <see cref="Years.YearWords.DataKey"/>), else the current one.
/// </summary>
public sealed class ConversationService(
    Domain.Plans.Plan plan,
    Years.PlanYears years,
    RouteTable routes,
    IdentityResolver identities,
    ConversationReferences references,
    IPersonalChat personalChat,
    AccessGate gate,
    TurnLimiter limiter,
    DepartmentClock clock,
    Language language,
    DanVanOptions options)
{
    // Teams announces one personal install twice (installationUpdate and conversationUpdate): welcome once.
    private static readonly TimeSpan WelcomeWindow = TimeSpan.FromMinutes(2);

    private static readonly IReadOnlyDictionary<string, string?> NoData = new Dictionary<string, string?>();

    private readonly ConcurrentDictionary<string, DateTimeOffset> _welcomed = new();

    /// <summary>DanVan was added: a personal chat gets the user's welcome card; a team or group chat a short team
    /// message and a record of its own (never anyone's personal reference).</summary>
    public async Task<TurnResult> OnInstalledAsync(Caller caller, CancellationToken ct) =>
        await (await years.CurrentAsync(ct)).Conversation.InstalledAsync(caller, ct);

    private async Task<TurnResult> InstalledAsync(Caller caller, CancellationToken ct)
    {
        // Decided before any await, so the two announcements of one install racing each other still welcome once.
        var duplicate = !TryClaimWelcome(WelcomeKey(caller), clock.UtcNow);
        var t = language.For(caller.Locale);
        if (caller.Chat != ChatKind.Personal)
        {
            await references.RememberSharedAsync(caller, ct);
            return duplicate ? TurnResult.Of() : TurnResult.Of(new TextReply(t.TeamWelcome));
        }

        var who = await identities.ResolveAsync(caller, ct);
        // Always checked against storage, even for a duplicate announcement: a reinstall must reactivate the
        // reference whatever this instance remembers (the uninstall may have reached another instance).
        if (who is not null) await references.RememberAsync(caller, who, trustMemory: false, ct);
        if (duplicate) return TurnResult.Of();
        if (who is null) return TurnResult.Of(new TextReply(UnknownUserInChat(t, caller)));
        return TurnResult.Of((await routes.ForName(RouteNames.Welcome)!.Handler(new Request(who, t, caller, null, NoData), ct)).AsMessages().ToArray());
    }

    /// <summary>DanVan was removed. From a personal chat: keep the reference but stop proactive sends until the
    /// user comes back. From a team or group chat: only that chat's record. Nothing is answered (the chat is gone).</summary>
    public async Task OnUninstalledAsync(Caller caller, CancellationToken ct)
    {
        _welcomed.TryRemove(WelcomeKey(caller), out _);
        if (caller.Chat != ChatKind.Personal)
        {
            await references.ForgetSharedAsync(caller, ct);
            return;
        }
        if (await identities.ResolveAsync(caller, ct) is { } who) await references.ForgetAsync(who, ct);
    }

    public Task<TurnResult> OnMessageAsync(Caller caller, string? text, CancellationToken ct) => OnMessageAsync(caller, text, null, ct);

    /// <summary>A message; one carrying a file (<paramref name="file"/>) goes to the file route whatever its text.
    /// A year it names ("năm 2024") is served by that year, read-only once closed; its cards carry the year.</summary>
    public async Task<TurnResult> OnMessageAsync(Caller caller, string? text, Files.IncomingFile? file, CancellationToken ct)
    {
        var current = await years.CurrentAsync(ct);
        var (named, rest) = file is null ? Years.YearWords.Split(text) : (null, text);
        if (named is not int y) return await current.Conversation.MessageAsync(caller, text, file, YearAsked.None, ct);
        if (await years.ByYearAsync(y, ct) is not { } year) return await current.Conversation.MessageAsync(caller, text, file, new YearAsked(y, Known: false), ct);
        var result = await year.Conversation.MessageAsync(caller, rest, file, new YearAsked(y, Known: true), ct);
        return year.Plan.Id == current.Plan.Id ? result : new TurnResult(Stamped(result.Replies, year.Plan.Id));
    }

    /// <summary>The year a message named: <see cref="None"/>, one DanVan serves, or one it does not know.</summary>
    private sealed record YearAsked(int? Year, bool Known)
    {
        public static readonly YearAsked None = new(null, false);
    }

    private async Task<TurnResult> MessageAsync(Caller caller, string? text, Files.IncomingFile? file, YearAsked asked, CancellationToken ct)
    {
        var t = language.For(caller.Locale);
        var allowance = limiter.Take(caller.RateKey);
        if (allowance != TurnAllowance.Allowed) DanVanTelemetry.RateLimited();
        switch (allowance)
        {
            case TurnAllowance.LimitedSilently: return TurnResult.Of();
            case TurnAllowance.LimitedTellOnce: return TurnResult.Of(new TextReply(t.TooManyTurns(limiter.SecondsToWait)));
        }
        var who = await identities.ResolveAsync(caller, ct);
        if (who is null) return TurnResult.Of(new TextReply(UnknownUserInChat(t, caller)));
        await references.RememberAsync(caller, who, trustMemory: true, ct);

        if (asked is { Year: int unknown, Known: false })
            return TurnResult.Of(new TextReply(t.YearUnknown(unknown, [.. (await years.AllAsync(ct)).Select(p => p.Year)])));
        // "năm 2024" alone: that year's card, with what the caller may read of it.
        // A file from the office is the next year's plan file; from a unit head, one of the unit's documents.
        var route = file is not null ? routes.ForName(who.Member.Role == Domain.Roster.Role.Office ? YearCards.UploadRoute : FileCards.ReceivedRoute)!
            : asked.Known && string.IsNullOrWhiteSpace(text) ? routes.ForName(YearCards.ShowVerb)!
            : routes.Words.Match(text) ?? routes.ForName(RouteNames.Unknown)!;
        if (route.FreshRole)
        {
            if (await identities.ResolveFreshAsync(caller, ct) is not { } fresh)
                return TurnResult.Of(new TextReply(UnknownUserInChat(t, caller)));
            who = fresh;
        }
        if (await gate.RefuseAsync(route, who, t, text, NoData, ct) is { } refused) return TurnResult.Of(new TextReply(refused));

        // A file is never taken from a shared chat (everyone there sees it; storing it is a change): it stays where it was sent.
        if (file is not null && !route.Scopes.Allows(caller.Chat)) return TurnResult.Of(new TextReply(t.FileUsePersonalChat));
        var answer = await route.Handler(new Request(who, t, caller, text ?? "", NoData) { File = file }, ct);
        if (route.Scopes.Allows(caller.Chat)) return new TurnResult(answer.AsMessages());
        var delivered = await DeliverPrivatelyAsync(caller, who, answer.AsMessages(), ct);
        return TurnResult.Of(new TextReply(delivered ? t.SentToPersonalChat : t.PersonalChatUnreachable));
    }

    /// <summary>An Action.Execute from a card. Data is untrusted: the unit and role come from the caller's identity,
    /// whoever posted the card and wherever it is. A card of another year than the current one names its plan id
    /// (<see cref="Years.YearWords.DataKey"/>): only a year DanVan serves is used, anything else is refused.</summary>
    public async Task<ActionResult> OnCardActionAsync(Caller caller, string? verb, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        var current = await years.CurrentAsync(ct);
        if (data.GetValueOrDefault(Years.YearWords.DataKey) is not { } id) return await current.Conversation.ActionAsync(caller, verb, data, ct);
        if (await years.ByIdAsync(id, ct) is not { } year)
            return Shown(caller, MessageCard.Build(language.For(caller.Locale).UnknownAction, TextStyle.Attention));
        var result = await year.Conversation.ActionAsync(caller, verb, data, ct);
        return year.Plan.Id == current.Plan.Id ? result
            : result with { Card = result.Card is { } card ? card with { ActionData = YearData(year.Plan.Id) } : null, Replies = Stamped(result.Replies, year.Plan.Id) };
    }

    private async Task<ActionResult> ActionAsync(Caller caller, string? verb, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        var t = language.For(caller.Locale);
        if (limiter.Take(caller.RateKey) != TurnAllowance.Allowed)
        {
            DanVanTelemetry.RateLimited();
            return ActionResult.Message(t.TooManyTurns(limiter.SecondsToWait));
        }
        var who = await identities.ResolveAsync(caller, ct);
        if (who is null) return Shown(caller, MessageCard.Build(t.UnknownUser(caller.Name, options.OfficeContact), TextStyle.Attention));
        await references.RememberAsync(caller, who, trustMemory: true, ct);

        if (routes.ForVerb(verb) is not { } route) return Shown(caller, MessageCard.Build(t.UnknownAction, TextStyle.Attention));
        if (route.FreshRole)
        {
            if (await identities.ResolveFreshAsync(caller, ct) is not { } fresh)
                return Shown(caller, MessageCard.Build(t.UnknownUser(caller.Name, options.OfficeContact), TextStyle.Attention));
            who = fresh;
        }
        if (await gate.RefuseAsync(route, who, t, verb, data, ct) is { } refused) return Shown(caller, MessageCard.Build(refused, TextStyle.Attention));

        if (route.Scopes.Allows(caller.Chat))
        {
            var answer = await route.Handler(new Request(who, t, caller, null, data), ct);
            return new ActionResult(answer.Card ?? MessageCard.Build(t.UnknownAction, TextStyle.Attention), answer.Replies);
        }
        // A card in a shared chat stays as it is for everyone. A change is never made from there, whoever clicks;
        // anything else is opened for the clicker, as themselves, in their personal chat.
        if (route.Writes) return ActionResult.Message(t.UsePersonalChat);
        var opened = await route.Handler(new Request(who, t, caller, null, data), ct);
        var delivered = await DeliverPrivatelyAsync(caller, who, opened.AsMessages(), ct);
        return ActionResult.Message(delivered ? t.SentToPersonalChat : t.PersonalChatUnreachable);
    }

    /// <summary>
    /// The user answered a file consent card: the verb its context carries names the route, which is judged like a
    /// card action (the caller's roles from storage, their own unit); everything is answered in the chat.
    /// </summary>
    public async Task<TurnResult> OnFileConsentAsync(Caller caller, string? verb, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        var result = await OnCardActionAsync(caller, verb, data, ct);
        if (result.Replies.Count > 0) return new TurnResult(result.Replies);
        if (result.Card is { } card) return TurnResult.Of(new TextReply(TextOf(card)));
        return result.Notice is { } notice ? TurnResult.Of(new TextReply(notice)) : TurnResult.Of();
    }

    /// <summary>The cards of a year that is not the current one name it, so their buttons come back to it.</summary>
    private static IReadOnlyList<Reply> Stamped(IReadOnlyList<Reply> replies, string planId) =>
        [.. replies.Select(r => r is CardReply c ? c with { Card = c.Card with { ActionData = YearData(planId) } } : r)];

    private static Dictionary<string, string> YearData(string planId) => new(StringComparer.Ordinal) { [Years.YearWords.DataKey] = planId };

    /// <summary>This conversation's plan year.</summary>
    public Domain.Plans.Plan Plan => plan;

    /// <summary>A message card: in a personal chat it replaces the clicked card; in a shared chat it is only shown
    /// to the clicker, so the card everyone sees is untouched.</summary>
    private static ActionResult Shown(Caller caller, Card card) =>
        caller.Chat == ChatKind.Personal ? ActionResult.Only(card) : ActionResult.Message(TextOf(card));

    /// <summary>The unknown-user answer as a chat message, which Teams renders as markdown: the display name the
    /// activity claims is escaped there (a card's TextBlock escapes it itself).</summary>
    private string UnknownUserInChat(Texts t, Caller caller) =>
        t.UnknownUser(caller.Name is null ? null : Markdown.Escape(caller.Name, inline: true), options.OfficeContact) + AccountLine(t, caller);

    /// <summary>The caller's Entra object id, which the roster form takes: what the office needs to add them. Only
    /// a well-formed id (it comes from the activity), so nothing else is echoed.</summary>
    private static string AccountLine(Texts t, Caller caller) =>
        Guid.TryParseExact(caller.AadObjectId, "D", out var id) ? "\n\n" + t.UnknownUserAccount(id.ToString("D")) : "";

    private static string TextOf(Card card) => string.Join(" ", card.Body.OfType<TextBlock>().Select(b => b.Text));

    private async Task<bool> DeliverPrivatelyAsync(Caller caller, Identity who, IReadOnlyList<Reply> replies, CancellationToken ct)
    {
        var stored = await references.PersonalAsync(who, ct);
        var used = await personalChat.SendAsync(stored, caller, replies, ct);
        if (used is null) return false;
        if (used != stored) await references.SavePersonalAsync(who, used, ct);
        return true;
    }

    /// <summary>Atomically: true for the first announcement of an install, false for a repeat within the window.</summary>
    private bool TryClaimWelcome(string key, DateTimeOffset now)
    {
        if (_welcomed.Count > 10_000) _welcomed.Clear();
        while (true)
        {
            if (_welcomed.TryAdd(key, now)) return true;
            if (!_welcomed.TryGetValue(key, out var at)) continue;
            if (now - at < WelcomeWindow) return false;
            if (_welcomed.TryUpdate(key, now, at)) return true;
        }
    }

    private static string WelcomeKey(Caller caller) => caller.ChannelUserId + "|" + caller.ConversationId;
}
