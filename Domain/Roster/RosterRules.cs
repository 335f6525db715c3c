using System.Text;
using System.Text.RegularExpressions;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Roster;

/// <summary>Field names of the roster cards (inputs and action data).</summary>
public static class RosterFields
{
    public const string UnitId = "unitId";
    public const string UnitName = "unitName";
    public const string Account = "account";
    /// <summary>Teams' people picker: the Entra object id of the person chosen (the typed account is the fallback).</summary>
    public const string Person = "person";
    public const string DisplayName = "displayName";
    public const string Role = "role";
    public const string MemberKey = "memberKey";
    public const string Page = "page";
    /// <summary>Action data of a confirmation's button: a destructive edit runs only with it (<see cref="Confirmed"/>).</summary>
    public const string Confirm = "confirm";
    public const string Confirmed = "yes";
}

/// <summary>Why a roster edit was refused; the words for users are chosen by the presentation layer.</summary>
public enum RosterProblem
{
    Required,
    /// <summary>Detail: the maximum length.</summary>
    TooLong,
    /// <summary>A unit id other than 1–20 letters, digits, - or _.</summary>
    BadUnitId,
    /// <summary>Detail: the unit already using that id.</summary>
    DuplicateUnitId,
    /// <summary>Detail: the unit id already using that name.</summary>
    DuplicateUnitName,
    UnknownUnit,
    UnitInactive,
    /// <summary>Neither an email/UPN nor an Entra object id (a Guid).</summary>
    BadAccount,
    NotAChoice,
    /// <summary>The edit would leave the department with no office member to manage the roster.</summary>
    LastOffice,
    /// <summary>The member to remove is no longer on the roster (someone removed them already).</summary>
    NotOnRoster,
    /// <summary>A unit head is removed from the unit they head, not from another one.</summary>
    NotHeadOfUnit,
    /// <summary>A C0/C1 control character (a tab, a line break, Word's Shift+Enter …): roster inputs are one line.</summary>
    ControlCharacter,
    /// <summary>A broken character: a lone surrogate (half an emoji) or U+FFFD, what is left of one.</summary>
    InvalidCharacter,
}

public sealed record RosterError(string Field, RosterProblem Problem, string? Detail = null);

/// <summary>How the office names a person: an Entra object id, or a UPN/email (lower-cased).</summary>
public sealed record Account(string? AadObjectId, string? Upn)
{
    public string Key => UserKeys.For(AadObjectId, Upn);
}

/// <summary>A unit as typed into the add-unit form, or the errors that keep it from being stored.</summary>
public sealed record UnitDraft(Unit? Unit, IReadOnlyList<RosterError> Errors);

/// <summary>A person as typed into an assign/promote form.</summary>
public sealed record PersonDraft(Account? Account, string? DisplayName, IReadOnlyList<RosterError> Errors);

/// <summary>
/// The checks every roster edit passes before anything is stored. Card inputs are untrusted text: client-side
/// limits are a convenience, these are the rules.
/// </summary>
public static partial class RosterRules
{
    public const int MaxUnitIdLength = 20;
    public const int MaxUnitNameLength = 150;
    public const int MaxDisplayNameLength = 100;
    public const int MaxAccountLength = 254;

    [GeneratedRegex("^[A-Z0-9_-]{1,20}$")]
    private static partial Regex UnitIdShape();

    // Deliberately loose: Entra UPNs and mail addresses are checked by Teams; this only catches typing slips.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$")]
    private static partial Regex EmailShape();

    public static UnitDraft NewUnit(IReadOnlyDictionary<string, string?> fields, IReadOnlyList<Unit> existing)
    {
        var errors = new List<RosterError>();
        var id = Typed(fields, RosterFields.UnitId, errors)?.ToUpperInvariant();
        if (id is null) AddRequired(errors, RosterFields.UnitId);
        else if (!UnitIdShape().IsMatch(id)) errors.Add(new(RosterFields.UnitId, RosterProblem.BadUnitId));
        else if (existing.FirstOrDefault(u => string.Equals(u.Id, id, StringComparison.OrdinalIgnoreCase)) is { } taken)
            errors.Add(new(RosterFields.UnitId, RosterProblem.DuplicateUnitId, taken.Name));
        var name = UnitName(fields, existing, except: null, errors);
        return errors.Count > 0 ? new UnitDraft(null, errors) : new UnitDraft(new Unit(id!, name!), []);
    }

    /// <summary>The new name for <paramref name="unit"/>, or the errors.</summary>
    public static (string? Name, IReadOnlyList<RosterError> Errors) Rename(Unit unit, IReadOnlyDictionary<string, string?> fields, IReadOnlyList<Unit> existing)
    {
        var errors = new List<RosterError>();
        var name = UnitName(fields, existing, unit.Id, errors);
        return (errors.Count > 0 ? null : name, errors);
    }

