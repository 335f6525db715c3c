using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Roster;

namespace DanVan.Cards;

/// <summary>A line above a roster card: what the last edit did, or why it did not happen.</summary>
public sealed record RosterNotice(string Text, bool Problem = false);

public sealed record RosterUnitRow(Unit Unit, IReadOnlyList<Member> Heads);

/// <summary>One page of units (with their heads) and the department's counts.</summary>
public sealed record RosterPage(IReadOnlyList<RosterUnitRow> Rows, int Page, int Pages, int Units, int Active, int Heads, int Office, int Leaders);

/// <summary>What was typed into a roster form and what was wrong with it, so a refused form keeps the input.</summary>
public sealed record RosterForm(IReadOnlyDictionary<string, string?> Typed, IReadOnlyList<RosterError> Errors)
{
    public static readonly RosterForm Empty = new(new Dictionary<string, string?>(), []);

    public string? Value(string id) => Typed.TryGetValue(id, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;
}

/// <summary>
/// "Danh bạ": the office's roster — units and their heads (paged), one unit's management, adding a unit, the
/// office and leader members, and the department's audit log. Leaders get the same cards without edit controls.
/// </summary>
public static class RosterCards
{
    public const int PageSize = 20;

    public const string ShowVerb = "roster.show";
    public const string UnitVerb = "roster.unit.show";
    public const string PeopleVerb = "roster.people";
    public const string LogVerb = "roster.log";
    public const string RefusalsVerb = "roster.refusals";
    public const string NewUnitVerb = "roster.unit.new";
    public const string AddUnitVerb = "roster.unit.add";
    public const string RenameVerb = "roster.unit.rename";
    public const string DeactivateVerb = "roster.unit.deactivate";
    public const string ReactivateVerb = "roster.unit.reactivate";
    public const string AssignHeadVerb = "roster.head.assign";
    public const string RemoveHeadVerb = "roster.head.remove";
    public const string AddPersonVerb = "roster.member.add";
    public const string RemovePersonVerb = "roster.member.remove";

    /// <summary>Reading the roster: office and leaders.</summary>
    public static readonly IReadOnlySet<string> ReadVerbs = new HashSet<string> { ShowVerb, UnitVerb, PeopleVerb, LogVerb, RefusalsVerb };

    /// <summary>Lines a page of the roster log or of refused attempts shows.</summary>
    public const int LogPageSize = 20;

    /// <summary>Changing it: office only.</summary>
    public static readonly IReadOnlySet<string> EditVerbs = new HashSet<string>
        { NewUnitVerb, AddUnitVerb, RenameVerb, DeactivateVerb, ReactivateVerb, AssignHeadVerb, RemoveHeadVerb, AddPersonVerb, RemovePersonVerb };

    public static Card Overview(Texts t, RosterPage p, bool canEdit, RosterNotice? notice)
    {
        var body = new List<Element> { new TextBlock(t.RosterTitle, TextStyle.Heading) };
        AddNotice(body, notice);
        body.Add(new Container(
        [
            new TextBlock(t.RosterSummary(p.Units, p.Active, p.Heads, p.Office, p.Leaders)),
            new TextBlock(canEdit ? t.RosterPage(p.Page, p.Pages) : $"{t.RosterPage(p.Page, p.Pages)} · {t.RosterReadOnly}", TextStyle.Subtle),
        ], Emphasis: true));
        foreach (var row in p.Rows)
            body.Add(new Container(
            [
                TextBlock.Md(Markdown.Bold(row.Unit.Name)),
                new TextBlock(t.RosterUnitLine(row.Unit.Id, row.Unit.Active), row.Unit.Active ? TextStyle.Subtle : TextStyle.Warning),
                new TextBlock(t.RosterHeads([.. row.Heads.Select(h => h.DisplayName)]), TextStyle.Subtle),
                new ActionSet([new ExecuteAction(canEdit ? t.RosterManageButton : t.RosterViewButton, UnitVerb, UnitData(row.Unit.Id))]),
            ]));
        var actions = new List<ExecuteAction>();
        if (p.Page > 1) actions.Add(new ExecuteAction(t.RosterPreviousButton, ShowVerb, PageData(p.Page - 1)));
        if (p.Page < p.Pages) actions.Add(new ExecuteAction(t.RosterNextButton, ShowVerb, PageData(p.Page + 1)));
        if (canEdit) actions.Add(new ExecuteAction(t.RosterAddUnitButton, NewUnitVerb, Primary: true));
        actions.Add(new ExecuteAction(t.RosterPeopleButton, PeopleVerb));
        actions.Add(new ExecuteAction(t.RosterLogButton, LogVerb));
        return new Card(body, actions);
    }

