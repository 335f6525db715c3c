namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts
{
    public override string FinalResultTitle(string unitName, int planYear) => $"{planYear} results — {unitName}";
    public override string FinalResultSubtitle(int planYear, DateOnly closedOn, DateOnly lastOpenDay) =>
        $"The {planYear} plan closed on {Date(closedOn)}. Final results, with the figures as of {Date(lastOpenDay)}.";
    public override string FinalResult(bool achieved) => achieved ? "Achieved" : "Not achieved";
    public override string FinalCompletion(string percent) => $"{percent} complete";
    public override string YearClosed(int planYear, DateOnly closedOn) =>
        $"The {planYear} plan closed on {Date(closedOn)}: its figures can no longer be changed. Type **status** for the final results.";
}
