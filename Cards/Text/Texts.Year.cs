namespace DanVan.Cards.Text;

// A plan year's life cycle: the final result of a closed year, and forms refused once it is closed.
public abstract partial class Texts
{
    public abstract string FinalResultTitle(string unitName, int planYear);
    public abstract string FinalResultSubtitle(int planYear, DateOnly closedOn, DateOnly lastOpenDay);
    public abstract string FinalResult(bool achieved);
    public abstract string FinalCompletion(string percent);
    public abstract string YearClosed(int planYear, DateOnly closedOn);
}
