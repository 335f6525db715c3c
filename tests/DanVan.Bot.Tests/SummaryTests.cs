using System.Text.Json.Nodes;
using DanVan.Testing;
using static DanVan.Bot.Tests.OfficeDepartment;

namespace DanVan.Bot.Tests;

/// <summary>"Tổng hợp" over real HTTP and Azurite, against the seeded department of <see cref="OfficeDepartment"/>.</summary>
public sealed class SummaryTests : BotTest
{
    protected override IDictionary<string, string?>? Settings => OfficeDepartment.Settings;

    private async Task<JsonObject> SummaryCardAsync(TeamsUser user, string text = "tổng hợp")
    {
        var reply = Assert.Single(await SayAsync(user, text));
        return CardOf(reply) ?? throw new Xunit.Sdk.XunitException($"Expected a card, got: {Text(reply)}");
    }

    private static IReadOnlyList<(string Title, string Verb, string? Page)> Actions(JsonObject card) =>
        card["actions"]!.AsArray().Select(a => ((string)a!["title"]!, (string)a["verb"]!, (string?)a["data"]?["page"])).ToList();

    [Fact]
    public async Task The_office_reads_the_department_figures_per_target_and_who_lacks_what()
    {
        await SeedAsync(Bot);

        var card = await SummaryCardAsync(Office);
        var text = CardText(card);

        Assert.Contains("Tổng hợp toàn Sở — công tác dân vận chính quyền năm 2024", text);
        Assert.Contains("Số liệu lúc 09:00 20/10/2024, 4 đơn vị.", text);
        // Target 1: 2 of 4 units reported, 1 reached 100%, 145 of 150 staff trained (rounded: 96,7%).
        Assert.Contains("Đơn vị đã báo cáo\n2/4", text);
        Assert.Contains("Đơn vị đạt 100%\n1/4", text);
        Assert.Contains("145/150 (96,7%)", text);
        // Target 2: A on time, B late, C issued but not sent and D nothing.
        Assert.Contains("Gửi đúng hạn\n1/4", text);
        Assert.Contains("Gửi trễ hạn\n1/4", text);
        Assert.Contains("Chưa gửi\n2 (trong đó 1 đã ban hành, chưa gửi)", text);
        Assert.Contains("1/2 đơn vị đã báo cáo (50%)", text);
        Assert.Contains("Mô hình đã đăng ký\n2", text);
        Assert.Contains("Mô hình được công nhận\n2", text);
        Assert.Contains("Trong đó được khen thưởng\n1", text);
        Assert.Contains("Đơn vị chưa đủ 1 mô hình\n3/4", text);
        Assert.Contains("2/4 (1 đúng hạn, 1 trễ hạn)", text);
        Assert.Contains("Xuất sắc 1, Khá 1", text);
        Assert.Contains("Nhiệm vụ CCHC đã hoàn thành\n", text);
        Assert.Contains("- Hạng 1: Chi cục Kiểm lâm — ", text);
        Assert.Contains("- Chưa xếp hạng: Đội kiểm tra — 0%", text);
        // The department picture as Teams' stacked bar chart, with its plain-text fallback.
        var chart = Assert.Single(card["body"]!.AsArray(), e => (string?)e!["type"] == "Chart.HorizontalBar.Stacked")!;
        Assert.Equal(5, chart["data"]!.AsArray().Count);
        Assert.Equal("Container", (string?)chart["fallback"]!["type"]);

        Assert.Contains("Đơn vị chưa hoàn thành** — trang 1/1", text);
        Assert.Contains("**Kế hoạch của đơn vị** (hạn 20/04/2024): 2 đơn vị", text);
        Assert.Contains("- Đội kiểm tra: chưa báo cáo, quá hạn 183 ngày\n- Phòng Kế hoạch - Tài chính: đã ban hành, chưa gửi, quá hạn 183 ngày", text);
        Assert.Contains("**Học tập, quán triệt**: 3 đơn vị", text);
        Assert.Contains("- Chi cục Thủy lợi: mới đạt 90%, còn 5 người\n- Đội kiểm tra: chưa báo cáo\n- Phòng Kế hoạch - Tài chính: chưa báo cáo", text);
        Assert.Contains("**Mô hình “Dân vận khéo”**: 3 đơn vị\n- Chi cục Thủy lợi: chưa đăng ký mô hình nào", text);
        Assert.Contains("**Báo cáo kết quả** (hạn 15/10/2024): 2 đơn vị", text);
        Assert.Contains("- Đội kiểm tra: chưa báo cáo, quá hạn 5 ngày", text);
        Assert.DoesNotContain("giải thể", text);
        Assert.Equal([("Xuất báo cáo", "export.create", null), ("Tệp đã gửi", "files.show", null)], Actions(await SummaryCardAsync(Office, "tong hop")));
    }

