using System.Text;
using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Models;
using DanVan.Domain.Plans;
using F = DanVan.Domain.Models.ModelFields;
using M = DanVan.Cards.Tests.ModelTestData;
using DanVan.Domain.Progress;

namespace DanVan.Cards.Tests;

public class ModelCardTests
{
    private static Json.Card Card(string name) => TestData.AllCards()["vi/" + name];

    [Fact]
    public void A_new_form_registers_under_the_id_it_carries_with_an_empty_base_version()
    {
        var actions = CardJson.OfType(Card("model-form-new"), "Action.").ToList();

        Assert.Equal([ModelCards.SubmitVerb, ModelCards.ListVerb], actions.Select(a => (string?)a["verb"]));
        Assert.Equal((M.Id, ""), ((string?)actions[0]["data"]?[F.Id], (string?)actions[0]["data"]?[Verbs.BaseVersion]));
        Assert.Equal(["Lưu mô hình", "Danh sách mô hình"], actions.Select(a => (string?)a["title"]));
    }

    [Fact]
    public void A_new_form_is_titled_for_registering_and_states_the_plans_minimum()
    {
        var texts = CardJson.TextBlocks(Card("model-form-new")).ToList();

        Assert.Equal("Đăng ký mô hình “Dân vận khéo” — Chi cục Kiểm lâm", texts[0]);
        Assert.Equal("Mỗi đơn vị xây dựng ít nhất 1 mô hình “Dân vận khéo”; khuyến khích mô hình gắn với xây dựng nông thôn mới.", texts[1]);
    }

    [Fact]
    public void A_new_form_has_every_field_empty_but_the_status_registered()
    {
        var card = Card("model-form-new");

        Assert.Equal(F.All, CardJson.OfType(card, "Input.").Select(i => (string?)i["id"]));
        Assert.All(F.All.Except([F.NewRuralArea, F.Status]), id => Assert.Null(CardJson.Input(card, id)["value"]));
        Assert.Equal("false", (string?)CardJson.Input(card, F.NewRuralArea)["value"]);
        Assert.Equal("Registered", (string?)CardJson.Input(card, F.Status)["value"]);
    }

    [Fact]
    public void The_start_date_may_be_before_the_plan_year()
    {
        var date = CardJson.Input(Card("model-form-new"), F.StartDate);

        Assert.Equal(("2015-01-01", "2024-12-31"), ((string?)date["min"], (string?)date["max"]));
        Assert.Equal("Vui lòng chọn ngày bắt đầu, từ năm 2015 đến hôm nay.", (string?)date["errorMessage"]);
    }

    [Fact]
    public void Offers_the_four_fields_and_four_statuses_of_the_plan()
    {
        var card = Card("model-form-new");
        string[] Titles(string id) => CardJson.Input(card, id)["choices"]!.AsArray().Select(c => (string)c!["title"]!).ToArray();

        Assert.Equal(["Kinh tế", "Văn hóa - xã hội", "Quốc phòng - an ninh", "Xây dựng hệ thống chính trị"], Titles(F.Field));
        Assert.Equal(["Đã đăng ký", "Đang thực hiện", "Được công nhận", "Được khen thưởng"], Titles(F.Status));
        Assert.Equal(["Economy", "CultureSociety", "DefenceSecurity", "PoliticalSystem"],
            CardJson.Input(card, F.Field)["choices"]!.AsArray().Select(c => (string)c!["value"]!));
    }

    [Fact]
    public void An_edit_form_is_prefilled_and_carries_the_version()
    {
        var card = Card("model-form-filled");

        Assert.Equal("Cập nhật mô hình “Dân vận khéo” — Chi cục Kiểm lâm", CardJson.TextBlocks(card).First());
        Assert.Equal(M.Forest.Name, (string?)CardJson.Input(card, F.Name)["value"]);
        Assert.Equal("DefenceSecurity", (string?)CardJson.Input(card, F.Field)["value"]);
        Assert.Equal("true", (string?)CardJson.Input(card, F.NewRuralArea)["value"]);
        Assert.Equal("2022-03-01", (string?)CardJson.Input(card, F.StartDate)["value"]);
        Assert.Equal(1200, (int?)CardJson.Input(card, F.Beneficiaries)["value"]);
        Assert.Equal("Recognised", (string?)CardJson.Input(card, F.Status)["value"]);
        Assert.Equal(TestData.Version, (string?)CardJson.OfType(card, "Action.").First()["data"]?[Verbs.BaseVersion]);
    }

