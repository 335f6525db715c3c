using DanVan.Domain.Reports;
using F = DanVan.Domain.Reports.ReportFields;
using R = DanVan.Cards.Tests.ReportTestData;

namespace DanVan.Cards.Tests;

public class ReportFormCardTests
{
    [Fact]
    public void Asks_for_every_field_in_form_order_under_numbered_sections()
    {
        var card = TestData.AllCards()["vi/report/form-empty"];
        var body = CardJson.Body(card).Select(e => (string?)e!["id"] ?? (string?)e["text"]).ToList();

        Assert.Equal(F.All, CardJson.OfType(card, "Input.").Select(i => (string)i["id"]!));
        Assert.Equal(
            ["**1. Thực hiện dân chủ (Nghị định 59/2023/NĐ-CP)**", "**2. Cải cách hành chính**",
             "**3. Đối thoại, tiếp nhận phản ánh, kiến nghị**", "**4. Tự đánh giá, xếp loại**", "**5. Văn bản báo cáo**"],
            body.Where(b => b?.StartsWith("**") == true));
        Assert.True(body.IndexOf("**2. Cải cách hành chính**") < body.IndexOf(F.ReformTasksTotal));
        Assert.True(body.IndexOf(F.FeedbackChannel) < body.IndexOf("**2. Cải cách hành chính**"));
    }

    [Fact]
    public void Shows_the_unit_the_targets_and_the_deadline()
    {
        var texts = CardJson.TextBlocks(TestData.AllCards()["vi/report/form-empty"]).ToList();

        Assert.Equal("Báo cáo kết quả — Chi cục Kiểm lâm", texts[0]);
        Assert.Equal("Kết quả thực hiện công tác dân vận chính quyền năm 2024 (chỉ tiêu 3, 4 và 5). Hạn gửi Văn phòng Sở: 15/10/2024.", texts[1]);
    }

    [Fact]
    public void The_checklist_is_toggles_named_after_decree_59_contents()
    {
        var toggles = CardJson.OfType(TestData.AllCards()["vi/report/form-empty"], "Input.Toggle").ToList();

        Assert.Equal(6, toggles.Count);
        Assert.All(toggles, t => Assert.Equal("false", (string?)t["value"]));
        Assert.Equal("Ban hành hoặc cập nhật Quy chế thực hiện dân chủ trong hoạt động của cơ quan, đơn vị", (string?)toggles[0]["title"]);
        Assert.Equal("Tổ chức Hội nghị cán bộ, công chức, viên chức năm 2024", (string?)toggles[1]["title"]);
    }

    [Fact]
    public void Prefills_the_stored_report()
    {
        var card = TestData.AllCards()["vi/report/form-filled"];

        Assert.Equal(["true", "true", "true", "true", "true", "false"],
            CardJson.OfType(card, "Input.Toggle").Select(t => (string?)t["value"]));
        Assert.Equal(20, (int?)CardJson.Input(card, F.ReformTasksTotal)["value"]);
        Assert.Equal(18, (int?)CardJson.Input(card, F.ReformTasksDone)["value"]);
        Assert.Equal("92.5", (string?)CardJson.Input(card, F.Satisfaction)["value"]);
        Assert.Equal(10, (int?)CardJson.Input(card, F.PetitionsResolved)["value"]);
        Assert.Equal("Good", (string?)CardJson.Input(card, F.Rating)["value"]);
        Assert.Equal("25/BC-CCKL", (string?)CardJson.Input(card, F.ReportNumber)["value"]);
        Assert.Equal("2024-10-10", (string?)CardJson.Input(card, F.ReportDate)["value"]);
        Assert.Equal(R.OnTime.Link, (string?)CardJson.Input(card, F.Link)["value"]);
    }