    public static Card UnitDetail(Texts t, RosterUnitRow row, bool canEdit, RosterForm form, RosterNotice? notice)
    {
        var unit = row.Unit;
        var body = new List<Element> { new TextBlock(unit.Name, TextStyle.Heading), new TextBlock(t.RosterUnitLine(unit.Id, unit.Active), TextStyle.Subtle) };
        AddNotice(body, notice ?? FixErrors(t, form));
        if (!unit.Active) body.Add(new TextBlock(t.UnitInactiveNote, TextStyle.Warning));
        if (canEdit)
        {
            AddInput(body, t, form, new TextInput(RosterFields.UnitName, t.UnitNameLabel, form.Value(RosterFields.UnitName) ?? unit.Name,
                RosterRules.MaxUnitNameLength, false, t.FieldRequired));
            body.Add(new ActionSet(
            [
                new ExecuteAction(t.UnitRenameButton, RenameVerb, UnitData(unit.Id)),
                unit.Active
                    ? new ExecuteAction(t.UnitDeactivateButton, DeactivateVerb, UnitData(unit.Id))
                    : new ExecuteAction(t.UnitReactivateButton, ReactivateVerb, UnitData(unit.Id)),
            ]));
        }
        body.Add(TextBlock.Md(t.UnitHeadsHeading));
        if (row.Heads.Count == 0) body.Add(new TextBlock(t.UnitNoHeads, TextStyle.Subtle));
        foreach (var head in row.Heads)
        {
            var items = new List<Element> { new TextBlock($"{head.DisplayName} · {head.Upn ?? head.AadObjectId}") };
            if (canEdit)
                items.Add(new ActionSet([new ExecuteAction(t.RemoveButton, RemoveHeadVerb,
                    new Dictionary<string, string> { [RosterFields.UnitId] = unit.Id, [RosterFields.MemberKey] = head.Key })]));
            body.Add(new Container(items));
        }
        if (canEdit && unit.Active)
        {
            body.Add(TextBlock.Md(t.AssignHeadHeading));
            AddPersonInputs(body, t, form);
            body.Add(new ActionSet([new ExecuteAction(t.AssignHeadButton, AssignHeadVerb, UnitData(unit.Id), Primary: true)]));
        }
        return new Card(body, [new ExecuteAction(t.RosterBackButton, ShowVerb)]);
    }

    public static Card NewUnit(Texts t, RosterForm form)
    {
        var body = new List<Element> { new TextBlock(t.NewUnitTitle, TextStyle.Heading), new TextBlock(t.NewUnitIntro, TextStyle.Subtle) };
        AddNotice(body, FixErrors(t, form));
        AddInput(body, t, form, new TextInput(RosterFields.UnitId, t.UnitIdLabel, form.Value(RosterFields.UnitId),
            RosterRules.MaxUnitIdLength, false, t.FieldRequired));
        AddInput(body, t, form, new TextInput(RosterFields.UnitName, t.UnitNameLabel, form.Value(RosterFields.UnitName),
            RosterRules.MaxUnitNameLength, false, t.FieldRequired));
        return new Card(body, [new ExecuteAction(t.RosterAddUnitButton, AddUnitVerb, Primary: true), new ExecuteAction(t.RosterBackButton, ShowVerb)]);
    }

