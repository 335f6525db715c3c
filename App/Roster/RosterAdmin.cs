using DanVan.Cards;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;
using Microsoft.Extensions.Logging;

namespace DanVan.App.Roster;

/// <summary>
/// "Danh bạ": the office reads and edits the roster from cards. Every edit is checked against storage itself
/// (never the cache), stored with its audit entry in one write, and answered with the card as the roster now
/// is; a refused edit stores nothing and shows what was wrong next to the field. Access is decided before any
/// of this (AccessPolicy); <see cref="Identity"/> only decides whether edit controls are shown.
/// </summary>
public sealed class RosterAdmin(IRosterEditor roster, RosterCache cache, DepartmentClock clock, ILogger<RosterAdmin> log)
{
    /// <summary>How far back the log pages go: the newest 10 pages of changes.</summary>
    public const int MaxLogPages = 10;

    /// <summary>How many of the newest refusals are read and grouped (a flood beyond that is one more group of many).</summary>
    public const int RefusalsRead = 1000;

    public async Task<Card> OverviewAsync(Identity who, Texts t, int page, RosterNotice? notice, CancellationToken ct)
    {
        var (units, members) = await ReadAsync(ct);
        var ordered = units.OrderBy(u => u.Name, StringComparer.Create(t.Culture, ignoreCase: true)).ToList();
        var pages = Math.Max(1, (ordered.Count + RosterCards.PageSize - 1) / RosterCards.PageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = ordered.Skip((page - 1) * RosterCards.PageSize).Take(RosterCards.PageSize).Select(u => Row(u, members)).ToList();
        var counts = new RosterPage(rows, page, pages, units.Count, units.Count(u => u.Active),
            members.Count(m => m.Role == Role.UnitHead), members.Count(m => m.Role == Role.Office), members.Count(m => m.Role == Role.Leader));
        return RosterCards.Overview(t, counts, CanEdit(who), notice);
    }

    public async Task<Card> LogAsync(Texts t, CancellationToken ct) => await LogAsync(t, 1, ct);

    /// <summary>The roster's change history, a page at a time (refusals are not part of it).</summary>
    public async Task<Card> LogAsync(Texts t, int page, CancellationToken ct)
    {
        page = Math.Clamp(page, 1, MaxLogPages);
        var changes = await roster.RecentChangesAsync(page * RosterCards.LogPageSize + 1, ct);
        var shown = changes.Skip((page - 1) * RosterCards.LogPageSize).Take(RosterCards.LogPageSize).ToList();
        return RosterCards.Log(t, shown, page, more: changes.Count > page * RosterCards.LogPageSize && page < MaxLogPages, DepartmentClock.ToLocal);
    }

    /// <summary>Refused attempts, repeats grouped, a page at a time, from the newest <see cref="RefusalsRead"/>.</summary>
    public async Task<Card> RefusalsAsync(Texts t, int page, CancellationToken ct)
    {
        var groups = RefusalGroup.Of(await roster.RecentRefusalsAsync(RefusalsRead, ct));
        var pages = Math.Max(1, (groups.Count + RosterCards.LogPageSize - 1) / RosterCards.LogPageSize);
        page = Math.Clamp(page, 1, pages);
        return RosterCards.Refusals(t, [.. groups.Skip((page - 1) * RosterCards.LogPageSize).Take(RosterCards.LogPageSize)], page, page < pages,
            DepartmentClock.ToLocal);
    }

    /// <summary>A roster card verb (<see cref="RosterCards.ReadVerbs"/>, <see cref="RosterCards.EditVerbs"/>), already allowed by the policy.</summary>
    public async Task<ActionResult> ActAsync(Identity who, Texts t, string verb, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        var unitId = data.GetValueOrDefault(RosterFields.UnitId)?.Trim() ?? "";
        // Taking something away asks first; only the confirmation's own button carries the go-ahead.
        if (RosterCards.ConfirmedVerbs.Contains(verb) && data.GetValueOrDefault(RosterFields.Confirm) != RosterFields.Confirmed
            && await ConfirmationAsync(t, verb, unitId, data, ct) is { } ask)
            return ActionResult.Only(ask);
        var card = verb switch
        {
            RosterCards.ShowVerb => await OverviewAsync(who, t, int.TryParse(data.GetValueOrDefault(RosterFields.Page), out var p) ? p : 1, null, ct),
            RosterCards.UnitVerb => await UnitCardAsync(who, t, unitId, RosterForm.Empty, null, ct),
            RosterCards.PeopleVerb => await PeopleCardAsync(who, t, RosterForm.Empty, null, ct),
            RosterCards.LogVerb => await LogAsync(t, int.TryParse(data.GetValueOrDefault(RosterFields.Page), out var lp) ? lp : 1, ct),
            RosterCards.RefusalsVerb => await RefusalsAsync(t, int.TryParse(data.GetValueOrDefault(RosterFields.Page), out var rp) ? rp : 1, ct),
            RosterCards.NewUnitVerb => RosterCards.NewUnit(t, RosterForm.Empty),
            RosterCards.AddUnitVerb => await AddUnitAsync(who, t, data, ct),
            RosterCards.RenameVerb => await RenameAsync(who, t, unitId, data, ct),
            RosterCards.DeactivateVerb => await SetActiveAsync(who, t, unitId, active: false, ct),
            RosterCards.ReactivateVerb => await SetActiveAsync(who, t, unitId, active: true, ct),
            RosterCards.AssignHeadVerb => await AssignHeadAsync(who, t, unitId, data, ct),
            RosterCards.RemoveHeadVerb => await RemoveHeadAsync(who, t, unitId, data.GetValueOrDefault(RosterFields.MemberKey), ct),
            RosterCards.AddPersonVerb => await AddPersonAsync(who, t, data, ct),
            RosterCards.RemovePersonVerb => await RemovePersonAsync(who, t, data.GetValueOrDefault(RosterFields.MemberKey), ct),
            _ => MessageCard.Build(t.UnknownAction, TextStyle.Attention),
        };
        return ActionResult.Only(card);
    }

    /// <summary>The question before a destructive edit, naming what it takes away; null when there is nothing to name
    /// (the edit then answers with its own "not found").</summary>
    private async Task<Card?> ConfirmationAsync(Texts t, string verb, string unitId, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        var member = data.GetValueOrDefault(RosterFields.MemberKey) is { Length: > 0 } key ? await roster.FindMemberAsync(key, ct) : null;
        var unit = unitId.Length > 0 ? await roster.FindUnitAsync(unitId, ct) : null;
        return verb switch
        {
            RosterCards.DeactivateVerb when unit is not null =>
                RosterCards.Confirm(t, t.ConfirmDeactivate(unit.Name), verb, data, RosterCards.UnitVerb, RosterCards.UnitData(unit.Id)),
            RosterCards.RemoveHeadVerb when unit is not null && member is not null =>
                RosterCards.Confirm(t, t.ConfirmRemoveHead(member.DisplayName, unit.Name), verb, data, RosterCards.UnitVerb, RosterCards.UnitData(unit.Id)),
            RosterCards.RemovePersonVerb when member is not null =>
                RosterCards.Confirm(t, t.ConfirmRemovePerson(member.DisplayName), verb, data, RosterCards.PeopleVerb, new Dictionary<string, string>()),
            _ => null,
        };
    }

    private async Task<Card> AddUnitAsync(Identity who, Texts t, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        var draft = RosterRules.NewUnit(data, await roster.ListUnitsAsync(ct));
        if (draft.Unit is not { } unit) return RosterCards.NewUnit(t, new RosterForm(data, draft.Errors));
        try
        {
            await roster.AddUnitAsync(unit, Stamp(who), ct);
        }
        catch (ConcurrencyConflictException)
        {
            // Added by someone else since the check (or this very request, retried): the id is taken either way.
            var taken = await roster.FindUnitAsync(unit.Id, ct);
            return RosterCards.NewUnit(t, new RosterForm(data, [new(RosterFields.UnitId, RosterProblem.DuplicateUnitId, taken?.Name ?? unit.Id)]));
        }
        Changed();
        return RosterCards.UnitDetail(t, new RosterUnitRow(unit, []), CanEdit(who), RosterForm.Empty, new RosterNotice(t.UnitAdded(unit.Name)));
    }

    /// <summary>
    /// The change is stored: answer with the card as the roster now is, or, if that cannot be read, with the plain
    /// sentence of what was done — never with an error that would read as "nothing happened".
    /// </summary>
    private async Task<Card> StoredAsync(Func<RosterNotice, Task<Card>> card, string done)
    {
        try
        {
            return await card(new RosterNotice(done));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Roster change stored; the card after it could not be read.");
            return MessageCard.Build(done, TextStyle.Good);
        }
    }

    private async Task<Card> RenameAsync(Identity who, Texts t, string unitId, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        if (await roster.FindUnitAsync(unitId, ct) is not { } unit) return await UnknownUnitAsync(who, t, ct);
        var (name, errors) = RosterRules.Rename(unit, data, await roster.ListUnitsAsync(ct));
        if (name is null) return await UnitCardAsync(who, t, unit.Id, new RosterForm(data, errors), null, ct);
        if (name == unit.Name) return await UnitCardAsync(who, t, unit.Id, RosterForm.Empty, new RosterNotice(t.RosterNoChange), ct);
        return await SaveUnitAsync(who, t, unit, unit with { Name = name }, t.UnitRenamed(unit.Name, name), ct);
    }

    private async Task<Card> SetActiveAsync(Identity who, Texts t, string unitId, bool active, CancellationToken ct)
    {
        if (await roster.FindUnitAsync(unitId, ct) is not { } unit) return await UnknownUnitAsync(who, t, ct);
        // A second click on the same button, or a card older than someone else's change: nothing to do.
        if (unit.Active == active) return await UnitCardAsync(who, t, unit.Id, RosterForm.Empty, new RosterNotice(t.RosterNoChange), ct);
        return await SaveUnitAsync(who, t, unit, unit with { Active = active }, active ? t.UnitReactivated(unit.Name) : t.UnitDeactivated(unit.Name), ct);
    }

    private async Task<Card> SaveUnitAsync(Identity who, Texts t, Unit before, Unit after, string done, CancellationToken ct)
    {
        try
        {
            await roster.UpdateUnitAsync(before, after, Stamp(who), ct);
        }
        catch (ConcurrencyConflictException)
        {
            Changed();
            return await UnitCardAsync(who, t, before.Id, RosterForm.Empty, new RosterNotice(t.RosterConflict, Problem: true), ct);
        }
        Changed();
        return await StoredAsync(notice => UnitCardAsync(who, t, before.Id, RosterForm.Empty, notice, ct), done);
    }

    private async Task<Card> AssignHeadAsync(Identity who, Texts t, string unitId, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        if (await roster.FindUnitAsync(unitId, ct) is not { } unit) return await UnknownUnitAsync(who, t, ct);
        if (!unit.Active)
            return await UnitCardAsync(who, t, unit.Id, RosterForm.Empty, Problem(t, RosterProblem.UnitInactive), ct);
        var person = RosterRules.Person(data);
        if (person.Account is not { } account) return await UnitCardAsync(who, t, unit.Id, new RosterForm(data, person.Errors), null, ct);

        var (units, members) = await ReadAsync(ct);
        var existing = await roster.FindMemberAsync(account.Key, ct);
        var after = existing is null
            ? new Member(account.AadObjectId, account.Upn, person.DisplayName!, Role.UnitHead, unit.Id)
            : existing with { DisplayName = person.DisplayName!, Role = Role.UnitHead, UnitId = unit.Id };
        if (existing == after) return await UnitCardAsync(who, t, unit.Id, RosterForm.Empty, new RosterNotice(t.RosterNoChange), ct);
        if (existing is not null && RosterRules.RemovesLastOffice(members, existing, after))
            return await UnitCardAsync(who, t, unit.Id, new RosterForm(data, [new(RosterFields.Account, RosterProblem.LastOffice)]), null, ct);

        var from = existing is { Role: Role.UnitHead, UnitId: { } previous } && previous != unit.Id
            ? units.FirstOrDefault(u => u.Id == previous)?.Name ?? previous : null;
        var done = from is null ? t.HeadAssigned(after.DisplayName, unit.Name) : t.HeadMoved(after.DisplayName, from, unit.Name);
        return await SaveMemberAsync(who, existing, after, done, notice => UnitCardAsync(who, t, unit.Id, RosterForm.Empty, notice, ct), t, ct);
    }

    private async Task<Card> RemoveHeadAsync(Identity who, Texts t, string unitId, string? memberKey, CancellationToken ct)
    {
        if (await roster.FindUnitAsync(unitId, ct) is not { } unit) return await UnknownUnitAsync(who, t, ct);
        var member = string.IsNullOrWhiteSpace(memberKey) ? null : await roster.FindMemberAsync(memberKey.Trim(), ct);
        if (member is null) return await UnitCardAsync(who, t, unit.Id, RosterForm.Empty, Problem(t, RosterProblem.NotOnRoster), ct);
        if (member.Role != Role.UnitHead || member.UnitId != unit.Id)
            return await UnitCardAsync(who, t, unit.Id, RosterForm.Empty, Problem(t, RosterProblem.NotHeadOfUnit), ct);
        return await SaveMemberAsync(who, member, null, t.HeadRemoved(member.DisplayName, unit.Name),
            notice => UnitCardAsync(who, t, unit.Id, RosterForm.Empty, notice, ct), t, ct);
    }

    private async Task<Card> AddPersonAsync(Identity who, Texts t, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        var person = RosterRules.Person(data);
        var role = RosterRules.ParseSeniorRole(data.GetValueOrDefault(RosterFields.Role));
        var errors = role is null ? [.. person.Errors, new(RosterFields.Role, RosterProblem.NotAChoice)] : person.Errors;
        if (errors.Count > 0) return await PeopleCardAsync(who, t, new RosterForm(data, errors), null, ct);

        var account = person.Account!;
        var members = await roster.ListMembersAsync(ct);
        var existing = await roster.FindMemberAsync(account.Key, ct);
        var after = existing is null
            ? new Member(account.AadObjectId, account.Upn, person.DisplayName!, role!.Value, null)
            : existing with { DisplayName = person.DisplayName!, Role = role!.Value, UnitId = null };
        if (existing == after) return await PeopleCardAsync(who, t, RosterForm.Empty, new RosterNotice(t.RosterNoChange), ct);
        if (existing is not null && RosterRules.RemovesLastOffice(members, existing, after))
            return await PeopleCardAsync(who, t, new RosterForm(data, [new(RosterFields.Role, RosterProblem.LastOffice)]), null, ct);
        return await SaveMemberAsync(who, existing, after, t.PersonSaved(after.DisplayName, after.Role),
            notice => PeopleCardAsync(who, t, RosterForm.Empty, notice, ct), t, ct);
    }

    private async Task<Card> RemovePersonAsync(Identity who, Texts t, string? memberKey, CancellationToken ct)
    {
        var member = string.IsNullOrWhiteSpace(memberKey) ? null : await roster.FindMemberAsync(memberKey.Trim(), ct);
        // Unit heads are removed from their unit's card; this list only holds the office and leaders.
        if (member is not { Role: Role.Office or Role.Leader })
            return await PeopleCardAsync(who, t, RosterForm.Empty, Problem(t, RosterProblem.NotOnRoster), ct);
        if (RosterRules.RemovesLastOffice(await roster.ListMembersAsync(ct), member, null))
            return await PeopleCardAsync(who, t, RosterForm.Empty, Problem(t, RosterProblem.LastOffice), ct);
        return await SaveMemberAsync(who, member, null, t.PersonRemoved(member.DisplayName),
            notice => PeopleCardAsync(who, t, RosterForm.Empty, notice, ct), t, ct);
    }

    /// <summary>Stores the member change and answers with <paramref name="card"/> as the roster now is.</summary>
    private async Task<Card> SaveMemberAsync(Identity who, Member? before, Member? after, string done,
        Func<RosterNotice, Task<Card>> card, Texts t, CancellationToken ct)
    {
        try
        {
            // Taking an office member away: another office member must still be one when this commits.
            Member? otherOffice = null;
            if (before?.Role == Role.Office && after?.Role != Role.Office)
                otherOffice = (await roster.ListMembersAsync(ct)).FirstOrDefault(m => m.Role == Role.Office && m.Key != before.Key)
                    ?? throw new ConcurrencyConflictException("No other office member is left.");
            await roster.SaveMemberAsync(before, after, Stamp(who), ct, otherOffice);
        }
        catch (ConcurrencyConflictException)
        {
            Changed();
            return await card(new RosterNotice(t.RosterConflict, Problem: true));
        }
        Changed();
        return await StoredAsync(card, done);
    }

    private async Task<Card> UnitCardAsync(Identity who, Texts t, string unitId, RosterForm form, RosterNotice? notice, CancellationToken ct)
    {
        if (await roster.FindUnitAsync(unitId, ct) is not { } unit) return await UnknownUnitAsync(who, t, ct);
        return RosterCards.UnitDetail(t, Row(unit, await roster.ListMembersAsync(ct)), CanEdit(who), form, notice);
    }

    private async Task<Card> PeopleCardAsync(Identity who, Texts t, RosterForm form, RosterNotice? notice, CancellationToken ct)
    {
        var people = (await roster.ListMembersAsync(ct)).Where(m => m.Role is Role.Office or Role.Leader)
            .OrderBy(m => m.DisplayName, StringComparer.Create(t.Culture, ignoreCase: true)).ToList();
        return RosterCards.People(t, people, CanEdit(who), form, notice);
    }

    private Task<Card> UnknownUnitAsync(Identity who, Texts t, CancellationToken ct) =>
        OverviewAsync(who, t, 1, new RosterNotice(t.RosterUnknownUnit, Problem: true), ct);

    private async Task<(IReadOnlyList<Unit> Units, IReadOnlyList<Member> Members)> ReadAsync(CancellationToken ct)
    {
        var units = roster.ListUnitsAsync(ct);
        var members = roster.ListMembersAsync(ct);
        return (await units, await members);
    }

    private static RosterUnitRow Row(Unit unit, IReadOnlyList<Member> members) =>
        new(unit, [.. members.Where(m => m.Role == Role.UnitHead && m.UnitId == unit.Id).OrderBy(m => m.DisplayName, StringComparer.Ordinal)]);

    private static RosterNotice Problem(Texts t, RosterProblem problem) => new(t.RosterError(new RosterError("", problem)), Problem: true);

    private static bool CanEdit(Identity who) => who.Member.Role == Role.Office;

    private Stamp Stamp(Identity who) => new(who.Member.Key, who.Member.DisplayName, clock.UtcNow);

    /// <summary>This instance answers the next turn from storage: a newly assigned head is recognised at once.</summary>
    private void Changed() => cache.Clear();
}
