namespace DanVan.Cards.Text;

// The visual parts of the standing and the summary: rank wording, chart titles and legends, the league table.
public abstract partial class Texts
{
    /// <summary>A place shared with <paramref name="sharing"/> − 1 other units ("đồng hạng").</summary>
    public abstract string StandingRankShared(string completion, int position, int of, int sharing);
    /// <summary>Nothing done yet: no place is given (a first place shared at 0% would read as praise).</summary>
    public abstract string StandingUnranked(string completion);
    /// <summary>Under the compact standing that follows a save: where the full one is.</summary>
    public abstract string StandingCompactHint { get; }

    public abstract string TargetsChartTitle { get; }
    public abstract string LegendMet { get; }
    public abstract string LegendOverdue { get; }
    public abstract string LegendNotYet { get; }
    /// <summary>A chart's bar as plain text, for clients without charts.</summary>
    public abstract string TallyLine(string target, int met, int overdue, int notYet);

    public abstract string ReformUnitsMetFact { get; }
    public abstract string ReformTasksFactTotal { get; }
    public string ReformTasksValue(int done, int total, string percent) => $"{Number(done)}/{Number(total)} ({percent})";

    public abstract string RankingHeading(int page, int pages);
    /// <summary>One unit of the league table, a Markdown list item; the unit's name is escaped here.</summary>
    public abstract string RankingLine(int position, bool shared, bool ranked, string unitName, string percent);
    public abstract string NotRankedCell { get; }
    /// <summary>Added to the unknown-user answer: the account the office types into the roster to add them.</summary>
    public abstract string UnknownUserAccount(string account);

    /// <summary>A deadline's name as the standing lists it: the plan file's (Vietnamese) unless a language names it.</summary>
    public virtual string DeadlineName(Domain.Plans.Deadline deadline) => deadline.ShortTitle;
}
