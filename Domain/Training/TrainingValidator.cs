using DanVan.Domain.Plans;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Training;

/// <summary>Validates a submitted training form, every field on the server.</summary>
public static class TrainingValidator
{
    /// <summary>Validates raw form fields against the plan; <paramref name="today"/> is the department's local date.</summary>
    public static Validated<TrainingReport> Validate(IReadOnlyDictionary<string, string?> fields, Plan plan, DateOnly today)
    {
        var f = new FieldReader(fields);
        var total = f.WholeNumber(TrainingFields.TotalStaff, plan.Limits.MaxUnitStaff);
        var trained = f.WholeNumber(TrainingFields.Trained, plan.Limits.MaxUnitStaff);
        var sessions = f.WholeNumber(TrainingFields.Sessions, plan.Limits.MaxSessions);
        var last = f.Date(TrainingFields.LastSessionDate, plan, today, required: sessions > 0);

        if (total == 0) f.Add(new FieldError(TrainingFields.TotalStaff, ErrorCode.MustBePositive));
        if (total is not null && trained is not null && trained > total)
            f.Add(new FieldError(TrainingFields.Trained, ErrorCode.TrainedExceedsTotal, total));
        if (trained > 0 && sessions == 0)
            f.Add(new FieldError(TrainingFields.Sessions, ErrorCode.SessionsNeeded));

        return f.Errors.Count > 0
            ? Validated<TrainingReport>.Fail(f.Errors)
            // With no session held there is no "last session": a date sent alongside is dropped, not stored.
            : Validated<TrainingReport>.Ok(new TrainingReport(total!.Value, trained!.Value, sessions!.Value, sessions > 0 ? last : null));
    }
}
