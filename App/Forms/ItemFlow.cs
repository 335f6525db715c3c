using DanVan.App.Telemetry;
using DanVan.Cards;
using DanVan.Cards.Forms;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;
using Microsoft.Extensions.Logging;

namespace DanVan.App.Forms;

/// <summary>Who acts, in which language, and their channel id (whom a receipt refreshes for).</summary>
public sealed record Actor(Identity Who, Texts T, string ChannelUserId)
{
    public Unit Unit => Who.Unit!;
}

/// <summary>A form-backed item, as the conversation routes to it by verb prefix.</summary>
public interface IItemFlow
{
    string Name { get; }

    /// <summary>The chat words that open the form (<see cref="ItemSpec{T}.Words"/>).</summary>
    IReadOnlyList<string> Words { get; }

    Task<ActionResult> OpenAsync(Actor a, IReadOnlyDictionary<string, string?> data, CancellationToken ct);

    /// <summary>Whether the form comes in steps (<see cref="StepAsync"/>).</summary>
    bool HasSteps { get; }

    /// <summary>Another step of a stepped form, with everything typed so far; nothing is stored.</summary>
    Task<ActionResult> StepAsync(Actor a, IReadOnlyDictionary<string, string?> data, CancellationToken ct);
    Task<ActionResult> SubmitAsync(Actor a, IReadOnlyDictionary<string, string?> data, CancellationToken ct);
    Task<ActionResult> RefreshAsync(Actor a, IReadOnlyDictionary<string, string?> data, CancellationToken ct);
}

/// <summary>The unit's full standing, posted after any successful save; see StandingService.</summary>
public interface IAfterSave
{
    /// <param name="unitNow">The unit's submissions including the value just saved.</param>
    Task<Card> StandingCardAsync(Actor a, UnitSubmissions unitNow, CancellationToken ct);
}

