using DanVan.Cards;
namespace DanVan.App.Tests;

public class CommandsTests
{
    private static readonly Routing.RouteTable Routes = new World().Routes;

    /// <summary>The route a typed message reaches, as ConversationService looks it up.</summary>
    internal static string Parse(string? text) => Routes.Words.Match(text)?.Name ?? RouteNames.Unknown;

    [Theory]
    [InlineData("tập huấn", RouteNames.Training)]
    [InlineData("tap huan", RouteNames.Training)]
    [InlineData("TẬP HUẤN!", RouteNames.Training)]
    [InlineData("  Tập   huấn ", RouteNames.Training)]
    [InlineData("Học tập, quán triệt", RouteNames.Training)]
    [InlineData("training", RouteNames.Training)]
    [InlineData("trợ giúp", RouteNames.Help)]
    [InlineData("tro giup", RouteNames.Help)]
    [InlineData("Trợ giúp?", RouteNames.Help)]
    [InlineData("help", RouteNames.Help)]
    [InlineData("HELP", RouteNames.Help)]
    [InlineData("?", RouteNames.Help)]
    [InlineData("xin chào", RouteNames.Welcome)]
    [InlineData("Xin chào!", RouteNames.Welcome)]
    [InlineData("ke hoach", RouteNames.UnitPlan)]
    [InlineData("Kế hoạch", RouteNames.UnitPlan)]
    [InlineData("kế hoạch đơn vị", RouteNames.UnitPlan)]
    [InlineData("plan", RouteNames.UnitPlan)]
    [InlineData("mô hình", RouteNames.Models)]
    [InlineData("mo hinh", RouteNames.Models)]
    [InlineData("\"Dân vận khéo\"", RouteNames.Models)]
    [InlineData("“Dân vận khéo”", RouteNames.Models)]
    [InlineData("Mô hình \"Dân vận khéo\"", RouteNames.Models)]
    [InlineData("models", RouteNames.Models)]
    [InlineData("báo cáo", RouteNames.Report)]
    [InlineData("Báo cáo kết quả", RouteNames.Report)]
    [InlineData("bao cao", RouteNames.Report)]
    [InlineData("report", RouteNames.Report)]
    [InlineData("tình hình", RouteNames.Standing)]
    [InlineData("tinh hinh", RouteNames.Standing)]
    [InlineData("Tình hình?", RouteNames.Standing)]
    [InlineData("status", RouteNames.Standing)]
    [InlineData("standing", RouteNames.Standing)]
    [InlineData("lịch sử", RouteNames.History)]
    [InlineData("lich su", RouteNames.History)]
    [InlineData("LỊCH SỬ", RouteNames.History)]
    [InlineData("history", RouteNames.History)]
    [InlineData("báo cáo quý", RouteNames.Unknown)]
    [InlineData("kế hoạch năm sau", RouteNames.Unknown)]
    [InlineData("dân vận", RouteNames.Unknown)]
    [InlineData("", RouteNames.Unknown)]
    [InlineData(null, RouteNames.Unknown)]
    public void Parses(string? text, string expected) => Assert.Equal(expected, CommandsTests.Parse(text));

    [Theory]
    [InlineData("Đăng ký", "dang ky")]
    [InlineData("ĐỒNG Ý", "dong y")]
    [InlineData("đ", "d")]
    [InlineData(" Ủy  ban\tnhân dân. ", "uy ban nhan dan")]
    [InlineData("\"tập huấn\"", "tap huan")]
    [InlineData("Học tập, quán triệt", "hoc tap quan triet")]
    [InlineData("Mô hình “Dân vận khéo”", "mo hinh dan van kheo")]
    [InlineData("Lịch sử!", "lich su")]
    [InlineData("   ", "")]
    public void Normalizes(string text, string expected) => Assert.Equal(expected, Commands.Normalize(text));

    [Fact]
    public void Composed_and_decomposed_vietnamese_read_the_same() =>
        Assert.Equal(Commands.Normalize("tập huấn".Normalize(System.Text.NormalizationForm.FormD)), Commands.Normalize("tập huấn"));
}
