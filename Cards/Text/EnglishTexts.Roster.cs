using DanVan.Domain.Roster;

namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts
{

    public override string Refused(Refusal refusal) => refusal switch
    {
        Refusal.UnitHeadsOnly => UnitHeadsOnly,
        Refusal.OfficeAndLeadersOnly => OfficeAndLeadersOnly,
        Refusal.DepartmentView => SummaryUnitHeadRefusal,
        Refusal.OfficeOnly => "This is for the department office only. The attempt was refused and logged.",
        _ => "You can only read and update your own unit's figures. The attempt on another unit was refused and logged.",
    };

    public override string RefusalReason(Refusal refusal) => refusal switch
    {
        Refusal.UnitHeadsOnly => "unit heads only",
        Refusal.OfficeAndLeadersOnly => "office and leaders only",
        Refusal.DepartmentView => "the department summary is for the office and leaders only",
        Refusal.OfficeOnly => "office only",
        _ => "card data named another unit",
    };

    public override string RosterTitle => "Unit roster";
    public override string RosterSummary(int units, int active, int heads, int office, int leaders) =>
        $"{Number(units)} unit(s) ({Number(active)} active), {Number(heads)} unit head(s), {Number(office)} office member(s), {Number(leaders)} leader(s).";
    public override string RosterPage(int page, int pages) => $"Page {Number(page)}/{Number(pages)}";
    public override string RosterReadOnly => "Leaders can read the roster; only the office can change it.";
    public override string RosterUnitLine(string id, bool active) => $"Id {id} · {UnitStatus(active)}";
    public override string RosterHeads(IReadOnlyList<string> names) =>
        names.Count == 0 ? "No unit head yet." : "Heads: " + string.Join(", ", names);
    public override string RosterManageButton => "Manage";
    public override string RosterViewButton => "View";
    public override string RosterAddUnitButton => "Add unit";
    public override string RosterPeopleButton => "Office and leaders";
    public override string RosterLogButton => "Log";
    public override string RosterBackButton => "Roster";
    public override string RosterPreviousButton => "Previous page";
    public override string RosterNextButton => "Next page";

    public override string UnitStatus(bool active) => active ? "active" : "inactive";
    public override string UnitIdLabel => "Unit id (letters, digits, - or _, e.g. CCKL)";
    public override string UnitNameLabel => "Unit name";
    public override string UnitRenameButton => "Rename";
    public override string UnitDeactivateButton => "Deactivate";
    public override string UnitReactivateButton => "Reactivate";
    public override string UnitInactiveNote =>
        "This unit is inactive: it is left out of the ranking and reminders, and its heads cannot use DanVan until it is reactivated.";
    public override string UnitHeadsHeading => "**Unit heads and deputies**";
    public override string UnitNoHeads => "No unit head yet: nobody can report for this unit.";
    public override string AssignHeadHeading => "**Assign a unit head or deputy**";
    public override string AssignHeadButton => "Assign head";
    public override string PersonPickerLabel => "Choose a person in the department";
    public override string PersonPickerPlaceholder => "Type a name to search";
    public override string AccountLabel => "Or type the Microsoft 365 account: email/UPN or object id";
    public override string AccountPlaceholder => "e.g. nguyenvana@tayninh.gov.vn";
    public override string DisplayNameLabel => "Full name";
    public override string RemoveButton => "Remove";
    public override string ConfirmTitle => "Confirm";
    public override string ConfirmHint => "Nothing has changed yet. Press \"Confirm\" to go ahead, or \"Cancel\" to go back.";
    public override string ConfirmButton => "Confirm";
    public override string ConfirmDeactivate(string unitName) => $"Deactivate {unitName}? It leaves the summary and gets no reminders; it can be reactivated later.";
    public override string ConfirmRemoveHead(string name, string unitName) => $"Remove {name} as head of {unitName}? They will no longer report for the unit.";
    public override string ConfirmRemovePerson(string name) => $"Remove {name} from the roster? They will no longer be able to use DanVan.";
    public override string NewUnitTitle => "Add a unit";
    public override string NewUnitIntro => "A unit's id cannot change once added; its name can, at any time.";

    public override string PeopleTitle => "Office and leaders";
    public override string PeopleIntro => "The office manages the roster and reminders; leaders read the roster and receive the overdue digest.";
    public override string PeopleEmpty => "Nobody yet.";
    public override string AddPersonHeading => "**Add or promote someone**";
    public override string AddPersonButton => "Save";
    public override string RoleLabel => "Role";
    public override string RoleName(Role role) => role switch
    {
        Role.Office => "Department office",
        Role.Leader => "Department leader",
        _ => "Unit head",
    };

    public override string UnitAdded(string name) => $"Added {name}. Assign a unit head so it can start reporting.";
    public override string UnitRenamed(string before, string after) => $"Renamed “{before}” to “{after}”.";
    public override string UnitDeactivated(string name) => $"{name} is now inactive.";
    public override string UnitReactivated(string name) => $"{name} is active again.";
    public override string HeadAssigned(string person, string unit) => $"{person} is now a head of {unit}.";
    public override string HeadMoved(string person, string fromUnit, string unit) => $"Moved {person} from {fromUnit} to head {unit}.";
    public override string HeadRemoved(string person, string unit) => $"Removed {person} from {unit}.";
    public override string PersonSaved(string person, Role role) => $"Saved {person} as {RoleName(role)}.";
    public override string PersonRemoved(string person) => $"Removed {person} from the roster.";
    public override string RosterNoChange => "Nothing changed.";
    public override string RosterConflict => "Not saved: someone else just changed the roster. This is the current state — please check and try again.";
    public override string RosterUnknownUnit => "This unit is not on the roster.";
    public override string RosterError(RosterError e) => e.Problem switch
    {
        RosterProblem.Required => "Please fill this in.",
        RosterProblem.TooLong => $"Too long (at most {e.Detail} characters).",
        RosterProblem.BadUnitId => "A unit id has letters without accents, digits, - or _ only, at most 20 (e.g. CCKL).",
        RosterProblem.DuplicateUnitId => $"This id is already used by {e.Detail}.",
        RosterProblem.DuplicateUnitName => $"A unit with this name exists (id {e.Detail}).",
        RosterProblem.UnknownUnit => RosterUnknownUnit,
        RosterProblem.UnitInactive => "The unit is inactive; reactivate it before assigning a head.",
        RosterProblem.BadAccount => "Enter an email/UPN (e.g. nguyenvana@tayninh.gov.vn) or an object id like 00000000-0000-0000-0000-000000000000.",
        RosterProblem.NotAChoice => "Please pick one of the choices.",
        RosterProblem.LastOffice => "Not possible: this is the last office member, nobody could manage the roster any more. Add another office member first.",
        RosterProblem.NotOnRoster => "This person is no longer on the roster.",
        RosterProblem.NotHeadOfUnit => "This person is not a head of this unit.",
        RosterProblem.ControlCharacter => "Contains an invisible control character (a tab, a line break, or Word's Shift+Enter); this field is one line. Please clear it and type it again.",
        RosterProblem.InvalidCharacter => "Contains a broken character (often half of an emoji cut off when pasting). Please clear this field and type it again.",
        _ => "Invalid value.",
    };

    public override string LogTitle => "Roster change log";
    public override string LogEmpty => "No roster change yet.";
    public override string RefusalsButton => "Refused attempts";
    public override string RefusalsTitle => "Refused attempts";
    public override string RefusalsEmpty => "No refused attempt yet.";
    public override string RefusalRepeated(int count, string firstAt) => $"{count} times, first at {firstAt}";
    public override string LogUnitAdded(string unit) => $"Added unit {unit}";
    public override string LogUnitChanged(string before, string after) => $"Unit: {before} → {after}";
    public override string LogMemberAdded(string member) => $"Added {member}";
    public override string LogMemberRemoved(string member) => $"Removed {member}";
    public override string LogMemberChanged(string before, string after) => $"Changed: {before} → {after}";
    protected override IReadOnlyDictionary<string, string> VerbNames { get; } = new Dictionary<string, string>
    {
        [RosterCards.ShowVerb] = "read the roster",
        [RosterCards.UnitVerb] = "read the roster",
        [RosterCards.PeopleVerb] = "read the roster",
        [RosterCards.LogVerb] = "read the roster",
        [RosterCards.RefusalsVerb] = "read the access log",
        [RosterCards.NewUnitVerb] = "add a unit",
        [RosterCards.AddUnitVerb] = "add a unit",
        [RosterCards.RenameVerb] = "rename a unit",
        [RosterCards.DeactivateVerb] = "deactivate a unit",
        [RosterCards.ReactivateVerb] = "reactivate a unit",
        [RosterCards.AssignHeadVerb] = "assign a unit head",
        [RosterCards.RemoveHeadVerb] = "remove a unit head",
        [RosterCards.AddPersonVerb] = "add or promote an office or leader member",
        [RosterCards.RemovePersonVerb] = "remove an office or leader member",
        [Verbs.Standing] = "read a unit's standing",
        [Verbs.History] = "read a unit's history",
        [ModelCards.ListVerb] = "read a unit's models",
        [Summary.SummaryCard.ShowVerb] = "read the department summary",
        [Summary.SummaryCard.ExportVerb] = "export the department report",
    };
    public override string SubmitFormName => "submit a unit's form";
    public override string OpenFormName => "open a unit's form";

    public override string LogRefused(string attempt, string reason, string? detail) =>
        $"Refused “{attempt}”: {reason}" + (detail is null ? "" : $" ({detail})");
}