/// <summary>
/// The behaviour every form shares: open prefilled; on submit validate everything server-side, refuse a stale
/// edit (showing current values), store once (a repeated click or retried request is recognised), turn the card
/// into a receipt that refreshes itself, and reply with the standing. The unit always comes from the actor.
/// </summary>
public sealed class ItemFlow<T>(ItemSpec<T> spec, Plan plan, ISubmissionRepository submissions, DepartmentClock clock, IAfterSave afterSave,
    ILogger<ItemFlow<T>> log)
    : IItemFlow where T : class
{
    public string Name => spec.Name;

    public IReadOnlyList<string> Words => spec.Words;

    public bool HasSteps => spec.Steps is not null;

    public Task<ActionResult> StepAsync(Actor a, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        if (spec.Steps is not { } steps || spec.ItemKey(data) is not { } item) return Task.FromResult(Refused(a));
        var baseVersion = data.GetValueOrDefault(Verbs.BaseVersion) ?? "";
        var to = StepNumber(data, Verbs.Step, steps.Count) ?? 1;
        // Going on checks the step being left, so a mistake is fixed where it was made; going back never blocks.
        var errors = StepNumber(data, Verbs.StepFrom, steps.Count) is { } from && from < to
            ? spec.Validate(data, plan, clock.Today).Errors.Where(e => steps[from - 1].Contains(e.Field)).ToList()
            : [];
        var fields = new Dictionary<string, string?>(data) { [Verbs.Step] = to.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return Task.FromResult(ActionResult.Only(Form(a, item, fields, baseVersion, errors, null)));
    }

    private static int? StepNumber(IReadOnlyDictionary<string, string?> data, string key, int count) =>
        int.TryParse(data.GetValueOrDefault(key), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n >= 1 && n <= count ? n : null;

    public async Task<ActionResult> OpenAsync(Actor a, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        if (spec.ItemKey(data) is not { } item) return Refused(a);
        var current = await submissions.GetAsync<T>(Key(a, item), ct);
        var fields = current is null ? new Dictionary<string, string?>() : spec.ToFields(current.Value, a.T);
        return ActionResult.Only(Form(a, item, fields, current?.Version, [], null));
    }

    public async Task<ActionResult> RefreshAsync(Actor a, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        if (spec.ItemKey(data) is not { } item) return Refused(a);
        var current = await submissions.GetAsync<T>(Key(a, item), ct);
        if (current is not null) return ActionResult.Only(Receipt(a, item, current));
        // "Hủy" on a first form: nothing was ever stored, so the card says so and offers to start again.
        return data.GetValueOrDefault(Verbs.Cancel) == Verbs.Yes
            ? ActionResult.Only(MessageCard.Build(a.T.FormCancelled, TextStyle.Normal, new ExecuteAction(a.T.FormReopenButton, Verbs.Open(Name), spec.RecordData(item))))
            : ActionResult.Only(Form(a, item, new Dictionary<string, string?>(), null, [], null));
    }

    public async Task<ActionResult> SubmitAsync(Actor a, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        using var span = DanVanTelemetry.Source.StartActivity("danvan.submit");
        span?.SetTag("danvan.item", spec.Name);
        if (spec.ItemKey(data) is not { } item) return Refused(a);
        // A closed year's figures are its final result: nothing changes them any more.
        if (plan.PhaseOn(clock.Today) == YearPhase.Closed)
        {
            span?.SetTag("danvan.outcome", "closed");
            return ActionResult.Only(MessageCard.Build(a.T.YearClosed(plan.Year, plan.ClosesOn), TextStyle.Attention));
        }
        var baseVersion = data.GetValueOrDefault(Verbs.BaseVersion) ?? "";
        var validated = spec.Validate(data, plan, clock.Today);
        if (!validated.IsValid)
        {
            span?.SetTag("danvan.outcome", "invalid");
            return ActionResult.Only(Form(a, item, data, baseVersion, validated.Errors, null));
        }

        var value = validated.Value!;
        var key = Key(a, item);
        // The whole unit in one partition read: the current value to check and audit against, and the rest of the
        // unit's items for the standing that follows the save.
        var unit = await submissions.LoadUnitAsync(plan.Id, a.Unit.Id, ct);
        var current = unit.Get<T>(item);
        if ((current?.Version ?? "") != baseVersion)
        {
            // The unit may come from a short-lived cache: ask storage itself before calling anything stale.
            current = await submissions.GetAsync<T>(key, ct);
            if (current is not null) unit = unit.With(item, current);
        }
        if (current is not null && current.Version != baseVersion) return Settled(a, item, current, value);
        // Sent again unchanged (e.g. "Sửa" then "Gửi" without edits): nothing to store, nothing for the history.
        if (current is not null && Equals(current.Value, value)) return ActionResult.Only(Receipt(a, item, current));

        try
        {
            var saved = await submissions.SaveAsync(key, value, current, new Stamp(a.Who.Member.Key, a.Who.Member.DisplayName, clock.UtcNow), ct);
            span?.SetTag("danvan.outcome", "saved");
            DanVanTelemetry.Submitted(spec.Name);
            return await StoredAsync(a, item, unit.With(item, saved), saved, value, ct);
        }
        catch (ConcurrencyConflictException)
        {
            // Someone saved between our read and our write: show what is stored now, never overwrite it.
            // Nothing stored means it was no real conflict (e.g. a storage failure): let the original error through.
            var latest = await submissions.GetAsync<T>(key, ct);
            if (latest is null) throw;
            return Settled(a, item, latest, value);
        }
    }

    /// <summary>
    /// The change and its audit row are stored: from here on the answer is the receipt, whatever else fails. The
    /// standing that follows is a courtesy; if it cannot be read, the user still learns the truth (stored).
    /// </summary>
    private async Task<ActionResult> StoredAsync(Actor a, string item, UnitSubmissions unitNow, Versioned<T> saved, T value, CancellationToken ct)
    {
        var sentence = spec.SavedText(a.T, plan, value, unitNow, clock.Today);
        try
        {
            // One message: the item's sentence above the unit's standing card (one connector call, one notification).
            var standing = await afterSave.StandingCardAsync(a, unitNow, ct);
            return new ActionResult(Receipt(a, item, saved), [new CardReply(standing, sentence)]);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "{Item} of unit {Unit} stored; its standing could not be read for the reply.", item, a.Unit.Id);
            return new ActionResult(Receipt(a, item, saved), [new TextReply(sentence)]);
        }
    }

    /// <summary>
    /// The stored value moved on since the form was filled: the same values mean this very submission was already
    /// stored (double click, retried request), so show its receipt; different values are a stale edit: the form
    /// keeps what the user typed, says what is stored now and by whom, and is based on the stored version, so
    /// sending it again replaces the stored value knowingly (and "Hủy" keeps it).
    /// </summary>
    private ActionResult Settled(Actor a, string item, Versioned<T> current, T submitted) =>
        Equals(current.Value, submitted)
            ? ActionResult.Only(Receipt(a, item, current))
            : ActionResult.Only(Form(a, item, spec.ToFields(submitted, a.T), current.Version, [],
                a.T.Conflict(current.Stamp.UserName, a.T.DateTime(DepartmentClock.ToLocal(current.Stamp.At)), spec.Describe(a.T, current.Value))));

    private Card Form(Actor a, string item, IReadOnlyDictionary<string, string?> fields, string? baseVersion,
        IReadOnlyList<Domain.Validation.FieldError> errors, string? notice)
    {
        var recordData = spec.RecordData(item);
        var card = spec.Form(new FormModel(a.T, plan, a.Unit.Name, fields, baseVersion, errors, notice), recordData);
        // "Hủy" on every form, saving nothing: back to the stored value's receipt, or, on a first form, a card saying
        // nothing was stored (refresh answers with either).
        var cancel = new Dictionary<string, string>(recordData) { [Verbs.Cancel] = Verbs.Yes };
        return card with { Actions = [.. card.Actions, new ExecuteAction(a.T.CancelButton, $"{Name}.refresh", cancel)] };
    }

    private Card Receipt(Actor a, string item, Versioned<T> saved)
    {
        var recordData = spec.RecordData(item);
        var card = spec.Receipt(new ReceiptModel<T>(a.T, plan, a.Unit.Name, saved.Value,
            a.T.DateTime(DepartmentClock.ToLocal(saved.Stamp.At)), saved.Stamp.UserName, clock.Today), recordData);
        return card with { Refresh = new ExecuteAction(a.T.RefreshTitle, $"{Name}.refresh", recordData), RefreshUserIds = [a.ChannelUserId] };
    }

    private static ActionResult Refused(Actor a) => ActionResult.Only(MessageCard.Build(a.T.UnknownAction, TextStyle.Attention));

    private SubmissionKey Key(Actor a, string item) => new(plan.Id, a.Unit.Id, item);
}
