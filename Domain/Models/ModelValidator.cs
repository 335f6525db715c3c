using DanVan.Domain.Plans;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Models;

public static class ModelValidator
{
    public const int MaxNameLength = 200;
    public const int MaxBeneficiaries = 1_000_000;

    /// <summary>
    /// A model may well have started before the plan year and still count while it runs, so the start date is not
    /// held to the plan year. The earliest accepted is 2015, the year of Kết luận 114-KL/TW (14/7/2015) of the Ban Bí
    /// thư on dân vận of state bodies, the oldest text on dân vận chính quyền the plan builds on; an earlier date is
    /// almost surely a typing mistake.
    /// </summary>
    public static readonly DateOnly EarliestStart = new(2015, 1, 1);

    /// <summary>Input.ChoiceSet values: the enum members' names, matched exactly (never numbers or flag lists).</summary>
    public static readonly IReadOnlyDictionary<string, ModelField> Fields = Enum.GetValues<ModelField>().ToDictionary(ChoiceValue);
    public static readonly IReadOnlyDictionary<string, ModelStatus> Statuses = Enum.GetValues<ModelStatus>().ToDictionary(ChoiceValue);

    public static string ChoiceValue<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString();

    /// <summary>Validates raw form fields; <paramref name="today"/> is the department's local date.</summary>
    public static Validated<DanVanKheoModel> Validate(IReadOnlyDictionary<string, string?> fields, Plan plan, DateOnly today)
    {
        var f = new FieldReader(fields);
        var name = f.Text(ModelFields.Name, MaxNameLength, required: true);
        var field = f.Choice(ModelFields.Field, Fields, required: true);
        var newRural = f.Flag(ModelFields.NewRuralArea);
        var start = StartDate(f, today);
        var description = f.Text(ModelFields.Description, plan.Limits.MaxTextLength, required: true, multiline: true);
        var results = f.Text(ModelFields.Results, plan.Limits.MaxTextLength, required: false, multiline: true);
        var beneficiaries = f.WholeNumber(ModelFields.Beneficiaries, MaxBeneficiaries);
        var status = f.Choice(ModelFields.Status, Statuses, required: true);

        return f.Errors.Count > 0
            ? Validated<DanVanKheoModel>.Fail(f.Errors)
            : Validated<DanVanKheoModel>.Ok(new DanVanKheoModel(name!, field!.Value, newRural, start!.Value,
                description!, results, beneficiaries!.Value, status!.Value));
    }

    private static DateOnly? StartDate(FieldReader f, DateOnly today)
    {
        var raw = f.Text(ModelFields.StartDate);
        if (raw is null) { f.Add(new FieldError(ModelFields.StartDate, ErrorCode.Required)); return null; }
        if (FieldReader.ParseDate(raw) is not { } date) { f.Add(new FieldError(ModelFields.StartDate, ErrorCode.NotADate)); return null; }
        if (date < EarliestStart) { f.Add(new FieldError(ModelFields.StartDate, ErrorCode.TooEarly, EarliestStart.Year)); return null; }
        if (date > today) { f.Add(new FieldError(ModelFields.StartDate, ErrorCode.InFuture)); return null; }
        return date;
    }
}