    /// <summary>Office and leader members, office first, each removable; and the form to add or promote someone.</summary>
    public static Card People(Texts t, IReadOnlyList<Member> people, bool canEdit, RosterForm form, RosterNotice? notice)
    {
        var body = new List<Element> { new TextBlock(t.PeopleTitle, TextStyle.Heading), new TextBlock(t.PeopleIntro, TextStyle.Subtle) };
        AddNotice(body, notice ?? FixErrors(t, form));
        foreach (var role in new[] { Role.Office, Role.Leader })
        {
            body.Add(TextBlock.Md(Markdown.Bold(t.RoleName(role))));
            var ofRole = people.Where(p => p.Role == role).ToList();
            if (ofRole.Count == 0) body.Add(new TextBlock(t.PeopleEmpty, TextStyle.Subtle));
            foreach (var person in ofRole)
            {
                var items = new List<Element> { new TextBlock($"{person.DisplayName} · {person.Upn ?? person.AadObjectId}") };
                if (canEdit)
                    items.Add(new ActionSet([new ExecuteAction(t.RemoveButton, RemovePersonVerb,
                        new Dictionary<string, string> { [RosterFields.MemberKey] = person.Key })]));
                body.Add(new Container(items));
            }
        }
        if (canEdit)
        {
            body.Add(TextBlock.Md(t.AddPersonHeading));
            AddPersonInputs(body, t, form);
            AddInput(body, t, form, new ChoiceInput(RosterFields.Role, t.RoleLabel,
                [(t.RoleName(Role.Office), "office"), (t.RoleName(Role.Leader), "leader")],
                form.Value(RosterFields.Role) ?? "office", false, t.FieldRequired, Expanded: true));
            body.Add(new ActionSet([new ExecuteAction(t.AddPersonButton, AddPersonVerb, Primary: true)]));
        }
        return new Card(body, [new ExecuteAction(t.RosterBackButton, ShowVerb)]);
    }

    /// <summary>
    /// The roster's change history, newest first, a page at a time; refused attempts are on a card of their own
    /// (<see cref="Refusals"/>), so no number of them can push a change off this one.
    /// <paramref name="localTime"/> turns UTC into the department's time.
    /// </summary>
    public static Card Log(Texts t, IReadOnlyList<RosterEvent> changes, int page, bool more, Func<DateTimeOffset, DateTimeOffset> localTime)
    {
        var body = new List<Element> { new TextBlock(t.LogTitle, TextStyle.Heading) };
        if (changes.Count == 0) body.Add(new TextBlock(t.LogEmpty, TextStyle.Subtle));
        foreach (var e in changes)
            body.Add(new Container(
            [
                new TextBlock($"{e.Stamp.UserName} · {t.DateTime(localTime(e.Stamp.At))}", TextStyle.Subtle),
                new TextBlock(Describe(t, e)),
            ]));
        var actions = new List<ExecuteAction>();
        if (page > 1) actions.Add(new ExecuteAction(t.RosterPreviousButton, LogVerb, PageData(page - 1)));
        if (more) actions.Add(new ExecuteAction(t.RosterNextButton, LogVerb, PageData(page + 1)));
        actions.Add(new ExecuteAction(t.RefusalsButton, RefusalsVerb));
        actions.Add(new ExecuteAction(t.RosterBackButton, ShowVerb));
        return new Card(body, actions);
    }

    /// <summary>Refused attempts, repeated ones as one line with their count, newest first, a page at a time.</summary>
    public static Card Refusals(Texts t, IReadOnlyList<RefusalGroup> groups, int page, bool more, Func<DateTimeOffset, DateTimeOffset> localTime)
    {
        var body = new List<Element> { new TextBlock(t.RefusalsTitle, TextStyle.Heading) };
        if (groups.Count == 0) body.Add(new TextBlock(t.RefusalsEmpty, TextStyle.Subtle));
        foreach (var g in groups)
        {
            var when = t.DateTime(localTime(g.Latest.Stamp.At));
            body.Add(new Container(
            [
                new TextBlock(g.Count == 1 ? $"{g.Latest.Stamp.UserName} · {when}"
                    : $"{g.Latest.Stamp.UserName} · {when} · {t.RefusalRepeated(g.Count, t.DateTime(localTime(g.FirstAt)))}", TextStyle.Subtle),
                new TextBlock(Describe(t, g.Latest), TextStyle.Warning),
            ]));
        }
        var actions = new List<ExecuteAction>();
        if (page > 1) actions.Add(new ExecuteAction(t.RosterPreviousButton, RefusalsVerb, PageData(page - 1)));
        if (more) actions.Add(new ExecuteAction(t.RosterNextButton, RefusalsVerb, PageData(page + 1)));
        actions.Add(new ExecuteAction(t.RosterLogButton, LogVerb));
        actions.Add(new ExecuteAction(t.RosterBackButton, ShowVerb));
        return new Card(body, actions);
    }

