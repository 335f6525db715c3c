using DanVan.App.Routing;
using DanVan.Cards;

namespace DanVan.App.Tests;

/// <summary>
/// Loose command matching (<see cref="CommandMatcher"/>) over the real route table, from the way civil servants type
/// to a bot: polite sentences, words in any order, no diacritics, Telex keys left in, one slip per longer word.
/// </summary>
public class CommandMatcherTests
{
    private static readonly RouteTable Routes = new World().Routes;

    [Theory]
    // "Tình hình" — the unit's standing.
    [InlineData("Tình hình đơn vị", RouteNames.Standing)]
    [InlineData("tinh hinh don vi", RouteNames.Standing)]
    [InlineData("Cho em xem tình hình đơn vị ạ", RouteNames.Standing)]
    [InlineData("tình hình thực hiện của đơn vị mình", RouteNames.Standing)]
    [InlineData("tinhf hinhf", RouteNames.Standing)]
    [InlineData("tình hìnhh", RouteNames.Standing)]
    [InlineData("tìnhhình", RouteNames.Standing)]
    [InlineData("hình tình", RouteNames.Standing)]
    [InlineData("Xem kết quả", RouteNames.Standing)]
    [InlineData("kết quả của đơn vị", RouteNames.Standing)]
    [InlineData("what is my status", RouteNames.Standing)]
    [InlineData("standing please", RouteNames.Standing)]
    // Target 1 — training.
    [InlineData("Nhập số liệu tập huấn", RouteNames.Training)]
    [InlineData("tap huan", RouteNames.Training)]
    [InlineData("báo cáo tập huấn", RouteNames.Training)]
    [InlineData("cập nhật học tập quán triệt", RouteNames.Training)]
    [InlineData("quán triệt", RouteNames.Training)]
    [InlineData("tập huấn ngay", RouteNames.Training)]
    [InlineData("taapj huaasn", RouteNames.Unknown)]
    [InlineData("tap huna", RouteNames.Training)]
    // Target 2 — the unit's plan.
    [InlineData("Gửi kế hoạch", RouteNames.UnitPlan)]
    [InlineData("cap nhat ke hoach don vi", RouteNames.UnitPlan)]
    [InlineData("kế hoạch của đơn vị", RouteNames.UnitPlan)]
    [InlineData("nhập kế hoạch", RouteNames.UnitPlan)]
    [InlineData("ke hoahc", RouteNames.UnitPlan)]
    // "Dân vận khéo" models.
    [InlineData("Đăng ký mô hình mới", RouteNames.Models)]
    [InlineData("mo hinh dan van kheo", RouteNames.Models)]
    [InlineData("dân vận khéo", RouteNames.Models)]
    [InlineData("mô hình dân vận khéo của đơn vị", RouteNames.Models)]
    [InlineData("mo hinhf", RouteNames.Models)]
    [InlineData("khéo dân vận", RouteNames.Models)]
    // The results report.
    [InlineData("Gửi báo cáo kết quả", RouteNames.Report)]
    [InlineData("nộp báo cáo", RouteNames.Report)]
    [InlineData("báo cáo kết quả thực hiện", RouteNames.Report)]
    [InlineData("bao cao ket qua", RouteNames.Report)]
    [InlineData("submit report", RouteNames.Report)]
    [InlineData("baos caos", RouteNames.Unknown)]
    // Deadlines: a question about a date is about the date, not the form.
    [InlineData("Cho em hỏi hạn nộp kế hoạch là khi nào ạ", RouteNames.Deadlines)]
    [InlineData("hạn nộp báo cáo", RouteNames.Deadlines)]
    [InlineData("khi nào hết hạn", RouteNames.Deadlines)]
    [InlineData("bao giờ phải nộp kế hoạch", RouteNames.Deadlines)]
    [InlineData("thoi han nop", RouteNames.Deadlines)]
    [InlineData("han chot", RouteNames.Deadlines)]
    [InlineData("deadline", RouteNames.Deadlines)]
    // Help and welcome.
    [InlineData("trợ giúp", RouteNames.Help)]
    [InlineData("giúp em với", RouteNames.Help)]
    [InlineData("hướng dẫn sử dụng", RouteNames.Help)]
    [InlineData("các lệnh", RouteNames.Help)]
    [InlineData("help me", RouteNames.Help)]
    [InlineData("Xin chào", RouteNames.Welcome)]
    [InlineData("chào bạn", RouteNames.Welcome)]
    // The office.
    [InlineData("Xem tổng hợp toàn Sở", RouteNames.Summary)]
    [InlineData("tonng hop", RouteNames.Summary)]
    [InlineData("số liệu tổng hợp", RouteNames.Summary)]
    [InlineData("xuất file excel", RouteNames.Export)]
    [InlineData("tải báo cáo", RouteNames.Export)]
    [InlineData("xuat bao cao", RouteNames.Export)]
    [InlineData("xem danh bạ", RouteNames.Roster)]
    [InlineData("quan ly don vi", RouteNames.Roster)]
    [InlineData("lịch sử thay đổi", RouteNames.History)]
    [InlineData("lich su", RouteNames.History)]
    [InlineData("nhắc hạn thử", RouteNames.RemindersPreview)]
    [InlineData("gửi nhắc hạn", RouteNames.RemindersSend)]
    [InlineData("nhac han", RouteNames.RemindersSend)]
    // Not a command: suggestions instead of a guess.
    [InlineData("báo cáo quý", RouteNames.Unknown)]
    [InlineData("kế hoạch năm sau", RouteNames.Unknown)]
    [InlineData("dân vận", RouteNames.Unknown)]
    [InlineData("thời tiết hôm nay thế nào", RouteNames.Unknown)]
    [InlineData("ok", RouteNames.Unknown)]
    [InlineData("cảm ơn", RouteNames.Unknown)]
    public void Reads_what_people_type(string said, string expected) =>
        Assert.Equal(expected, Routes.Words.Match(said)?.Name ?? RouteNames.Unknown);

    [Fact]
    public void The_table_has_at_least_sixty_phrasings() =>
        Assert.True(typeof(CommandMatcherTests).GetMethod(nameof(Reads_what_people_type))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Length >= 60);

    [Theory]
    [InlineData("báo cáo quý", RouteNames.Report)]
    [InlineData("dân vận", RouteNames.Models)]
    [InlineData("kế hoạch năm sau", RouteNames.UnitPlan)]
    [InlineData("tinh hnh", RouteNames.Standing)]
    [InlineData("hôm nay trời đẹp", null)] // "trời" is one letter from "thời" (hạn): a slip alone suggests nothing
    public void What_is_not_understood_is_offered_its_closest_commands(string said, string? first) =>
        Assert.Equal(first, Routes.Words.Suggest(said, r => r.Verbs.Count > 0).FirstOrDefault()?.Name);

    [Fact]
    public void The_same_text_always_gives_the_same_answer()
    {
        var again = new World().Routes;
        foreach (var said in new[] { "hạn nộp kế hoạch", "báo cáo tập huấn", "kết quả báo cáo", "xem" })
            Assert.Equal(Routes.Words.Match(said)?.Name, again.Words.Match(said)?.Name);
    }
}