    [Fact]
    public async Task The_leader_reads_it_too_by_command_without_diacritics_and_by_button()
    {
        await SeedAsync(Bot);

        Assert.Contains("145/150 (96,7%)", CardText(await SummaryCardAsync(Leader, "Tong hop")));
        var (card, replies) = await ClickAsync(Leader, "summary.show", new Dictionary<string, string?> { ["page"] = "1" });
        Assert.Contains("145/150 (96,7%)", CardText(card));
        Assert.Empty(replies);
    }

    [Fact]
    public async Task Help_lists_the_office_commands_for_the_office_only()
    {
        await SeedAsync(Bot);
        Assert.Contains("- **tổng hợp** — số liệu toàn Sở", Text(Assert.Single(await SayAsync(Leader, "trợ giúp"))));
        Assert.DoesNotContain("tổng hợp**", Text(Assert.Single(await SayAsync(Head, "trợ giúp"))));
    }

    [Fact]
    public async Task An_english_client_reads_the_english_fallback()
    {
        await SeedAsync(Bot);
        var card = await SummaryCardAsync(Office with { Locale = "en-US" }, "summary");
        Assert.Contains("Department summary", CardText(card));
    }

    [Fact]
    public async Task A_unit_head_is_refused_by_command_and_by_posting_the_card_verbs_and_sees_no_figures()
    {
        await SeedAsync(Bot);
        const string Refusal = "Tổng hợp toàn Sở và xuất báo cáo dành cho Văn phòng Sở và Lãnh đạo Sở. Gõ \"tình hình\" để xem tình hình và xếp hạng của đơn vị mình.";

        Assert.Equal([Refusal], (await SayAsync(Head, "tổng hợp")).Select(Text));
        Assert.Equal([Refusal], (await SayAsync(Head, "xuất báo cáo")).Select(Text));
        foreach (var verb in new[] { "summary.show", "export.create" })
        {
            var (card, replies) = await ClickAsync(Head, verb, new Dictionary<string, string?> { ["page"] = "2" });
            Assert.Equal(Refusal, CardText(card).Trim());
            Assert.Empty(replies);
        }
        // Their own standing still works.
        Assert.Contains("Tình hình", CardText(CardOf(Assert.Single(await SayAsync(Head, "tình hình")))));
    }

    [Fact]
    public async Task Someone_not_on_the_roster_is_told_to_contact_the_office()
    {
        await SeedAsync(Bot);
        var (card, _) = await ClickAsync(TeamsUser.Stranger, "summary.show", new Dictionary<string, string?>());
        Assert.Contains("chưa có trong danh sách", CardText(card));
    }

    [Fact]
    public async Task Many_units_page_ten_at_a_time_and_a_bad_page_number_gets_a_message()
    {
        await SeedAsync(Bot, extraEmptyUnits: 25); // 29 units lack training: three pages

        var first = await SummaryCardAsync(Office);
        Assert.Contains("trang 1/3", CardText(first));
        Assert.Equal([("Trang sau ▶", "summary.show", "2"), ("Xuất báo cáo", "export.create", null), ("Tệp đã gửi", "files.show", null)], Actions(first));
        // Each list shows its first ten: the unit plan list (D, C, then stations) reaches station 08.
        Assert.Contains("- Trạm số 08", CardText(first));
        Assert.DoesNotContain("- Trạm số 09", CardText(first));

        var (second, _) = await ClickAsync(Office, "summary.show", new Dictionary<string, string?> { ["page"] = "2" });
        Assert.Contains("trang 2/3", CardText(second));
        Assert.Contains("- Trạm số 09", CardText(second));
        Assert.Equal([("◀ Trang trước", "summary.show", "1"), ("Trang sau ▶", "summary.show", "3"), ("Xuất báo cáo", "export.create", null), ("Tệp đã gửi", "files.show", null)], Actions(second));

        // A page past the end (units reported since the card was drawn) shows the last page.
        var (last, _) = await ClickAsync(Office, "summary.show", new Dictionary<string, string?> { ["page"] = "99" });
        Assert.Contains("trang 3/3", CardText(last));

        foreach (var bad in new[] { "abc", "0", "-1", "1.5", " 2", "99999999999" })
        {
            var (card, _) = await ClickAsync(Office, "summary.show", new Dictionary<string, string?> { ["page"] = bad });
            Assert.Contains("Số trang không hợp lệ", CardText(card));
        }
    }
}
