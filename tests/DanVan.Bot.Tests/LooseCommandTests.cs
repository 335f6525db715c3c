using DanVan.Testing;

namespace DanVan.Bot.Tests;

/// <summary>Commands as people type them, over HTTP through the real host: loose words reach the right route, a
/// deadline question gets the plan's dates, and anything else gets buttons rather than a dead end.</summary>
public sealed class LooseCommandTests : BotTest
{
    [Fact]
    public async Task A_sentence_around_a_command_reaches_it()
    {
        var card = CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "Tình hình đơn vị")));

        Assert.Contains("Tình hình thực hiện — Chi cục Kiểm lâm", CardText(card));
    }

    [Fact]
    public async Task A_question_about_a_deadline_is_answered_with_the_plans_dates()
    {
        var card = CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "Cho em hỏi hạn nộp kế hoạch là khi nào ạ?")));

        var text = CardText(card);
        Assert.Contains("Các mốc thời hạn của kế hoạch năm 2024", text);
        Assert.Contains("20/04/2024", text);
        Assert.Contains("15/10/2024", text);
    }

    [Fact]
    public async Task The_deadlines_are_public_so_a_channel_gets_them_in_place()
    {
        var (status, _) = await Teams.SendAsync(TeamsChannel.InChannel(Teams.Message(TeamsUser.Alex, "hạn nộp")));
        Assert.Equal(200, status);

        var reply = Assert.Single(Connector.TakeAll());
        Assert.True(LoopbackConnector.PostedTo(reply, TeamsChannel.TeamId + ";messageid=1700000000000"), reply.ToJsonString());
        Assert.Empty(Connector.Created);
        Assert.Contains("20/04/2024", CardText(CardOf(reply)));
    }

    [Fact]
    public async Task Text_that_is_no_command_gets_buttons_to_the_closest_ones()
    {
        var card = CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "báo cáo quý")))!;

        Assert.Contains("chưa hiểu", CardText(card));
        Assert.Equal("report.open", (string?)card["actions"]![0]!["verb"]);
    }
}
