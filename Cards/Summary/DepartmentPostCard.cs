using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Department;
using DanVan.Domain.Plans;

namespace DanVan.Cards.Summary;

/// <summary>
/// The weekly post in the department channel: the department's figures and chart per target, and how many units
/// still lack each item. A channel is read by everyone in the team, so it names no unit, shows no unit's own
/// figures, and carries no link and no button.
/// </summary>
public static class DepartmentPostCard
{
    public static Card Build(Texts t, Plan plan, DepartmentSummary s, string asOf)
    {
        List<Element> body =
        [
            new TextBlock(t.DepartmentPostTitle(plan.Year), TextStyle.Heading),
            new TextBlock(t.DepartmentPostSubtitle(asOf, s.Units.Count), TextStyle.Subtle),
            SummaryCard.TargetsChart(t, s),
            .. SummaryCard.Figures(t, plan, s),
            new Container(
            [
                TextBlock.Md(t.DepartmentPostMissingHeading),
                .. s.Missing.Select(m => (Element)new TextBlock(t.DepartmentPostMissing(m.Item, m.Units.Count, m.Due is { } due ? t.Date(due) : null), TextStyle.Note)),
            ]),
            new TextBlock(t.DepartmentPostFooter, TextStyle.Subtle),
        ];
        return new Card(body, []);
    }
}
