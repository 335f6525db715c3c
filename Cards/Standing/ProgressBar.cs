using DanVan.Cards.Json;
using DanVan.Domain.Progress;

namespace DanVan.Cards.Standing;

/// <summary>
/// A progress bar from standard Adaptive Card 1.5 elements, so every client draws it: a column set whose first
/// column, in the status colour, is as wide (by weight) as the percentage, and whose second, shaded, is the rest.
/// </summary>
public static class ProgressBar
{
    public static ColumnSet Of(decimal percent, ProgressStatus status)
    {
        // Whole weights; a sliver that rounds to 0 still shows as 1, and a bar short of 100 never looks full.
        var filled = percent <= 0 ? 0 : Math.Clamp((int)Math.Round(percent, MidpointRounding.AwayFromZero), 1, percent >= 100 ? 100 : 99);
        var columns = new List<Column>();
        if (filled > 0) columns.Add(Segment(filled, StyleOf(status)));
        if (filled < 100) columns.Add(Segment(100 - filled, BoxStyle.Emphasis));
        return new ColumnSet(columns) { Spacing = "Small" };
    }

    /// <summary>Met: good; overdue or final and short: attention; under way: warning; nothing yet: no filled part.</summary>
    public static BoxStyle StyleOf(ProgressStatus status) => status switch
    {
        ProgressStatus.Met => BoxStyle.Good,
        ProgressStatus.Overdue or ProgressStatus.NotMet => BoxStyle.Attention,
        _ => BoxStyle.Warning,
    };

    private static Column Segment(int weight, BoxStyle style) =>
        new([], weight.ToString(System.Globalization.CultureInfo.InvariantCulture), style) { MinHeight = "10px" };
}