    [Theory]
    [InlineData(F.Name, "Quá dài (tối đa 200 ký tự).")]
    [InlineData(F.Field, "Vui lòng chọn một giá trị trong danh sách.")]
    [InlineData(F.StartDate, "Ngày không được trước ngày 01/01/2015.")]
    [InlineData(F.Description, "Vui lòng nhập mục này.")]
    [InlineData(F.Results, "Quá dài (tối đa 2.000 ký tự).")]
    [InlineData(F.Beneficiaries, "Số quá lớn (tối đa 1.000.000).")]
    [InlineData(F.Status, "Vui lòng chọn một giá trị trong danh sách.")]
    public void Shows_each_error_right_under_its_input(string field, string expected)
    {
        var body = CardJson.Body(Card("model-form-errors"));
        var index = body.Select((e, i) => (e, i)).Single(x => (string?)x.e!["id"] == field).i;

        Assert.Equal(expected, (string?)body[index + 1]!["text"]);
        Assert.Equal("Attention", (string?)body[index + 1]!["color"]);
    }

    [Fact]
    public void The_receipt_lists_the_model_and_offers_edit_and_the_list()
    {
        var card = Card("model-receipt");

        Assert.Equal("Đã ghi nhận mô hình “Dân vận khéo”", CardJson.TextBlocks(card).First());
        Assert.Equal(
            [
                ("Tên mô hình", M.Forest.Name),
                ("Lĩnh vực", "Quốc phòng - an ninh"),
                ("Gắn với xây dựng nông thôn mới", "Có"),
                ("Ngày bắt đầu thực hiện", "01/03/2022"),
                ("Số người được hưởng lợi", "1.200 người"),
                ("Tình trạng", "Được công nhận"),
            ],
            CardJson.Facts(card));
        Assert.Contains(M.Forest.Description, CardJson.TextBlocks(card));
        Assert.Contains("**Kết quả đạt được (nếu có)**", CardJson.TextBlocks(card));
        Assert.Contains("Alex Wilber cập nhật lúc 09:15 10/05/2024.", CardJson.TextBlocks(card));
        var actions = CardJson.OfType(card, "Action.").ToList();
        Assert.Equal([("Sửa", ModelCards.OpenVerb, M.Id), ("Danh sách mô hình", ModelCards.ListVerb, null)],
            actions.Select(a => ((string?)a["title"], (string?)a["verb"], (string?)a["data"]?[F.Id])));
    }

    [Fact]
    public void A_receipt_without_results_leaves_them_out() =>
        Assert.DoesNotContain("**Kết quả đạt được (nếu có)**", CardJson.TextBlocks(Card("model-receipt-no-results")));

    [Fact]
    public void An_empty_list_says_so_and_offers_to_register()
    {
        var card = Card("model-list-empty");

        Assert.Equal(
            ["Mô hình “Dân vận khéo” — Chi cục Kiểm lâm",
             "Đơn vị chưa đăng ký mô hình “Dân vận khéo” nào. Kế hoạch yêu cầu mỗi đơn vị có ít nhất 1 mô hình — bấm “Đăng ký mô hình mới” để bắt đầu."],
            CardJson.TextBlocks(card));
        var actions = CardJson.OfType(card, "Action.").ToList();
        Assert.Equal([("Đăng ký mô hình mới", ModelCards.OpenVerb), ("Tình hình", Verbs.Standing)],
            actions.Select(a => ((string?)a["title"], (string?)a["verb"])));
        Assert.Null(actions[0]["data"]);                  // no model id: the server mints one
    }

    [Fact]
    public void The_list_shows_each_model_most_recently_started_first_with_its_own_edit_button()
    {
        var card = Card("model-list");
        var texts = CardJson.TextBlocks(card).ToList();

        Assert.Equal("Đơn vị có 3 mô hình “Dân vận khéo” (yêu cầu: ít nhất 1).", texts[1]);
        Assert.Equal(
            [
                "**" + M.Roads.Name + "**",
                "Kinh tế · Đang thực hiện · bắt đầu 15/02/2024 · 350 người hưởng lợi · gắn với xây dựng nông thôn mới",
                "**" + M.Forest.Name + "**",
                "Quốc phòng - an ninh · Được công nhận · bắt đầu 01/03/2022 · 1.200 người hưởng lợi · gắn với xây dựng nông thôn mới",
                "**Tiếp công dân “4 không”**",
                "Xây dựng hệ thống chính trị · Đã đăng ký · bắt đầu 01/09/2019 · 0 người hưởng lợi",
            ],
            texts.Skip(2));
        var edits = CardJson.OfType(card, "ActionSet").Select(s => Assert.Single(s["actions"]!.AsArray())!).ToList();
        Assert.All(edits, e => Assert.Equal(("Sửa", ModelCards.OpenVerb), ((string?)e["title"], (string?)e["verb"])));
        Assert.Equal([1.ToString("x32"), 0.ToString("x32"), 2.ToString("x32")], edits.Select(e => (string?)e["data"]![F.Id]));
    }

