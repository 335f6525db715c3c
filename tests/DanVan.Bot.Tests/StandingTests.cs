using DanVan.Testing;

namespace DanVan.Bot.Tests;

public sealed class StandingTests : BotTest
{
    private static Dictionary<string, string?> Training(string total, string trained) => new()
    {
        ["totalStaff"] = total, ["trained"] = trained, ["sessions"] = "1", ["lastSessionDate"] = "2024-03-15", ["baseVersion"] = "",
    };

    [Fact]
    public async Task Tinh_hinh_shows_every_target_deadlines_and_the_units_rank()
    {
        var card = CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "tinh hinh")))!;
        var text = CardText(card);

        Assert.Contains("Tình hình thực hiện — Chi cục Kiểm lâm", text);
        Assert.Contains("Chỉ tiêu 1 — Học tập, quán triệt: chưa báo cáo", text);
        Assert.Contains("20/04/2024 — đã quá hạn 20 ngày", text);   // the clock says 10/05/2024
        Assert.Contains("15/10/2024 — còn 158 ngày", text);
        // Nobody has anything: all tie at 0%, which is no first place to boast of.
        Assert.Contains("Mức hoàn thành chung: 0% · chưa xếp hạng", text);
        Assert.DoesNotContain("xếp thứ", text);
        Assert.Contains("training.open", card["actions"]!.AsArray().Select(a => (string?)a!["verb"]));
    }

    [Fact]
    public async Task The_rank_counts_every_active_unit_and_follows_completion()
    {
        var other = new TeamsUser("29:binh", "33333333-0000-0000-0000-000000000000", "Nguyễn Thị Bình");
        await Bot.Storage.Roster.SeedAsync(new(false, [], [new(other.AadObjectId, null, other.Name, Domain.Roster.Role.UnitHead, "TTKN")]), default);

        await ClickAsync(other, "training.submit", Training("40", "40"));
        var (_, replies) = await ClickAsync(TeamsUser.Alex, "training.submit", Training("50", "45"));

        var standing = CardText(CardOf(replies[0]));
        Assert.Contains("Chỉ tiêu 1 — Học tập, quán triệt: đang thực hiện", standing);
        Assert.Contains("Còn 5 người chưa học tập, quán triệt (chỉ tiêu 100%).", standing);
        Assert.Contains("xếp thứ 2/15 đơn vị của Sở", standing);
    }

    [Fact]
    public async Task Units_at_the_same_completion_share_their_place_and_the_card_says_so()
    {
        var other = new TeamsUser("29:binh", "33333333-0000-0000-0000-000000000000", "Nguyễn Thị Bình");
        await Bot.Storage.Roster.SeedAsync(new(false, [], [new(other.AadObjectId, null, other.Name, Domain.Roster.Role.UnitHead, "TTKN")]), default);
        await ClickAsync(other, "training.submit", Training("50", "45"));
        await ClickAsync(TeamsUser.Alex, "training.submit", Training("50", "45"));

        var text = CardText(CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "tinh hinh")))!);

        Assert.Contains("đồng hạng 1/15 (cùng 2 đơn vị)", text);
    }

    [Fact]
    public async Task One_save_posts_exactly_one_message_besides_the_receipt_and_it_is_the_compact_standing()
    {
        var (receipt, replies) = await ClickAsync(TeamsUser.Alex, "training.submit", Training("50", "45"));
        await Task.Delay(300); // anything posted late (after the invoke answered) would reach the connector by now

        Assert.Contains("Đã ghi nhận số liệu học tập, quán triệt", CardText(receipt)); // the form became the receipt
        var message = Assert.Single(replies.Concat(Connector.TakeAll()));
        var card = CardOf(message)!;
        var text = CardText(card);
        Assert.Contains("Tình hình thực hiện — Chi cục Kiểm lâm", text);
        // Compact: bars, figures, what is missing and the rank; no deadline list.
        Assert.DoesNotContain("Thời hạn", text);
        Assert.DoesNotContain("20/04/2024 —", text);
        Assert.Contains("Đã học tập, quán triệt 45/50 người (90%).", text);
        Assert.Contains("Còn 5 người chưa học tập, quán triệt (chỉ tiêu 100%).", text);
        Assert.Contains("\"ColumnSet\"", card.ToJsonString());
    }

    [Fact]
    public async Task Lich_su_lists_the_units_changes_newest_first_with_before_and_after()
    {
        await ClickAsync(TeamsUser.Alex, "training.submit", Training("50", "45"));
        var (form, _) = await ClickAsync(TeamsUser.Alex, "training.open", new Dictionary<string, string?>());
        var edit = Training("50", "50");
        edit["baseVersion"] = (string?)form["actions"]![0]!["data"]!["baseVersion"];
        Bot.Clock.Advance(TimeSpan.FromMinutes(7));
        await ClickAsync(TeamsUser.Alex, "training.submit", edit);

        var text = CardText(CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "lịch sử"))));

        Assert.Contains("Lịch sử thay đổi — Chi cục Kiểm lâm", text);
        var newest = text.IndexOf("45/50 người, 1 buổi, buổi gần nhất 15/03/2024 → 50/50 người", StringComparison.Ordinal);
        var oldest = text.IndexOf("(mới) 45/50 người", StringComparison.Ordinal);
        Assert.True(newest >= 0 && oldest > newest, text);
        Assert.Contains("Alex Wilber", text);
    }

    [Fact]
    public async Task A_receipt_refreshes_itself_for_the_user_who_sent_it()
    {
        var (receipt, _) = await ClickAsync(TeamsUser.Alex, "training.submit", Training("50", "45"));

        Assert.Equal("training.refresh", (string?)receipt["refresh"]!["action"]!["verb"]);
        Assert.Equal(TeamsUser.Alex.Id, (string?)receipt["refresh"]!["userIds"]![0]);
        var (refreshed, replies) = await ClickAsync(TeamsUser.Alex, "training.refresh", new Dictionary<string, string?>());
        Assert.Contains("Đã ghi nhận số liệu học tập, quán triệt", CardText(refreshed));
        Assert.Empty(replies);
    }
}

public sealed class StandingDeadlineTests : BotTest
{
    [Fact]
    public async Task A_deadline_the_unit_met_reads_as_met_not_overdue()
    {
        await ClickAsync(TeamsUser.Alex, "unit-plan.submit", new Dictionary<string, string?>
        {
            ["issued"] = "true", ["planNumber"] = "12/KH-CCKL", ["issuedOn"] = "2024-04-05", ["sentOn"] = "2024-04-18", ["baseVersion"] = "",
        });

        var text = CardText(CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "tình hình"))));

        Assert.Contains("20/04/2024 — đã gửi đúng hạn", text);
        Assert.Contains("15/10/2024 — còn 158 ngày", text);
        Assert.Contains("✅ Chỉ tiêu 2", text);
    }
}