    public static string Describe(Texts t, RosterEvent e) => e switch
    {
        UnitChanged { Before: null } u => t.LogUnitAdded(t.DescribeUnit(u.After)),
        UnitChanged u => t.LogUnitChanged(t.DescribeUnit(u.Before), t.DescribeUnit(u.After)),
        MemberChanged { Before: null, After: { } after } => t.LogMemberAdded(t.DescribeMember(after)),
        MemberChanged { Before: { } before, After: null } => t.LogMemberRemoved(t.DescribeMember(before)),
        MemberChanged m => t.LogMemberChanged(t.DescribeMember(m.Before!), t.DescribeMember(m.After!)),
        AccessRefused r => t.LogRefused(t.VerbName(r.Attempt) ?? r.Attempt,
            Enum.TryParse<Refusal>(r.Reason, out var reason) ? t.RefusalReason(reason) : r.Reason, r.Detail),
        _ => "",
    };

    /// <summary>Verbs that take something away (a unit out of service, a head or member off the roster): a click
    /// first asks, and only the confirmation's own button, carrying <see cref="RosterFields.Confirm"/>, does it.</summary>
    public static readonly IReadOnlySet<string> ConfirmedVerbs = new HashSet<string> { DeactivateVerb, RemoveHeadVerb, RemovePersonVerb };

    /// <summary>"Gỡ … ?" with the button that does it and a way back (<paramref name="backVerb"/>) that changes nothing.</summary>
    public static Card Confirm(Texts t, string question, string verb, IReadOnlyDictionary<string, string?> data, string backVerb,
        IReadOnlyDictionary<string, string> backData)
    {
        var go = data.Where(kv => kv.Value is not null && (kv.Key is RosterFields.UnitId or RosterFields.MemberKey))
            .ToDictionary(kv => kv.Key, kv => kv.Value!);
        go[RosterFields.Confirm] = RosterFields.Confirmed;
        return new Card(
            [new TextBlock(t.ConfirmTitle, TextStyle.Heading), new TextBlock(question, TextStyle.AttentionPlain), new TextBlock(t.ConfirmHint, TextStyle.Subtle)],
            [new ExecuteAction(t.ConfirmButton, verb, go), new ExecuteAction(t.CancelButton, backVerb, backData)]);
    }

    public static IReadOnlyDictionary<string, string> UnitData(string unitId) => new Dictionary<string, string> { [RosterFields.UnitId] = unitId };

    private static IReadOnlyDictionary<string, string> PageData(int page) => new Dictionary<string, string> { [RosterFields.Page] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static RosterNotice? FixErrors(Texts t, RosterForm form) => form.Errors.Count > 0 ? new RosterNotice(t.FixErrors(form.Errors.Count), true) : null;

    private static void AddNotice(List<Element> body, RosterNotice? notice)
    {
        if (notice is not null) body.Add(new TextBlock(notice.Text, notice.Problem ? TextStyle.Attention : TextStyle.Good));
    }

    // Teams' people picker first (documented for cards from 1.2, in a bot's 1:1 chat: where the roster card is
    // shown); the typed account stays as the fallback for clients without it and for people not yet in the directory
    // search. Inputs of one card are sent with every button on it: none is marked required, or a "Gỡ" click would be
    // blocked by an empty assign form. The server checks each field for the action that uses it.
    private static void AddPersonInputs(List<Element> body, Texts t, RosterForm form)
    {
        AddInput(body, t, form, new PeoplePicker(RosterFields.Person, t.PersonPickerLabel, t.PersonPickerPlaceholder));
        AddInput(body, t, form, new TextInput(RosterFields.Account, t.AccountLabel, form.Value(RosterFields.Account),
            RosterRules.MaxAccountLength, false, t.FieldRequired, Placeholder: t.AccountPlaceholder));
        AddInput(body, t, form, new TextInput(RosterFields.DisplayName, t.DisplayNameLabel, form.Value(RosterFields.DisplayName),
            RosterRules.MaxDisplayNameLength, false, t.FieldRequired));
    }

    private static void AddInput(List<Element> body, Texts t, RosterForm form, Element input)
    {
        body.Add(input);
        var id = input switch { TextInput i => i.Id, ChoiceInput c => c.Id, PeoplePicker p => p.Id, _ => null };
        if (form.Errors.FirstOrDefault(e => e.Field == id) is { } error) body.Add(new TextBlock(t.RosterError(error), TextStyle.Attention));
    }
}
