using System.Text.Json.Nodes;
using DanVan.Domain.Models;
using DanVan.Domain.Repositories;
using DanVan.Testing;

namespace DanVan.Bot.Tests;

public sealed class ModelTests : BotTest
{
    private static readonly DanVanKheoModel Forest = new("Vận động Nhân dân tham gia bảo vệ rừng", ModelField.DefenceSecurity, true,
        new DateOnly(2022, 3, 1), "Thành lập tổ tự quản bảo vệ rừng ở 3 ấp.", null, 1200, ModelStatus.InProgress);

    private static Dictionary<string, string?> Form(string? modelId, string? baseVersion = "", params (string Field, string? Value)[] overrides)
    {
        var form = new Dictionary<string, string?>
        {
            ["name"] = " Vận động Nhân dân tham gia bảo vệ rừng ", ["field"] = "DefenceSecurity", ["newRuralArea"] = "true",
            ["startDate"] = "2022-03-01", ["description"] = "Thành lập tổ tự quản bảo vệ rừng ở 3 ấp.", ["results"] = "",
            ["beneficiaries"] = "1.200", ["status"] = "InProgress", ["modelId"] = modelId, ["baseVersion"] = baseVersion,
        };
        foreach (var (field, value) in overrides) form[field] = value;
        return form;
    }

    /// <summary>Presses "Đăng ký mô hình mới": the form comes back carrying a record id the server chose.</summary>
    private async Task<(JsonObject Form, string Id)> OpenNewAsync(TeamsUser? user = null)
    {
        var (form, replies) = await ClickAsync(user ?? TeamsUser.Alex, "model.open", new Dictionary<string, string?>());
        Assert.Empty(replies);
        return (form, (string)Submit(form)["data"]!["modelId"]!);
    }

    private async Task<string> RegisterAsync(params (string Field, string? Value)[] overrides)
    {
        var (_, id) = await OpenNewAsync();
        await ClickAsync(TeamsUser.Alex, "model.submit", Form(id, "", overrides));
        return id;
    }

    private async Task<IReadOnlyList<(string Item, Versioned<DanVanKheoModel> Value)>> StoredAsync(string unitId = "CCKL") =>
        (await Bot.Storage.Submissions.LoadUnitAsync("2024", unitId, default)).GetAll<DanVanKheoModel>(SubmissionItems.ModelPrefix);

