using DanVan.Domain.Roster;

namespace DanVan.Cards.Text;

// The office's roster ("danh bạ"), the access refusals and the department's audit history.
public abstract partial class Texts
{

    public abstract string Refused(Refusal refusal);
    /// <summary>The refusal as a short reason, for the audit history.</summary>
    public abstract string RefusalReason(Refusal refusal);

    public abstract string RosterTitle { get; }
    public abstract string RosterSummary(int units, int active, int heads, int office, int leaders);
    public abstract string RosterPage(int page, int pages);
    public abstract string RosterReadOnly { get; }
    public abstract string RosterUnitLine(string id, bool active);
    public abstract string RosterHeads(IReadOnlyList<string> names);
    public abstract string RosterManageButton { get; }
    public abstract string RosterViewButton { get; }
    public abstract string RosterAddUnitButton { get; }
    public abstract string RosterPeopleButton { get; }
    public abstract string RosterLogButton { get; }
    public abstract string RosterBackButton { get; }
    public abstract string RosterPreviousButton { get; }
    public abstract string RosterNextButton { get; }

    public abstract string UnitStatus(bool active);
    public abstract string UnitIdLabel { get; }
    public abstract string UnitNameLabel { get; }
    public abstract string UnitRenameButton { get; }
    public abstract string UnitDeactivateButton { get; }
    public abstract string UnitReactivateButton { get; }
    public abstract string UnitInactiveNote { get; }
    public abstract string UnitHeadsHeading { get; }
    public abstract string UnitNoHeads { get; }
    public abstract string AssignHeadHeading { get; }
    public abstract string AssignHeadButton { get; }
    public abstract string PersonPickerLabel { get; }
    public abstract string PersonPickerPlaceholder { get; }
    public abstract string AccountLabel { get; }
    public abstract string AccountPlaceholder { get; }
    public abstract string DisplayNameLabel { get; }
    public abstract string RemoveButton { get; }
    public abstract string ConfirmTitle { get; }
    public abstract string ConfirmHint { get; }
    public abstract string ConfirmButton { get; }
    public abstract string ConfirmDeactivate(string unitName);
    public abstract string ConfirmRemoveHead(string name, string unitName);
    public abstract string ConfirmRemovePerson(string name);
    public abstract string NewUnitTitle { get; }
    public abstract string NewUnitIntro { get; }

    public abstract string PeopleTitle { get; }
    public abstract string PeopleIntro { get; }
    public abstract string PeopleEmpty { get; }
    public abstract string AddPersonHeading { get; }
    public abstract string AddPersonButton { get; }
    public abstract string RoleLabel { get; }
    public abstract string RoleName(Role role);

    public abstract string UnitAdded(string name);
    public abstract string UnitRenamed(string before, string after);
    public abstract string UnitDeactivated(string name);
    public abstract string UnitReactivated(string name);
    public abstract string HeadAssigned(string person, string unit);
    public abstract string HeadMoved(string person, string fromUnit, string unit);
    public abstract string HeadRemoved(string person, string unit);
    public abstract string PersonSaved(string person, Role role);
    public abstract string PersonRemoved(string person);
    public abstract string RosterNoChange { get; }
    public abstract string RosterConflict { get; }
    public abstract string RosterUnknownUnit { get; }
    public abstract string RosterError(RosterError error);

    public abstract string LogTitle { get; }
    public abstract string LogEmpty { get; }
    public abstract string RefusalsButton { get; }
    public abstract string RefusalsTitle { get; }
    public abstract string RefusalsEmpty { get; }
    public abstract string RefusalRepeated(int count, string firstAt);
    public abstract string LogUnitAdded(string unit);
    public abstract string LogUnitChanged(string before, string after);
    public abstract string LogMemberAdded(string member);
    public abstract string LogMemberRemoved(string member);
    public abstract string LogMemberChanged(string before, string after);
    public abstract string LogRefused(string attempt, string reason, string? detail);

    /// <summary>What a card verb does, in words, for the log; null for anything else (a typed command is shown as typed).</summary>
    public string? VerbName(string verb) =>
        VerbNames.TryGetValue(verb, out var name) ? name
        : verb.EndsWith(".submit", StringComparison.Ordinal) ? SubmitFormName
        : verb.EndsWith(".open", StringComparison.Ordinal) || verb.EndsWith(".refresh", StringComparison.Ordinal) ? OpenFormName
        : null;

    protected abstract IReadOnlyDictionary<string, string> VerbNames { get; }
    public abstract string SubmitFormName { get; }
    public abstract string OpenFormName { get; }

    /// <summary>"Chi cục Kiểm lâm (CCKL)", with "ngừng hoạt động" when it is.</summary>
    public string DescribeUnit(Unit u) => $"{u.Name} ({u.Id})" + (u.Active ? "" : $", {UnitStatus(false)}");

    /// <summary>"Alex Wilber (alexw@…) — Thủ trưởng đơn vị CCKL".</summary>
    public string DescribeMember(Member m) =>
        $"{m.DisplayName} ({m.Upn ?? m.AadObjectId}) — {RoleName(m.Role)}" + (m.UnitId is null ? "" : $" {m.UnitId}");
}
