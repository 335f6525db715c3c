using DanVan.Cards.Text;

namespace DanVan.Cards.Tests;

public class FinalResultCardTests
{
    [Fact]
    public void A_closed_year_shows_each_targets_final_result_and_figures_without_deadline_counts()
    {
        var text = string.Join("\n", CardJson.TextBlocks(FinalResultTestData.Final(Texts.Vietnamese, "Chi cục Kiểm lâm", FinalResultTestData.Mixed(Texts.Vietnamese))));

        Assert.Contains("Kết quả năm 2024 — Chi cục Kiểm lâm", text);
        Assert.Contains("khép lại ngày 15/11/2024", text);
        Assert.Contains("đến hết ngày 14/11/2024", text);
        Assert.Contains("Chỉ tiêu 1 — Học tập, quán triệt: Chưa đạt", text);
        Assert.Contains("Chỉ tiêu 2 — Kế hoạch của đơn vị: Đạt", text);
        Assert.Contains("Hoàn thành", text);
        Assert.DoesNotContain("quá hạn", text);
        Assert.DoesNotContain("còn", text);
    }

    [Fact]
    public void A_unit_that_sent_nothing_reads_chua_dat_everywhere_and_no_overdue_days()
    {
        var text = string.Join("\n", CardJson.TextBlocks(FinalResultTestData.Final(Texts.Vietnamese, "CCKL", FinalResultTestData.Nothing(Texts.Vietnamese))));

        Assert.DoesNotContain(": Đạt", text);
        Assert.DoesNotContain("quá hạn", text);
        Assert.DoesNotContain("ngày", text.Replace("khép lại ngày", "").Replace("đến hết ngày", ""));
    }
}
