namespace DanVan.Cards.Text;

// The department channel: set and stopped in a team channel, and the weekly picture posted there.
public abstract partial class Texts
{
    public abstract string DepartmentChannelSet(DayOfWeek day, string at);
    public abstract string DepartmentChannelStopped { get; }
    public abstract string DepartmentChannelNone { get; }
    /// <summary>Typed in a personal or group chat: the command names the channel it is typed in.</summary>
    public abstract string DepartmentChannelOnlyInChannel { get; }
    public abstract string DayName(DayOfWeek day);

    public abstract string DepartmentPostTitle(int planYear);
    public abstract string DepartmentPostSubtitle(string asOf, int units);
    public abstract string DepartmentPostMissingHeading { get; }
    /// <summary>How many units still lack an item (a count only: the channel never names a unit).</summary>
    public abstract string DepartmentPostMissing(Domain.Department.SummaryItem item, int count, string? due);
    public abstract string DepartmentPostFooter { get; }
}