    [Fact]
    public void A_long_list_is_capped_says_how_many_more_and_stays_small()
    {
        var card = Card("model-list-many-longest");

        Assert.Equal(ModelCards.MaxShown, CardJson.OfType(card, "ActionSet").Count());
        Assert.Equal("Còn 55 mô hình khác chưa hiển thị (danh sách chỉ hiện 20 mô hình bắt đầu gần đây nhất).", CardJson.TextBlocks(card).Last());
        Assert.Contains("**" + new string('Ệ', 119) + "…**", CardJson.TextBlocks(card));
        Assert.True(Encoding.UTF8.GetByteCount(card.ToString()) < 28 * 1024);
    }

    [Theory]
    [InlineData("👨‍👩‍👧")]
    [InlineData("🇻🇳")]
    public void The_120_character_clip_of_a_name_never_cuts_an_emoji_in_half(string emoji)
    {
        // 117 letters, then the emoji across the clip point (the 120th UTF-16 unit is inside it), then more.
        var name = new string('a', 117) + emoji + " thêm chữ";
        var model = M.Forest with { Name = name };

        var card = ModelCards.List(TestData.Vi, TestData.Unit, [(M.Id, model)], ModelStanding.Of([model], TestData.Plan.Models));

        var shown = CardJson.TextBlocks(card).Single(t => t.Contains("aaaa"));
        Assert.True(shown.Contains(new string('a', 117) + "…") || shown.Contains(emoji + "…"), shown);
        Assert.DoesNotContain(shown, c => char.IsSurrogate(c) && !shown.Contains(emoji));
        Assert.True(System.Globalization.StringInfo.GetTextElementEnumerator(shown) is var e && Elements(e).All(el => el.Length > 1 || !char.IsSurrogate(el[0])), shown);
    }

    private static IEnumerable<string> Elements(System.Globalization.TextElementEnumerator e)
    {
        while (e.MoveNext()) yield return (string)e.Current;
    }

    [Fact]
    public void Below_the_minimum_the_list_says_what_is_missing()
    {
        var plan = TestData.Plan with { Models = new ModelSettings(3) };
        var card = ModelCards.List(TestData.Vi, TestData.Unit, [(M.Id, M.Forest)], ModelStanding.Of([M.Forest], plan.Models));

        Assert.Contains("Cần ít nhất 3 mô hình — còn thiếu 2.", CardJson.TextBlocks(card));
    }

    public static TheoryData<int, int, string, ProgressStatus, string, string?> Lines => new()
    {
        { 0, 1, "", ProgressStatus.Missing, "Chưa đăng ký mô hình nào.", "Cần ít nhất 1 mô hình." },
        { 2, 1, "RN", ProgressStatus.Met, "Đã đăng ký 2 mô hình (1 được công nhận, 1 gắn với xây dựng nông thôn mới).", null },
        { 1, 2, "I", ProgressStatus.InProgress, "Đã đăng ký 1 mô hình.", "Cần ít nhất 2 mô hình — còn thiếu 1." },
        { 3, 1, "RAN", ProgressStatus.Met, "Đã đăng ký 3 mô hình (1 được công nhận, 1 được khen thưởng, 1 gắn với xây dựng nông thôn mới).", null },
    };

    /// <summary><paramref name="kinds"/>: one model per letter — R recognised, A awarded, N tied to nông thôn mới, I in progress.</summary>
    [Theory, MemberData(nameof(Lines))]
    public void The_standing_line_counts_models_against_the_minimum(int count, int min, string kinds, ProgressStatus status, string detail, string? missing)
    {
        var models = kinds.Select(k => M.Roads with
        {
            Status = k switch { 'R' => ModelStatus.Recognised, 'A' => ModelStatus.Awarded, _ => ModelStatus.InProgress },
            NewRuralArea = k == 'N',
        }).ToList();
        Assert.Equal(count, models.Count);

        var line = ModelCards.Line(TestData.Vi, ModelStanding.Of(models, new ModelSettings(min)));

        Assert.Equal(new StandingLine(null, "Mô hình “Dân vận khéo”", status, Math.Min(1m, (decimal)count / min), detail, missing, "model.list"), line);
    }

    [Fact]
    public void Says_what_was_saved_in_both_languages()
    {
        Assert.Equal("Đã ghi nhận mô hình “Tiếp công dân” (tình trạng: đang thực hiện).",
            TestData.Vi.ModelSaved("Tiếp công dân", TestData.Vi.StatusName(ModelStatus.InProgress)));
        Assert.Equal("Model “Tiếp công dân” received (status: awarded).",
            Texts.English.ModelSaved("Tiếp công dân", Texts.English.StatusName(ModelStatus.Awarded)));
    }
}
