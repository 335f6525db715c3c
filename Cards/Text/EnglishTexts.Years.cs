using DanVan.Domain.Plans;

namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts
{
    public override string YearCardTitle(int year, bool current) => current ? $"Year {year} (current)" : $"Year {year}";
    public override string YearPhaseLine(YearPhase phase, DateOnly opensOn, DateOnly closesOn) => phase switch
    {
        YearPhase.Upcoming => $"Opens for figures on {Date(opensOn)}.",
        YearPhase.Open => $"Open since {Date(opensOn)}; closes on {Date(closesOn)}.",
        _ => $"Closed on {Date(closesOn)}: final results only.",
    };
    public override string YearsButton => "Years";
    public override string ModelsButton => "Models";
    public override string YearsTitle => "Plan years";
    public override string YearLabel(int year, bool current) => current ? $"Year {year} (current)" : $"Year {year}";
    public override string YearButton(int year) => $"Year {year}";
    public override string YearUnknown(int year, IReadOnlyList<int> known) =>
        $"DanVan has no plan for {year}. Years you can read: {string.Join(", ", known)} (e.g. **status year {known[0]}**).";
    public override string ModelContinuing(int fromYear) => $"Continuing from {fromYear}";

    public override string YearStartButton => "Start the next year";
    public override string YearStartTitle => "Start a new plan year";
    public override string YearStartIntro(string folder) => $"Choose the new year's plan file (in {folder}). DanVan checks it and shows what it read before recording it.";
    public override string YearStartNoFiles(string folder) =>
        $"{folder} holds no plan file that is not in use yet. Put the new year's plan file (JSON, like plans/ke-hoach-2027-mau.json) there and type **new year** again.";
    public override string YearFactFile => "File";
    public override string YearFactYear => "Year";
    public override string YearFactId => "Plan id";
    public override string YearFactOpensOn => "Opens for figures";
    public override string YearFactClosesOn => "Closes";
    public override string YearPreviewTitle(int year) => $"The {year} plan: check before recording it";
    public override string YearPreviewSample => "This is a SAMPLE plan (\"sample\": true), not an issued one.";
    public override string YearPreviewWhat(DateOnly opensOn, string? previousYear) =>
        $"Once confirmed, units report against this plan from {Date(opensOn)}" +
        (previousYear is null ? "." : $"; the \"Dân vận khéo\" models of {previousYear} carry over, marked as continuing. {previousYear} stays readable (type **status year {previousYear}**).");
    public override string YearConfirmButton(int year) => $"Confirm: start {year}";
    public override string YearFileUnknown => "This plan file is not in the plans folder. Type **new year** to choose again.";
    public override string YearFileChanged => "The plan file changed after it was shown. Nothing was recorded; type **new year** to check it again.";
    public override string YearPlanInvalid(string problem) => $"The plan file is not valid; nothing was recorded: {problem}";
    public override string YearAlreadyKnown(int year, string id) => $"The {year} plan (id {id}) is already in DanVan. Nothing more was recorded.";
    public override string YearStarted(int year, DateOnly opensOn, int carriedModels, int? fromYear) =>
        $"The {year} plan is recorded: units report against it from {Date(opensOn)}." +
        (fromYear is int y ? $" {carriedModels} \"Dân vận khéo\" models of {y} carried over to {year}." : "");
    public override string YearNotStored => "The new year's plan could not be recorded (a storage error). Nothing changed; please try again.";
}