    [Fact]
    public void The_rating_offers_the_five_grades_as_radio_buttons()
    {
        var rating = CardJson.Input(TestData.AllCards()["vi/report/form-empty"], F.Rating);

        Assert.Equal("expanded", (string?)rating["style"]);
        Assert.Equal(true, (bool?)rating["isRequired"]);
        Assert.Equal(
            [("Xuất sắc", "Excellent"), ("Tốt", "Good"), ("Khá", "Fair"), ("Trung bình", "Average"), ("Kém", "Poor")],
            rating["choices"]!.AsArray().Select(c => ((string)c!["title"]!, (string)c["value"]!)));
        Assert.Equal(F.Ratings.Keys.Order(), rating["choices"]!.AsArray().Select(c => (string)c!["value"]!).Order());
    }

    [Fact]
    public void Client_side_limits_match_the_server()
    {
        var card = TestData.AllCards()["vi/report/form-empty"];

        Assert.Equal(50, (int?)CardJson.Input(card, F.ReportNumber)["maxLength"]);
        Assert.Equal(500, (int?)CardJson.Input(card, F.Link)["maxLength"]);
        Assert.Equal(ReportValidator.MaxCount, (int?)CardJson.Input(card, F.PetitionsReceived)["max"]);
        Assert.Equal(("2024-01-01", "2024-12-31"), ((string?)CardJson.Input(card, F.ReportDate)["min"], (string?)CardJson.Input(card, F.ReportDate)["max"]));
        Assert.Equal("Ví dụ: 25/BC-CCKL", (string?)CardJson.Input(card, F.ReportNumber)["placeholder"]);
    }

    [Theory]
    [InlineData(F.HeadDialogue, "Vui lòng chọn một giá trị trong danh sách.")]
    [InlineData(F.ReformTasksTotal, "Phải lớn hơn 0.")]
    [InlineData(F.ReformTasksDone, "Không được lớn hơn 20.")]
    [InlineData(F.Satisfaction, "Tỷ lệ phải từ 0 đến 100.")]
    [InlineData(F.CitizenDialogues, "Không được là số âm.")]
    [InlineData(F.PetitionsReceived, "Số quá lớn (tối đa 10.000).")]
    [InlineData(F.PetitionsResolved, "Không được lớn hơn 12.")]
    [InlineData(F.Rating, "Vui lòng chọn một giá trị trong danh sách.")]
    [InlineData(F.ReportDate, "Ngày không được sau hôm nay.")]
    [InlineData(F.Link, "Đường dẫn phải bắt đầu bằng http:// hoặc https://")]
    public void Shows_each_error_right_under_its_input(string field, string expected)
    {
        var body = CardJson.Body(TestData.AllCards()["vi/report/form-errors"]);
        var at = body.ToList().FindIndex(e => (string?)e!["id"] == field);

        var next = body[at + 1]!;
        Assert.Equal(("TextBlock", "Attention"), ((string?)next["type"], (string?)next["color"]));
        Assert.StartsWith(expected, (string?)next["text"]);
    }

    [Fact]
    public void Says_how_many_fields_to_fix() =>
        Assert.Contains("Chưa lưu: vui lòng sửa 11 mục được đánh dấu bên dưới.", CardJson.TextBlocks(TestData.AllCards()["vi/report/form-errors"]));

    [Fact]
    public void Submit_carries_the_base_version_and_is_primary()
    {
        var submit = Assert.Single(CardJson.OfType(TestData.AllCards()["vi/report/form-filled"], "Action."));

        Assert.Equal(("report.submit", "Gửi báo cáo", "positive"), ((string?)submit["verb"], (string?)submit["title"], (string?)submit["style"]));
        Assert.Equal(TestData.Version, (string?)submit["data"]?["baseVersion"]);
    }

    [Fact]
    public void The_conflict_notice_shows_above_the_current_values()
    {
        var card = TestData.AllCards()["vi/report/form-conflict"];

        Assert.StartsWith("Chưa lưu: số liệu của đơn vị vừa được Nguyễn Thị Bình cập nhật", (string?)CardJson.Body(card)[2]!["text"]);
        Assert.Equal("25/BC-CCKL", (string?)CardJson.Input(card, F.ReportNumber)["value"]);
    }
}
