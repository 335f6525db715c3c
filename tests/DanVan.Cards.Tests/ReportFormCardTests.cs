using DanVan.Cards.Text;
using DanVan.Domain.Reports;
using DanVan.Domain.Validation;
using F = DanVan.Domain.Reports.ReportFields;
using R = DanVan.Cards.Tests.ReportTestData;

namespace DanVan.Cards.Tests;

/// <summary>The results report form: about twenty fields in four steps, one screen each.</summary>
public class ReportFormCardTests
{
    private static readonly Texts Vi = Texts.Vietnamese;

    private static Json.Card Step(int step, ResultsReport? values = null, IReadOnlyList<FieldError>? errors = null) =>
        R.Form(Vi, TestData.Unit, values, TestData.Version, errors, step: step);

    [Fact]
    public void Asks_for_every_field_once_across_four_steps_in_form_order_under_numbered_sections()
    {
        var steps = R.AllSteps(Vi, null);

        Assert.Equal(4, steps.Count);
        Assert.Equal(F.All, steps.SelectMany(s => CardJson.OfType(s, "Input.").Select(i => (string)i["id"]!)));
        Assert.Equal(
            ["**1. Thực hiện dân chủ (Nghị định 59/2023/NĐ-CP)**", "**2. Cải cách hành chính**",
             "**3. Đối thoại, tiếp nhận phản ánh, kiến nghị**", "**4. Tự đánh giá, xếp loại**", "**5. Văn bản báo cáo**"],
            steps.SelectMany(s => CardJson.Body(s).Select(e => (string?)e!["text"])).Where(b => b?.StartsWith("**") == true));
        Assert.Equal(["Bước 1/4", "Bước 2/4", "Bước 3/4", "Bước 4/4"], steps.Select(s => CardJson.TextBlocks(s).First(x => x.StartsWith("Bước"))));
    }

    [Fact]
    public void Each_step_goes_on_or_back_carrying_what_the_other_steps_hold_and_only_the_last_sends()
    {
        var steps = R.AllSteps(Vi, R.OnTime, TestData.Version);
        var buttons = steps.Select(s => CardJson.OfType(s, "Action.").Select(a => ((string?)a["title"], (string?)a["verb"], (string?)a["data"]?["step"])).ToList()).ToList();

        Assert.Equal([("Tiếp", "report.step", "2")], buttons[0]);
        Assert.Equal([("Tiếp", "report.step", "3"), ("Quay lại", "report.step", "1")], buttons[1]);
        Assert.Equal([("Tiếp", "report.step", "4"), ("Quay lại", "report.step", "2")], buttons[2]);
        Assert.Equal([("Gửi báo cáo", "report.submit", null), ("Quay lại", "report.step", "3")], buttons[3]);

        // The last step's "Gửi báo cáo" carries the first three steps' values, so the server gets the whole report.
        var submit = CardJson.OfType(steps[3], "Action.").First();
        Assert.Equal("20", (string?)submit["data"]![F.ReformTasksTotal]);
        Assert.Equal("true", (string?)submit["data"]![F.Of(DemocracyItem.Regulation)]);
        Assert.Equal(TestData.Version, (string?)submit["data"]![Verbs.BaseVersion]);
        Assert.Null(submit["data"]![F.ReportNumber]); // an input on this card: never also in the data
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
        Assert.Equal(["true", "true", "true", "true", "true", "false"],
            CardJson.OfType(Step(1, R.OnTime), "Input.Toggle").Select(t => (string?)t["value"]));
        Assert.Equal(20, (int?)CardJson.Input(Step(2, R.OnTime), F.ReformTasksTotal)["value"]);
        Assert.Equal(18, (int?)CardJson.Input(Step(2, R.OnTime), F.ReformTasksDone)["value"]);
        Assert.Equal("92.5", (string?)CardJson.Input(Step(2, R.OnTime), F.Satisfaction)["value"]);
        Assert.Equal(10, (int?)CardJson.Input(Step(3, R.OnTime), F.PetitionsResolved)["value"]);
        var last = Step(4, R.OnTime);
        Assert.Equal("Good", (string?)CardJson.Input(last, F.Rating)["value"]);
        Assert.Equal("25/BC-CCKL", (string?)CardJson.Input(last, F.ReportNumber)["value"]);
        Assert.Equal("2024-10-10", (string?)CardJson.Input(last, F.ReportDate)["value"]);
        Assert.Equal(R.OnTime.Link, (string?)CardJson.Input(last, F.Link)["value"]);
    }

    [Fact]
    public void The_rating_offers_the_five_grades_as_radio_buttons()
    {
        var rating = CardJson.Input(Step(4), F.Rating);

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
        var last = Step(4);

        Assert.Equal(50, (int?)CardJson.Input(last, F.ReportNumber)["maxLength"]);
        Assert.Equal(500, (int?)CardJson.Input(last, F.Link)["maxLength"]);
        Assert.Equal(ReportValidator.MaxCount, (int?)CardJson.Input(Step(3), F.PetitionsReceived)["max"]);
        Assert.Equal(("2024-01-01", "2024-12-31"), ((string?)CardJson.Input(last, F.ReportDate)["min"], (string?)CardJson.Input(last, F.ReportDate)["max"]));
        Assert.Equal("Ví dụ: 25/BC-CCKL", (string?)CardJson.Input(last, F.ReportNumber)["placeholder"]);
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
        // Each error on its own: the form opens at the step that has it.
        var error = R.AllFieldErrors.Single(e => e.Field == field);
        var body = CardJson.Body(R.Form(Vi, TestData.Unit, R.Longest, TestData.Version, [error]));
        var at = body.ToList().FindIndex(e => (string?)e!["id"] == field);

        var next = body[at + 1]!;
        Assert.Equal(("TextBlock", "Attention"), ((string?)next["type"], (string?)next["color"]));
        Assert.StartsWith(expected, (string?)next["text"]);
    }

    [Fact]
    public void With_errors_it_opens_at_the_first_step_that_has_one_and_names_the_others()
    {
        var texts = CardJson.TextBlocks(TestData.AllCards()["vi/report/form-errors"]).ToList();

        Assert.Contains("Chưa lưu: vui lòng sửa 11 mục được đánh dấu bên dưới.", texts);
        Assert.Contains("Bước 1/4", texts);
        Assert.Contains("Còn lỗi ở bước 2, 3, 4: bấm \"Quay lại\" hoặc \"Tiếp\" để sửa.", texts);
    }

    [Fact]
    public void Submit_carries_the_base_version_and_is_primary()
    {
        var submit = CardJson.OfType(Step(4, R.OnTime), "Action.").First();

        Assert.Equal(("report.submit", "Gửi báo cáo", "positive"), ((string?)submit["verb"], (string?)submit["title"], (string?)submit["style"]));
        Assert.Equal(TestData.Version, (string?)submit["data"]?["baseVersion"]);
    }

    [Fact]
    public void The_conflict_notice_shows_above_what_was_typed()
    {
        var card = TestData.AllCards()["vi/report/form-conflict"];

        Assert.StartsWith("Chưa lưu: số liệu của đơn vị vừa được Nguyễn Thị Bình cập nhật", (string?)CardJson.Body(card)[2]!["text"]);
        Assert.Equal("true", (string?)CardJson.OfType(card, "Input.Toggle").First()["value"]);
    }
}
