using DanVan.Domain.Plans;

namespace DanVan.Cards.Text;

// Plan years side by side: reading another year, the list of years, the office's start of the next year.
public abstract partial class Texts
{
    public abstract string YearCardTitle(int year, bool current);
    public abstract string YearPhaseLine(YearPhase phase, DateOnly opensOn, DateOnly closesOn);
    public abstract string YearsButton { get; }
    public abstract string ModelsButton { get; }
    public abstract string YearsTitle { get; }
    public abstract string YearLabel(int year, bool current);
    public abstract string YearButton(int year);
    public abstract string YearUnknown(int year, IReadOnlyList<int> known);
    public abstract string ModelContinuing(int fromYear);

    public abstract string YearStartButton { get; }
    public abstract string YearStartTitle { get; }
    public abstract string YearStartIntro(string folder);
    public abstract string YearStartNoFiles(string folder);
    public abstract string YearFactFile { get; }
    public abstract string YearFactYear { get; }
    public abstract string YearFactId { get; }
    public abstract string YearFactOpensOn { get; }
    public abstract string YearFactClosesOn { get; }
    public abstract string YearPreviewTitle(int year);
    public abstract string YearPreviewSample { get; }
    public abstract string YearPreviewWhat(DateOnly opensOn, string? previousYear);
    public abstract string YearConfirmButton(int year);
    public abstract string YearFileUnknown { get; }
    public abstract string YearFileChanged { get; }
    public abstract string YearPlanInvalid(string problem);
    public abstract string YearAlreadyKnown(int year, string id);
    public abstract string YearStarted(int year, DateOnly opensOn, int carriedModels, int? fromYear);
    public abstract string YearNotStored { get; }
}
