using DanVan.Cards.Text;
using DanVan.Domain.Reports;

namespace DanVan.Cards.Tests;

/// <summary>The per-value texts of the results report: TextsTests renders only one value of each enum.</summary>
public class ReportTextsTests
{
    [Fact]
    public void Every_checklist_item_has_its_own_vietnamese_label_and_short_name()
    {
        var items = Enum.GetValues<DemocracyItem>();
        var labels = items.Select(i => Texts.Vietnamese.DemocracyLabel(i, 2024)).ToList();
        var shorts = items.Select(i => Texts.Vietnamese.DemocracyShort(i)).ToList();

        Assert.Equal(items.Length, labels.Distinct().Count());
        Assert.Equal(items.Length, shorts.Distinct().Count());
        Assert.All(labels.Concat(shorts), s => Assert.Contains(s, c => c > 127));
        Assert.All(items, i => Assert.NotEqual(Texts.English.DemocracyShort(i), Texts.Vietnamese.DemocracyShort(i)));
        Assert.Equal("Tổ chức Hội nghị cán bộ, công chức, viên chức năm 2024", labels[1]);
    }

    [Fact]
    public void Ratings_read_as_the_official_scale() =>
        Assert.Equal(["Xuất sắc", "Tốt", "Khá", "Trung bình", "Kém"], Enum.GetValues<SelfRating>().Select(Texts.Vietnamese.RatingName));

    [Fact]
    public void Missing_items_are_listed_in_lower_case_inside_a_sentence() =>
        Assert.Equal("Chưa thực hiện: hội nghị CBCCVC, hòm thư góp ý.",
            Texts.Vietnamese.DemocracyMissing(Texts.Vietnamese.DemocracyList([DemocracyItem.StaffConference, DemocracyItem.FeedbackChannel])));

    [Fact]
    public void Help_mentions_the_report_command()
    {
        Assert.Contains("**báo cáo**", Texts.Vietnamese.HelpLine(RouteNames.Report, senior: false));
        Assert.Contains("**report** (báo cáo)", Texts.English.HelpLine(RouteNames.Report, senior: false));
    }
}
