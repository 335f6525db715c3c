using DanVan.Domain.Plans;
using DanVan.Domain.Validation;

namespace DanVan.Domain.UnitPlans;

/// <summary>
/// Target 2: the unit's own plan for công tác dân vận chính quyền — whether it is issued, its number and date, when
/// it was sent to Văn phòng Sở, a link to it and a note. When <paramref name="Issued"/> is false the document
/// fields are always null.
/// </summary>
public sealed record UnitPlanReport(bool Issued, string? Number, DateOnly? IssuedOn, DateOnly? SentOn, string? Link, string? Note)
{
    public static UnitPlanReport NotIssued(string? note = null) => new(false, null, null, null, null, note);
}

public static class UnitPlanFields
{
    public const string Issued = "issued";
    public const string Number = "planNumber";
    public const string IssuedOn = "issuedOn";
    public const string SentOn = "sentOn";
    public const string Link = "link";
    public const string Note = "note";

    public static readonly IReadOnlyList<string> All = [Issued, Number, IssuedOn, SentOn, Link, Note];

    public const int MaxNumberLength = 50;
    public const int MaxLinkLength = 500;
}

public static class UnitPlanValidator
{
    /// <summary>Validates raw form fields against the plan; <paramref name="today"/> is the department's local date.</summary>
    public static Validated<UnitPlanReport> Validate(IReadOnlyDictionary<string, string?> fields, Plan plan, DateOnly today)
    {
        var f = new FieldReader(fields);
        var issued = f.Flag(UnitPlanFields.Issued);
        var note = f.Text(UnitPlanFields.Note, plan.Limits.MaxTextLength, required: false, multiline: true);
        if (f.HasError(UnitPlanFields.Issued)) return Validated<UnitPlanReport>.Fail(f.Errors);

        if (!issued)
        {
            // A form reopened after un-ticking "issued" still shows the old number, date and link: they are dropped,
            // not stored. A sent date is refused instead: "sent but not issued" is a contradiction, and the likely
            // cause (a filled form whose toggle was never switched on) would otherwise silently read as "not sent".
            if (f.Text(UnitPlanFields.SentOn) is not null) f.Add(new FieldError(UnitPlanFields.SentOn, ErrorCode.SentButNotIssued));
            return f.Errors.Count > 0 ? Validated<UnitPlanReport>.Fail(f.Errors) : Validated<UnitPlanReport>.Ok(UnitPlanReport.NotIssued(note));
        }

        var number = f.DocumentNumber(UnitPlanFields.Number, UnitPlanFields.MaxNumberLength, required: true);
        var issuedOn = f.Date(UnitPlanFields.IssuedOn, plan, today, required: false);
        // Required, not DateNeeded: DateNeeded's message is about training sessions.
        if (issuedOn is null && !f.HasError(UnitPlanFields.IssuedOn)) f.Add(new FieldError(UnitPlanFields.IssuedOn, ErrorCode.Required));
        var sentOn = f.Date(UnitPlanFields.SentOn, plan, today, required: false);
        if (sentOn < issuedOn) f.Add(new FieldError(UnitPlanFields.SentOn, ErrorCode.BeforeRelatedDate));
        var link = f.Link(UnitPlanFields.Link, UnitPlanFields.MaxLinkLength);

        return f.Errors.Count > 0
            ? Validated<UnitPlanReport>.Fail(f.Errors)
            : Validated<UnitPlanReport>.Ok(new UnitPlanReport(true, number, issuedOn, sentOn, link, note));
    }
}
