using DanVan.Domain.Department;

namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts
{
    public override string DepartmentChannelSet(DayOfWeek day, string at) =>
        $"This channel is now the department's channel. Every week, {DayName(day)} at {at} (the next working day after a day off), DanVan " +
        "posts the department picture here: figures and charts per target, and how many units still lack each item. No unit's own figures. " +
        "Type \"stop department channel\" to end it.";
    public override string DepartmentChannelStopped => "Stopped: DanVan no longer posts the department picture in this team's channel.";
    public override string DepartmentChannelNone => "This team has no department channel; nothing to stop.";
    public override string DepartmentChannelOnlyInChannel =>
        "Type this command in a team channel: that channel then gets the department picture every week.";
    public override string DayName(DayOfWeek day) => day.ToString();

    public override string DepartmentPostTitle(int planYear) => $"Department picture — {planYear} plan for dân vận chính quyền";
    public override string DepartmentPostSubtitle(string asOf, int units) => $"Weekly post · figures as of {asOf}, {Number(units)} units.";
    public override string DepartmentPostMissingHeading => "**Units still lacking**";
    public override string DepartmentPostMissing(SummaryItem item, int count, string? due) =>
        count == 0 ? $"{ItemName(item)}: every unit has done it."
            : $"{ItemName(item)}{(due is null ? "" : $" (due {due})")}: {Number(count)} unit(s) still lacking.";
    public override string DepartmentPostFooter => "Unit heads see their own unit in their personal chat with DanVan (type \"status\").";
}
