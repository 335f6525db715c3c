using DanVan.Domain.Plans;
using DanVan.Domain.Validation;
using F = DanVan.Domain.Reports.ReportFields;

namespace DanVan.Domain.Reports;

public static class ReportValidator
{
    /// <summary>
    /// Sanity bound for the report's counts (tasks, dialogues, petitions): a unit of the department handles tens
    /// to hundreds a year, so anything above this is a typing mistake.
    /// </summary>
    public const int MaxCount = 10_000;
    public const int MaxNumberLength = 50;
    public const int MaxLinkLength = 500;

    /// <summary>Validates raw form fields against the plan; <paramref name="today"/> is the department's local date.</summary>
    public static Validated<ResultsReport> Validate(IReadOnlyDictionary<string, string?> fields, Plan plan, DateOnly today)
    {
        var f = new FieldReader(fields);
        var democracy = Enum.GetValues<DemocracyItem>().ToDictionary(i => i, i => f.Flag(F.Of(i)));
        var total = f.WholeNumber(F.ReformTasksTotal, MaxCount);
        var done = f.WholeNumber(F.ReformTasksDone, MaxCount);
        var satisfaction = f.Percent(F.Satisfaction);
        var dialogues = f.WholeNumber(F.CitizenDialogues, MaxCount);
        var received = f.WholeNumber(F.PetitionsReceived, MaxCount);
        var resolved = f.WholeNumber(F.PetitionsResolved, MaxCount);
        var rating = f.Choice(F.Rating, F.Ratings, required: true);
        var number = f.DocumentNumber(F.ReportNumber, MaxNumberLength, required: true);
        var date = f.Date(F.ReportDate, plan, today, required: false);
        if (date is null && !f.HasError(F.ReportDate)) f.Add(new FieldError(F.ReportDate, ErrorCode.Required));
        var link = f.Link(F.Link, MaxLinkLength);

        // Every unit has CCHC tasks in its year's plan; a total of 0 would make target 4 meaningless.
        if (total == 0) f.Add(new FieldError(F.ReformTasksTotal, ErrorCode.MustBePositive));
        if (done > total) f.Add(new FieldError(F.ReformTasksDone, ErrorCode.ExceedsRelated, total));
        if (resolved > received) f.Add(new FieldError(F.PetitionsResolved, ErrorCode.ExceedsRelated, received));

        return f.Errors.Count > 0
            ? Validated<ResultsReport>.Fail(f.Errors)
            : Validated<ResultsReport>.Ok(new ResultsReport(
                democracy[DemocracyItem.Regulation], democracy[DemocracyItem.StaffConference], democracy[DemocracyItem.InformationPublic],
                democracy[DemocracyItem.StaffConsulted], democracy[DemocracyItem.HeadDialogue], democracy[DemocracyItem.FeedbackChannel],
                done!.Value, total!.Value, satisfaction!.Value, dialogues!.Value, received!.Value, resolved!.Value,
                rating!.Value, number!, date!.Value, link));
    }
}