    public static PersonDraft Person(IReadOnlyDictionary<string, string?> fields)
    {
        var errors = new List<RosterError>();
        var account = TypedAccount(fields, errors);
        var name = Typed(fields, RosterFields.DisplayName, errors);
        if (name is null) AddRequired(errors, RosterFields.DisplayName);
        else if (name.Length > MaxDisplayNameLength) errors.Add(new(RosterFields.DisplayName, RosterProblem.TooLong, MaxDisplayNameLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new PersonDraft(errors.Count > 0 ? null : account, errors.Count > 0 ? null : name, errors);
    }

    private static Account? TypedAccount(IReadOnlyDictionary<string, string?> fields, List<RosterError> errors)
    {
        // Picked in Teams' people picker: an object id, and only one (the picker is single-select; a list of ids, or
        // anything else, is not something it sends). It wins over a typed account, which is there for clients
        // without the picker.
        var picked = Typed(fields, RosterFields.Person, errors);
        if (errors.Count > 0) return null;
        if (picked is not null)
        {
            if (Guid.TryParseExact(picked, "D", out var id)) return new Account(id.ToString("D"), null);
            errors.Add(new(RosterFields.Person, RosterProblem.BadAccount));
            return null;
        }
        var raw = Typed(fields, RosterFields.Account, errors);
        if (raw is null && errors.Any(e => e.Field == RosterFields.Account)) return null;
        Account? typed = null;
        RosterProblem? problem = raw is null ? RosterProblem.Required
            : raw.Length > MaxAccountLength ? RosterProblem.TooLong
            : (typed = ParseAccount(raw)) is null ? RosterProblem.BadAccount
            : null;
        if (problem is null) return typed;
        errors.Add(new(RosterFields.Account, problem.Value, problem == RosterProblem.TooLong ? MaxAccountLength.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
        return null;
    }

    /// <summary>An email/UPN (contains @) or an Entra object id; null for anything else.</summary>
    public static Account? ParseAccount(string raw)
    {
        var s = raw.Trim();
        if (s.Contains('@')) return EmailShape().IsMatch(s) ? new Account(null, s.ToLowerInvariant()) : null;
        return Guid.TryParseExact(s, "D", out var id) ? new Account(id.ToString("D"), null) : null;
    }

    /// <summary>Office or leader, as the people form's choice sends it.</summary>
    public static Role? ParseSeniorRole(string? raw) => Clean(raw)?.ToLowerInvariant() switch
    {
        "office" => Roster.Role.Office,
        "leader" => Roster.Role.Leader,
        _ => null,
    };

    /// <summary>
    /// Whether replacing <paramref name="before"/> by <paramref name="after"/> (null: removing them) takes away the
    /// department's last office member: nobody could manage the roster from chat any more.
    /// </summary>
    public static bool RemovesLastOffice(IReadOnlyList<Member> members, Member before, Member? after) =>
        before.Role == Roster.Role.Office && after?.Role != Roster.Role.Office
        && !members.Any(m => m.Role == Roster.Role.Office && m.Key != before.Key);

    /// <summary>Trimmed, NFC, single spaces; null when empty.</summary>
    public static string? Clean(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var words = raw.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }

    /// <summary>
    /// A typed roster input through <see cref="UntrustedText"/> (one line: a control or broken character is refused with
    /// its own message), then <see cref="Clean"/>ed; null when empty or refused.
    /// </summary>
    private static string? Typed(IReadOnlyDictionary<string, string?> fields, string field, List<RosterError> errors)
    {
        var read = UntrustedText.Read(fields.GetValueOrDefault(field), multiline: false);
        if (read.Problem == TextProblem.None) return Clean(read.Value);
        errors.Add(new(field, read.Problem == TextProblem.ControlCharacter ? RosterProblem.ControlCharacter : RosterProblem.InvalidCharacter));
        return null;
    }

    private static void AddRequired(List<RosterError> errors, string field)
    {
        if (errors.All(e => e.Field != field)) errors.Add(new(field, RosterProblem.Required));
    }

    private static string? UnitName(IReadOnlyDictionary<string, string?> fields, IReadOnlyList<Unit> existing, string? except, List<RosterError> errors)
    {
        var name = Typed(fields, RosterFields.UnitName, errors);
        if (name is null) AddRequired(errors, RosterFields.UnitName);
        else if (name.Length > MaxUnitNameLength) errors.Add(new(RosterFields.UnitName, RosterProblem.TooLong, MaxUnitNameLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        else if (existing.FirstOrDefault(u => u.Id != except && SameName(u.Name, name)) is { } taken)
            errors.Add(new(RosterFields.UnitName, RosterProblem.DuplicateUnitName, taken.Id));
        return name;
    }

    /// <summary>Two names the office would read as the same unit: case and spacing do not count.</summary>
    public static bool SameName(string a, string b) => string.Equals(Clean(a), Clean(b), StringComparison.OrdinalIgnoreCase);
}