    private static JsonObject Submit(JsonObject card) =>
        card["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "model.submit")!.AsObject();

    private static string? InputValue(JsonObject card, string id) =>
        card["body"]!.AsArray().SingleOrDefault(e => (string?)e!["id"] == id)?["value"]?.ToString();

    [Theory]
    [InlineData("mô hình")]
    [InlineData("mo hinh")]
    [InlineData("Dân vận khéo")]
    [InlineData("models")]
    public async Task The_command_shows_the_units_models_kindly_when_there_are_none(string command)
    {
        var card = CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, command)))!;

        Assert.Contains("Mô hình “Dân vận khéo” — Chi cục Kiểm lâm", CardText(card));
        Assert.Contains("Đơn vị chưa đăng ký mô hình “Dân vận khéo” nào.", CardText(card));
        var register = card["actions"]![0]!;
        Assert.Equal(("model.open", "Đăng ký mô hình mới"), ((string?)register["verb"], (string?)register["title"]));
        Assert.Null(register["data"]);
    }

    [Fact]
    public async Task Opening_the_register_form_mints_a_new_id_each_time_and_stores_nothing()
    {
        var (form, first) = await OpenNewAsync();
        var (_, second) = await OpenNewAsync();

        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.NotEqual(first, second);
        Assert.Contains("Đăng ký mô hình “Dân vận khéo” — Chi cục Kiểm lâm", CardText(form));
        Assert.Equal("", (string?)Submit(form)["data"]!["baseVersion"]);
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
    }

    [Fact]
    public async Task A_valid_registration_is_stored_the_card_becomes_a_receipt_and_the_bot_replies_with_the_standing()
    {
        var (_, id) = await OpenNewAsync();

        var (card, replies) = await ClickAsync(TeamsUser.Alex, "model.submit", Form(id));

        var stored = Assert.Single(await StoredAsync());
        Assert.Equal("model|" + id, stored.Item);
        Assert.Equal(Forest, stored.Value.Value);
        Assert.Equal("aad:00000000-0000-0000-0000-000000000020", stored.Value.Stamp.UserKey);
        Assert.Contains("Đã ghi nhận mô hình “Dân vận khéo”", CardText(card));
        Assert.Contains("01/03/2022", CardText(card));
        Assert.Equal([("model.open", id), ("model.list", null)],
            card["actions"]!.AsArray().Select(a => ((string?)a!["verb"], (string?)a["data"]?["modelId"])));
        Assert.Equal(("model.refresh", id), ((string?)card["refresh"]!["action"]!["verb"], (string?)card["refresh"]!["action"]!["data"]!["modelId"]));
        Assert.Single(replies); // the sentence and the standing card travel as one message
        Assert.Equal("Đã ghi nhận mô hình “Vận động Nhân dân tham gia bảo vệ rừng” (tình trạng: đang thực hiện). Đơn vị có 1 mô hình “Dân vận khéo” (yêu cầu: ít nhất 1).", Text(replies[0]));
        var standing = CardText(CardOf(replies[0]));
        Assert.Contains("Mô hình “Dân vận khéo”: đạt", standing);
        Assert.Contains("Đã đăng ký 1 mô hình (1 gắn với xây dựng nông thôn mới).", standing);
        Assert.Null(Assert.Single(await Bot.Storage.Submissions.HistoryAsync("2024", "CCKL", 10, default)).Before);
    }

    [Fact]
    public async Task A_double_click_or_retried_request_stores_one_model()
    {
        var (_, id) = await OpenNewAsync();
        await ClickAsync(TeamsUser.Alex, "model.submit", Form(id));

        var (card, replies) = await ClickAsync(TeamsUser.Alex, "model.submit", Form(id));
        var (third, _) = await ClickAsync(TeamsUser.Alex, "model.submit", Form(id));

        Assert.Contains("Đã ghi nhận mô hình", CardText(card));
        Assert.Contains("Đã ghi nhận mô hình", CardText(third));
        Assert.Empty(replies);
        Assert.Single(await StoredAsync());
        Assert.Single(await Bot.Storage.Submissions.HistoryAsync("2024", "CCKL", 10, default));
    }

    [Fact]
    public async Task Two_registrations_are_two_models_and_the_list_shows_both_with_edit_buttons()
    {
        var forest = await RegisterAsync();
        var roads = await RegisterAsync(("name", "Vận động hiến đất làm đường nội đồng"), ("field", "Economy"),
            ("startDate", "15/02/2024"), ("status", "Recognised"), ("newRuralArea", "false"), ("beneficiaries", "350"));

        var card = CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "mo hinh")))!;

        Assert.Equal(2, (await StoredAsync()).Count);
        var text = CardText(card);
        Assert.Contains("Đơn vị có 2 mô hình “Dân vận khéo” (yêu cầu: ít nhất 1).", text);
        Assert.Contains("Kinh tế · Được công nhận · bắt đầu 15/02/2024 · 350 người hưởng lợi", text);
        Assert.Contains("Quốc phòng - an ninh · Đang thực hiện · bắt đầu 01/03/2022 · 1.200 người hưởng lợi · gắn với xây dựng nông thôn mới", text);
        var edits = card["body"]!.AsArray().SelectMany(e => e!["items"]?.AsArray() ?? [])
            .Where(e => (string?)e!["type"] == "ActionSet").Select(e => e!["actions"]![0]!).ToList();
        Assert.Equal([roads, forest], edits.Select(e => (string?)e["data"]!["modelId"]));
        Assert.All(edits, e => Assert.Equal("model.open", (string?)e["verb"]));
    }

    public static TheoryData<string, (string, string?)[], string> BadInputs => new()
    {
        { "no name", [("name", "  ")], "Vui lòng nhập mục này." },
        { "name too long", [("name", new string('Ệ', 201))], "Quá dài (tối đa 200 ký tự)." },
        { "unknown field", [("field", "Nông nghiệp")], "Vui lòng chọn một giá trị trong danh sách." },
        { "field as a number", [("field", "1")], "Vui lòng chọn một giá trị trong danh sách." },
        { "toggle garbage", [("newRuralArea", "có lẽ")], "Vui lòng chọn một giá trị trong danh sách." },
        { "no start date", [("startDate", "")], "Vui lòng nhập mục này." },
        { "start date malformed", [("startDate", "31/02/2024")], "Ngày không hợp lệ" },
        { "start date too early", [("startDate", "2014-12-31")], "Ngày không được trước ngày 01/01/2015." },
        { "start date in the future", [("startDate", "2024-05-11")], "Ngày không được sau hôm nay." },
        { "no description", [("description", "")], "Vui lòng nhập mục này." },
        { "description too long", [("description", new string('x', 2001))], "Quá dài (tối đa 2.000 ký tự)." },
        { "results too long", [("results", new string('x', 2001))], "Quá dài (tối đa 2.000 ký tự)." },
        { "beneficiaries not a number", [("beneficiaries", "nhiều")], "Vui lòng nhập một số nguyên, ví dụ 45." },
        { "beneficiaries negative", [("beneficiaries", "-1")], "Không được là số âm." },
        { "beneficiaries absurd", [("beneficiaries", "1000001")], "Số quá lớn (tối đa 1.000.000)." },
        { "unknown status", [("status", "Approved")], "Vui lòng chọn một giá trị trong danh sách." },
        { "no status", [("status", null)], "Vui lòng nhập mục này." },
        { "control character in the name", [("name", "A\u0001B")], "Có ký tự điều khiển không hiển thị" },
        { "Word's Shift+Enter in the description", [("description", "x\u000By")], "Có ký tự điều khiển không hiển thị" },
    };

    [Theory, MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_explained_on_the_card_in_vietnamese_and_nothing_is_stored(
        string why, (string, string?)[] overrides, string message)
    {
        var (_, id) = await OpenNewAsync();

        var card = await AssertRefusedAsync("model.submit", Form(id, "", overrides), message, why);

        Assert.Equal(id, (string?)Submit(card)["data"]!["modelId"]);   // fixing and resending still names the same record
    }

    [Theory]
    [InlineData("model.open", "0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("model.open", "../training")]
    [InlineData("model.refresh", "")]
    [InlineData("model.submit", "0123456789abcdef0123456789abcde")]
    [InlineData("model.submit", "0123456789abcdef0123456789abcdef|x")]
    [InlineData("model.submit", null)]
    public async Task A_malformed_model_id_is_refused_and_nothing_is_stored(string verb, string? id)
    {
        var (card, replies) = await ClickAsync(TeamsUser.Alex, verb, Form(id));

        Assert.Contains("Thao tác này không hợp lệ", CardText(card));
        Assert.Empty(replies);
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
    }

    [Fact]
    public async Task A_submit_that_names_no_model_is_refused_rather_than_stored_as_a_new_one()
    {
        var form = Form(null);
        form.Remove("modelId");

        var (card, _) = await ClickAsync(TeamsUser.Alex, "model.submit", form);

        Assert.Contains("Thao tác này không hợp lệ", CardText(card));
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
    }

    [Fact]
    public async Task Editing_reopens_the_stored_model_and_replaces_it_with_the_change_in_the_history()
    {
        var id = await RegisterAsync();
        var (form, _) = await ClickAsync(TeamsUser.Alex, "model.open", new Dictionary<string, string?> { ["modelId"] = id });
        Assert.Contains("Cập nhật mô hình “Dân vận khéo” — Chi cục Kiểm lâm", CardText(form));
        Assert.Equal("Vận động Nhân dân tham gia bảo vệ rừng", InputValue(form, "name"));
        Assert.Equal("InProgress", InputValue(form, "status"));
        var version = (string?)Submit(form)["data"]!["baseVersion"];
        Assert.False(string.IsNullOrEmpty(version));

        var (_, replies) = await ClickAsync(TeamsUser.Alex, "model.submit", Form(id, version, ("status", "Awarded"), ("results", "Không xảy ra cháy rừng.")));

        Assert.Equal("Đã ghi nhận mô hình “Vận động Nhân dân tham gia bảo vệ rừng” (tình trạng: được khen thưởng). Đơn vị có 1 mô hình “Dân vận khéo” (yêu cầu: ít nhất 1).", Text(replies[0]));
        var stored = Assert.Single(await StoredAsync());
        Assert.Equal(Forest with { Status = ModelStatus.Awarded, Results = "Không xảy ra cháy rừng." }, stored.Value.Value);
        var history = CardText(CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "lịch sử"))));
        Assert.Contains("Vận động Nhân dân tham gia bảo vệ rừng (tình trạng: đang thực hiện)", history);
        Assert.Contains("→ Vận động Nhân dân tham gia bảo vệ rừng (tình trạng: được khen thưởng)", history);
        Assert.Contains("Không xảy ra cháy rừng.", history); // a field the old summary (name and status) left out
        Assert.Contains("Mô hình “Dân vận khéo”", history);
    }

    [Fact]
    public async Task An_edit_of_only_the_beneficiaries_shows_them_changing_in_the_history()
    {
        var id = await RegisterAsync();
        var (form, _) = await ClickAsync(TeamsUser.Alex, "model.open", new Dictionary<string, string?> { ["modelId"] = id });
        var version = (string?)Submit(form)["data"]!["baseVersion"];

        await ClickAsync(TeamsUser.Alex, "model.submit", Form(id, version, ("beneficiaries", "1.500")));

        var history = CardText(CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "lịch sử"))));
        var change = history.Split('\n').Single(l => l.Contains(" → ", StringComparison.Ordinal));
        var (before, after) = (change[..change.IndexOf(" → ", StringComparison.Ordinal)], change[(change.IndexOf(" → ", StringComparison.Ordinal) + 3)..]);
        Assert.NotEqual(before, after);
        Assert.Contains("1.200", before);
        Assert.Contains("1.500", after);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_shows_the_current_values_beside_what_was_typed()
    {
        var id = await RegisterAsync();
        var (form, _) = await ClickAsync(TeamsUser.Alex, "model.open", new Dictionary<string, string?> { ["modelId"] = id });
        var version = (string?)Submit(form)["data"]!["baseVersion"];
        await ClickAsync(TeamsUser.Alex, "model.submit", Form(id, version, ("status", "Recognised")));   // someone saved first

        var (card, replies) = await ClickAsync(TeamsUser.Alex, "model.submit", Form(id, version, ("beneficiaries", "99")));

        Assert.Contains("vừa được Alex Wilber cập nhật", CardText(card));
        Assert.Contains("Đang lưu:", CardText(card));
        Assert.Equal("99", InputValue(card, "beneficiaries")); // what was typed is kept
        Assert.NotEqual("Recognised", InputValue(card, "status"));
        Assert.Empty(replies);
        Assert.Equal(Forest with { Status = ModelStatus.Recognised }, Assert.Single(await StoredAsync()).Value.Value);
    }

    [Fact]
    public async Task The_unit_comes_from_the_users_identity_never_from_card_data()
    {
        var (_, id) = await OpenNewAsync();
        var tampered = Form(id);
        tampered["unitId"] = "VP";
        tampered["unit"] = "VP";

        var (card, _) = await ClickAsync(TeamsUser.Alex, "model.submit", tampered);

        // Refused outright: a card naming another unit was tampered with, so nothing of it is stored anywhere.
        Assert.Contains("chỉ được xem và cập nhật số liệu của đơn vị mình", CardText(card));
        Assert.Empty(await StoredAsync("CCKL"));
        Assert.Equal(0, await UnitRowsAsync("VP"));
    }

    [Fact]
    public async Task Another_units_model_id_reaches_only_the_callers_own_unit()
    {
        var binh = new TeamsUser("29:binh", "33333333-0000-0000-0000-000000000000", "Nguyễn Thị Bình");
        await Bot.Storage.Roster.SeedAsync(new(false, [], [new(binh.AadObjectId, null, binh.Name, Domain.Roster.Role.UnitHead, "TTKN")]), default);
        var (_, theirs) = await OpenNewAsync(binh);
        await ClickAsync(binh, "model.submit", Form(theirs, "", ("name", "Mô hình của Trung tâm Khuyến nông")));

        var (form, _) = await ClickAsync(TeamsUser.Alex, "model.open", new Dictionary<string, string?> { ["modelId"] = theirs });
        await ClickAsync(TeamsUser.Alex, "model.submit", Form(theirs));

        Assert.DoesNotContain("Mô hình của Trung tâm Khuyến nông", CardText(form));
        Assert.Equal("Mô hình của Trung tâm Khuyến nông", Assert.Single(await StoredAsync("TTKN")).Value.Value.Name);
        Assert.Equal(Forest, Assert.Single(await StoredAsync("CCKL")).Value.Value);
    }

    [Fact]
    public async Task The_standing_shows_the_models_line_and_its_button_opens_the_list()
    {
        var before = CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "tinh hinh")))!;
        Assert.Contains("Mô hình “Dân vận khéo”: chưa báo cáo", CardText(before));
        Assert.Contains("Cần ít nhất 1 mô hình.", CardText(before));
        Assert.Contains("model.list", before["actions"]!.AsArray().Select(a => (string?)a!["verb"]));

        await RegisterAsync(("status", "Recognised"));
        var (list, _) = await ClickAsync(TeamsUser.Alex, "model.list", new Dictionary<string, string?>());

        Assert.Contains("Đơn vị có 1 mô hình “Dân vận khéo” (yêu cầu: ít nhất 1).", CardText(list));
        var after = CardText(CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "tinh hinh"))));
        Assert.Contains("Mô hình “Dân vận khéo”: đạt", after);
        Assert.Contains("Đã đăng ký 1 mô hình (1 được công nhận, 1 gắn với xây dựng nông thôn mới).", after);
    }

    [Fact]
    public async Task A_receipt_refreshes_to_the_current_model()
    {
        var id = await RegisterAsync();

        var (refreshed, replies) = await ClickAsync(TeamsUser.Alex, "model.refresh", new Dictionary<string, string?> { ["modelId"] = id });

        Assert.Contains("Đã ghi nhận mô hình “Dân vận khéo”", CardText(refreshed));
        Assert.Contains("Vận động Nhân dân tham gia bảo vệ rừng", CardText(refreshed));
        Assert.Empty(replies);
    }

    [Fact]
    public async Task An_unknown_model_verb_is_refused_and_nothing_is_stored()
    {
        var (_, id) = await OpenNewAsync();

        var (card, _) = await ClickAsync(TeamsUser.Alex, "model.delete", Form(id));

        Assert.Contains("không hợp lệ", CardText(card));
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
    }

    [Fact]
    public async Task Help_mentions_the_models_command() =>
        Assert.Contains("**mô hình**", Text(Assert.Single(await SayAsync(TeamsUser.Alex, "trợ giúp"))));
}
