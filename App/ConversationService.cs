using System.Collections.Concurrent;
using DanVan.App.Access;
using DanVan.App.Forms;
using DanVan.App.History;
using DanVan.App.Reminders;
using DanVan.App.Roster;
using DanVan.App.Standing;
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

/// <summary>The register of models ("Dân vận khéo"), which is a list rather than one form.</summary>
public interface IModelList
{
    Task<Card> ListAsync(Actor a, CancellationToken ct);
}

/// <summary>The entry point for every turn: identifies the caller, then routes installs, messages and card actions.</summary>
public sealed class ConversationService(
    Plan plan,
    IdentityResolver identities,
    IConversationRepository conversations,
    IEnumerable<IItemFlow> flows,
    StandingService standing,
    HistoryService history,
    DepartmentClock clock,
    Language language,
    DanVanOptions options,
    IModelList? models = null,
    IReminderCommands? reminders = null,
    AccessGate? gate = null,
    RosterAdmin? roster = null,
    Department.OfficeDesk? office = null)
{
    private readonly AccessGate _gate = gate ?? new AccessGate(null, clock);

    private const string ModelListVerb = ModelCards.ListVerb;

    // Teams announces one personal install twice (installationUpdate and conversationUpdate): welcome once.
    private static readonly TimeSpan WelcomeWindow = TimeSpan.FromMinutes(2);

    private static readonly Dictionary<Command, string> FormOf = new()
    {
        [Command.Training] = SubmissionItems.Training,
        [Command.UnitPlan] = SubmissionItems.UnitPlan,
        [Command.Report] = SubmissionItems.Report,
    };

    private readonly Dictionary<string, IItemFlow> _flows = flows.ToDictionary(f => f.Name);

    private readonly ConversationReferences _references = new(conversations, clock);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _welcomed = new();

    public async Task<TurnResult> OnInstalledAsync(Caller caller, CancellationToken ct)
    {
        // Decided before any await, so the two announcements of one install racing each other still welcome once.
        var duplicate = !TryClaimWelcome(WelcomeKey(caller), clock.UtcNow);

        var t = language.For(caller.Locale);
        var who = await identities.ResolveAsync(caller, ct);
        // Always checked against storage, even for a duplicate announcement: a reinstall must reactivate the
        // reference whatever this instance remembers (the uninstall may have reached another instance).
        if (who is not null) await _references.RememberAsync(caller, who, trustMemory: false, ct);
        if (duplicate) return TurnResult.Of();
        if (who is null) return TurnResult.Of(new TextReply(t.UnknownUser(caller.Name, options.OfficeContact)));
        return TurnResult.Of(new CardReply(Welcome(t, who)));
    }

    /// <summary>The user removed the app: keep the reference but stop proactive sends until they come back.
    /// Nothing is answered (the chat is gone) and nothing is stored for users not on the roster.</summary>
    public async Task OnUninstalledAsync(Caller caller, CancellationToken ct)
    {
        _welcomed.TryRemove(WelcomeKey(caller), out _);
        var who = await identities.ResolveAsync(caller, ct);
        if (who is null) return;
        await _references.ForgetAsync(who, ct);
    }

    public async Task<TurnResult> OnMessageAsync(Caller caller, string? text, CancellationToken ct)
    {
        var t = language.For(caller.Locale);
        var who = await identities.ResolveAsync(caller, ct);
        if (who is null) return TurnResult.Of(new TextReply(t.UnknownUser(caller.Name, options.OfficeContact)));
        await _references.RememberAsync(caller, who, trustMemory: true, ct);

        var command = Commands.Parse(text);
        if (await _gate.RefuseCommandAsync(who, t, command, text, ct) is { } refused) return TurnResult.Of(new TextReply(refused));
        switch (command)
        {
            case Command.Help:
                return TurnResult.Of(new TextReply(HelpFor(t, who)));
            case Command.Welcome:
                return TurnResult.Of(new CardReply(Welcome(t, who)));
            case Command.Unknown:
                return TurnResult.Of(new TextReply(t.NotUnderstood(Shorten(text))));
            case Command.ReminderPreview or Command.ReminderSend:
                return TurnResult.Of(new TextReply(reminders is null ? t.NotUnderstood(Shorten(text)) : await RemindersAsync(command, who, t, ct)));
            case Command.Roster when roster is not null:
                return TurnResult.Of(new CardReply(await roster.OverviewAsync(who, t, 1, null, ct)));
            case Command.History when roster is not null && AccessPolicy.IsSenior(who):
                return TurnResult.Of(new CardReply(await roster.LogAsync(t, ct)));
            case Command.Summary or Command.Export when office is not null:
                return TurnResult.Of(new CardReply(await office.OpenAsync(who, t, command == Command.Export, page: null, ct)));
        }
        if (!IsUnitHead(who)) return TurnResult.Of(new TextReply(t.UnitHeadsOnly));
        var actor = new Actor(who, t, caller.ChannelUserId);
        var card = command switch
        {
            Command.Standing => await standing.CardAsync(actor, ct),
            Command.History => await history.CardAsync(actor, ct),
            Command.Models when models is not null => await models.ListAsync(actor, ct),
            _ when FormOf.TryGetValue(command, out var form) && _flows.TryGetValue(form, out var flow) =>
                (await flow.OpenAsync(actor, new Dictionary<string, string?>(), ct)).Card,
            _ => null,
        };
        return TurnResult.Of(card is null ? new TextReply(t.NotUnderstood(Shorten(text))) : new CardReply(card));
    }

    /// <summary>An Action.Execute from a card. Data is untrusted: the unit and role come from the caller's identity.</summary>
    public async Task<ActionResult> OnCardActionAsync(Caller caller, string? verb, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        var t = language.For(caller.Locale);
        var who = await identities.ResolveAsync(caller, ct);
        if (who is null) return ActionResult.Only(MessageCard.Build(t.UnknownUser(caller.Name, options.OfficeContact), TextStyle.Attention));
        await _references.RememberAsync(caller, who, trustMemory: true, ct);
        if (verb == Verbs.Help) return new ActionResult(Welcome(t, who), [new TextReply(HelpFor(t, who))]);

        var (name, op) = verb?.Split('.', 2) is [var n, var o] ? (n, o) : ("", "");
        var kind = AccessPolicy.Classify(verb, v =>
            v is Verbs.Standing or Verbs.History or ModelListVerb || (_flows.ContainsKey(name) && op is "open" or "submit" or "refresh"));
        if (kind == VerbKind.Unknown || (kind is VerbKind.RosterRead or VerbKind.RosterEdit && roster is null) || (kind == VerbKind.Department && office is null))
            return ActionResult.Only(MessageCard.Build(t.UnknownAction, TextStyle.Attention));
        if (await _gate.RefuseVerbAsync(who, t, verb!, kind, data, ct) is { } refused)
            return ActionResult.Only(MessageCard.Build(refused, TextStyle.Attention));
        if (kind is VerbKind.RosterRead or VerbKind.RosterEdit) return await roster!.ActAsync(who, t, verb!, data, ct);
        if (kind == VerbKind.Department) return ActionResult.Only(await office!.OnActionAsync(who, t, verb!, data, ct));
        if (!IsUnitHead(who)) return ActionResult.Only(MessageCard.Build(t.UnitHeadsOnly, TextStyle.Attention));

        var actor = new Actor(who, t, caller.ChannelUserId);
        return verb switch
        {
            Verbs.Standing => ActionResult.Only(await standing.CardAsync(actor, ct)),
            Verbs.History => ActionResult.Only(await history.CardAsync(actor, ct)),
            ModelListVerb when models is not null => ActionResult.Only(await models.ListAsync(actor, ct)),
            ModelListVerb => ActionResult.Only(MessageCard.Build(t.UnknownAction, TextStyle.Attention)),
            _ => op switch
            {
                "open" => await _flows[name].OpenAsync(actor, data, ct),
                "submit" => await _flows[name].SubmitAsync(actor, data, ct),
                _ => await _flows[name].RefreshAsync(actor, data, ct),
            },
        };
    }

    /// <summary>"nhắc hạn thử" / "nhắc hạn" (the gate lets only the office and leaders this far). A send is started,
    /// not awaited: its counts reach the requester's chat when the paced fan-out ends.</summary>
    private async Task<string> RemindersAsync(Command command, Identity who, Texts t, CancellationToken ct)
    {
        if (command == Command.ReminderPreview)
        {
            var preview = await reminders!.PreviewAsync(ct);
            return preview.Nothing ? t.RemindersNoneDue
                : t.RemindersPreview(DepartmentClock.ToLocal(preview.At), [.. preview.Deadlines.Select(d => (d.Subject, d.Units, d.Recipients))], preview.Digests);
        }
        var start = await reminders!.StartSendAsync(who.Member.Key, ct);
        return start.AlreadyRunning ? t.RemindersAlreadyRunning(DepartmentClock.ToLocal(start.At))
            : start.Due == 0 ? t.RemindersNoneDue : t.RemindersStarted(start.Due);
    }

    /// <summary>The commands the caller may use: a unit head's, plus the office's for the office and leaders.</summary>
    private string HelpFor(Texts t, Identity who) => !AccessPolicy.IsSenior(who) ? t.Help
        : t.Help + "\n\n" + t.OfficeHelp + (office is null ? "" : "\n" + t.SummaryHelp);

    private Card Welcome(Texts t, Identity who) =>
        WelcomeCard.Build(t, plan, who.Member.DisplayName, IsUnitHead(who) ? who.Unit!.Name : null);

    private static bool IsUnitHead(Identity who) => who.Member.Role == Role.UnitHead && who.Unit is not null;

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

    private static string Shorten(string? text) => Domain.Validation.TextClip.Clip((text ?? "").Trim(), 60, "...");
}
