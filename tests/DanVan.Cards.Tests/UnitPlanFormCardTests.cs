using D = DanVan.Cards.Tests.UnitPlanTestData;
using F = DanVan.Domain.UnitPlans.UnitPlanFields;

namespace DanVan.Cards.Tests;

public class UnitPlanFormCardTests
{
    private static readonly IReadOnlyDictionary<string, Json.Card> Cards = TestData.AllCards();

    [Fact]
    public void Shows_the_unit_target_2_and_the_deadline()
    {
        var texts = CardJson.TextBlocks(Cards["vi/unit-plan/form-empty"]).ToList();

        Assert.Equal("Kế hoạch công tác dân vận chính quyền — Chi cục Kiểm lâm", texts[0]);
        Assert.StartsWith("Chỉ tiêu 2: 100% cơ quan, đơn vị xây dựng Kế hoạch", texts[1]);
        Assert.Equal("Hạn gửi kế hoạch về Văn phòng Sở: 20/04/2024.", texts[2]);
    }

    [Fact]
    public void Has_the_inputs_in_order_with_vietnamese_labels()
    {
        var inputs = CardJson.OfType(Cards["vi/unit-plan/form-empty"], "Input.")
            .Select(i => ((string)i["id"]!, (string)i["type"]!, (string?)i["label"] ?? (string?)i["title"])).ToList();

        Assert.Equal(
            [
                (F.Issued, "Input.Toggle", "Đơn vị đã ban hành kế hoạch"),
                (F.Number, "Input.Text", "Số kế hoạch (bắt buộc khi đã ban hành)"),
                (F.IssuedOn, "Input.Date", "Ngày ban hành (bắt buộc khi đã ban hành)"),
                (F.SentOn, "Input.Date", "Ngày gửi Văn phòng Sở"),
                (F.Link, "Input.Text", "Đường dẫn đến văn bản (nếu có)"),
                (F.Note, "Input.Text", "Ghi chú (nếu có)"),
            ],
            inputs);
    }

    [Fact]
    public void An_empty_form_is_off_with_no_values_and_the_limits()
    {
        var card = Cards["vi/unit-plan/form-empty"];

        Assert.Equal("false", (string?)CardJson.Input(card, F.Issued)["value"]);
        Assert.All(F.All.Skip(1), id => Assert.Null(CardJson.Input(card, id)["value"]));
        Assert.Equal(50, (int?)CardJson.Input(card, F.Number)["maxLength"]);
        Assert.Equal(500, (int?)CardJson.Input(card, F.Link)["maxLength"]);
        Assert.Equal(2000, (int?)CardJson.Input(card, F.Note)["maxLength"]);
        Assert.True((bool?)CardJson.Input(card, F.Note)["isMultiline"]);
        Assert.Equal("Ví dụ: 12/KH-CCKL", (string?)CardJson.Input(card, F.Number)["placeholder"]);
        Assert.Equal(("2024-01-01", "2024-12-31"), ((string?)CardJson.Input(card, F.SentOn)["min"], (string?)CardJson.Input(card, F.SentOn)["max"]));
    }

    [Fact]
    public void No_input_is_client_side_required_because_a_unit_without_a_plan_leaves_them_empty() =>
        Assert.All(CardJson.OfType(Cards["vi/unit-plan/form-empty"], "Input."), i => Assert.NotEqual(true, (bool?)i["isRequired"]));

    [Fact]
    public void Prefills_the_stored_plan()
    {
        var card = Cards["vi/unit-plan/form-filled"];

        Assert.Equal("true", (string?)CardJson.Input(card, F.Issued)["value"]);
        Assert.Equal("12/KH-CCKL", (string?)CardJson.Input(card, F.Number)["value"]);
        Assert.Equal("2024-04-05", (string?)CardJson.Input(card, F.IssuedOn)["value"]);
        Assert.Equal("2024-04-18", (string?)CardJson.Input(card, F.SentOn)["value"]);
        Assert.Equal(D.OnTime.Link, (string?)CardJson.Input(card, F.Link)["value"]);
        Assert.Equal(D.OnTime.Note, (string?)CardJson.Input(card, F.Note)["value"]);
    }

    [Fact]
    public void Saves_with_a_primary_button_carrying_the_base_version()
    {
        var submit = Assert.Single(CardJson.OfType(Cards["vi/unit-plan/form-filled"], "Action."));

        Assert.Equal(("unit-plan.submit", "Lưu thông tin", "positive"), ((string?)submit["verb"], (string?)submit["title"], (string?)submit["style"]));
        Assert.Equal(TestData.Version, (string?)submit["data"]?[Verbs.BaseVersion]);
    }

    [Theory]
    [InlineData(F.Issued, "Vui lòng chọn một giá trị trong danh sách.")]
    [InlineData(F.Number, "Số văn bản phải có chữ số và chỉ gồm chữ, số, khoảng trắng và các dấu / - . (ví dụ 12/KH-CCKL).")]
    [InlineData(F.IssuedOn, "Ngày không được sau hôm nay.")]
    [InlineData(F.SentOn, "Ngày này không được trước ngày liên quan (ví dụ ngày gửi không được trước ngày ban hành).")]
    [InlineData(F.Link, "Đường dẫn phải bắt đầu bằng http:// hoặc https://, ví dụ https://snnptnt.tayninh.gov.vn/van-ban/12-kh.")]
    [InlineData(F.Note, "Quá dài (tối đa 2.000 ký tự).")]
    public void Shows_each_error_right_under_its_input(string field, string expected)
    {
        var body = CardJson.Body(Cards["vi/unit-plan/form-errors"]);
        var at = body.ToList().FindIndex(e => (string?)e!["id"] == field);

        var next = body[at + 1]!;
        Assert.Equal(("TextBlock", "Attention", Json.Markdown.Escape(expected)), ((string?)next["type"], (string?)next["color"], (string?)next["text"]));
        Assert.Contains("Chưa lưu: vui lòng sửa 6 mục được đánh dấu bên dưới.", CardJson.TextBlocks(Cards["vi/unit-plan/form-errors"]));
    }

    [Fact]
    public void Explains_sent_but_not_issued_under_the_sent_date()
    {
        var card = D.Form(TestData.Vi, TestData.Unit, D.NotIssued, null, [new(F.SentOn, Domain.Validation.ErrorCode.SentButNotIssued)]);

        Assert.Contains("Kế hoạch chưa ban hành thì chưa thể gửi: vui lòng đánh dấu ô “Đơn vị đã ban hành kế hoạch” và nhập số, ngày ban hành kế hoạch, hoặc xóa ngày gửi.",
            CardJson.TextBlocks(card));
    }

    [Fact]
    public void A_conflict_notice_is_shown_above_the_inputs() =>
        Assert.Equal("Attention", (string?)CardJson.Body(Cards["vi/unit-plan/form-conflict"])[2]!["color"]);
}
