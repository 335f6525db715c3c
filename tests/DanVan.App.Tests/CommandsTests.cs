namespace DanVan.App.Tests;

public class CommandsTests
{
    [Theory]
    [InlineData("tập huấn", Command.Training)]
    [InlineData("tap huan", Command.Training)]
    [InlineData("TẬP HUẤN!", Command.Training)]
    [InlineData("  Tập   huấn ", Command.Training)]
    [InlineData("Học tập, quán triệt", Command.Training)]
    [InlineData("training", Command.Training)]
    [InlineData("trợ giúp", Command.Help)]
    [InlineData("tro giup", Command.Help)]
    [InlineData("Trợ giúp?", Command.Help)]
    [InlineData("help", Command.Help)]
    [InlineData("HELP", Command.Help)]
    [InlineData("?", Command.Help)]
    [InlineData("xin chào", Command.Welcome)]
    [InlineData("Xin chào!", Command.Welcome)]
    [InlineData("báo cáo", Command.Unknown)]
    [InlineData("tập huấn ngay", Command.Unknown)]
    [InlineData("", Command.Unknown)]
    [InlineData(null, Command.Unknown)]
    public void Parses(string? text, Command expected) => Assert.Equal(expected, Commands.Parse(text));

    [Theory]
    [InlineData("Đăng ký", "dang ky")]
    [InlineData("ĐỒNG Ý", "dong y")]
    [InlineData("đ", "d")]
    [InlineData(" Ủy  ban\tnhân dân. ", "uy ban nhan dan")]
    [InlineData("\"tập huấn\"", "tap huan")]
    [InlineData("Học tập, quán triệt", "hoc tap quan triet")]
    [InlineData("   ", "")]
    public void Normalizes(string text, string expected) => Assert.Equal(expected, Commands.Normalize(text));

    [Fact]
    public void Composed_and_decomposed_vietnamese_read_the_same() =>
        Assert.Equal(Commands.Normalize("tập huấn".Normalize(System.Text.NormalizationForm.FormD)), Commands.Normalize("tập huấn"));
}
