using F = DanVan.Domain.Training.TrainingFields;

namespace DanVan.Cards.Tests;

public class TrainingFormCardTests
{
    [Fact]
    public void Carries_the_base_version_in_the_submit_action()
    {
        var submit = Assert.Single(CardJson.OfType(TestData.AllCards()["vi/form-filled"], "Action."));

        Assert.Equal(Verbs.SubmitTraining, (string?)submit["verb"]);
        Assert.Equal(TestData.Version, (string?)submit["data"]?[Verbs.BaseVersion]);
    }

    [Fact]
    public void A_new_form_sends_an_empty_base_version() =>
        Assert.Equal("", (string?)CardJson.OfType(TestData.AllCards()["vi/form-empty"], "Action.").Single()["data"]?[Verbs.BaseVersion]);

    [Fact]
    public void Prefills_the_stored_values()
    {
        var card = TestData.AllCards()["vi/form-filled"];

        Assert.Equal(50, (int?)CardJson.Input(card, F.TotalStaff)["value"]);
        Assert.Equal(45, (int?)CardJson.Input(card, F.Trained)["value"]);
        Assert.Equal(2, (int?)CardJson.Input(card, F.Sessions)["value"]);
        Assert.Equal("2024-03-05", (string?)CardJson.Input(card, F.LastSessionDate)["value"]);
    }

    [Fact]
    public void An_empty_form_has_no_values_and_the_plan_bounds()
    {
        var card = TestData.AllCards()["vi/form-empty"];

        Assert.All(F.All, id => Assert.Null(CardJson.Input(card, id)["value"]));
        Assert.Equal(2000, (int?)CardJson.Input(card, F.TotalStaff)["max"]);
        Assert.Equal(366, (int?)CardJson.Input(card, F.Sessions)["max"]);
        Assert.Equal(("2024-01-01", "2024-12-31"),
            ((string?)CardJson.Input(card, F.LastSessionDate)["min"], (string?)CardJson.Input(card, F.LastSessionDate)["max"]));
        Assert.Equal("Tổng số CCVCNLĐ của đơn vị", (string?)CardJson.Input(card, F.TotalStaff)["label"]);
    }

    [Fact]
    public void The_session_date_says_when_it_is_required_since_a_star_cannot()
    {
        var date = CardJson.Input(TestData.AllCards()["vi/form-empty"], F.LastSessionDate);

        // The validator requires it once sessions > 0; a client-side "*" would block a form with no session.
        Assert.Equal("Ngày tổ chức buổi gần nhất (bắt buộc khi số buổi lớn hơn 0)", (string?)date["label"]);
        Assert.NotEqual(true, (bool?)date["isRequired"]);
    }

    [Fact]
    public void Shows_the_unit_and_target_1()
    {
        var texts = CardJson.TextBlocks(TestData.AllCards()["vi/form-empty"]).ToList();

        Assert.Equal("Học tập, quán triệt — Chi cục Kiểm lâm", texts[0]);
        Assert.StartsWith("Chỉ tiêu 1: 100% CCVCNLĐ được học tập, quán triệt", texts[1]);
    }

    [Theory]
    [InlineData(F.TotalStaff, "Số quá lớn (tối đa 2.000).")]
    [InlineData(F.Trained, "Không được lớn hơn tổng số CCVCNLĐ (50 người).")]
    [InlineData(F.Sessions, "Đã có người được học tập, quán triệt thì phải có ít nhất 1 buổi.")]
    [InlineData(F.LastSessionDate, "Ngày phải thuộc năm 2024 của kế hoạch.")]
    public void Shows_each_error_right_under_its_input(string field, string expected)
    {
        var body = CardJson.Body(TestData.AllCards()["vi/form-errors"]);
        var at = body.ToList().FindIndex(e => (string?)e!["id"] == field);

        var next = body[at + 1]!;
        Assert.Equal(("TextBlock", "Attention", expected), ((string?)next["type"], (string?)next["color"], (string?)next["text"]));
    }

    [Fact]
    public void Only_fields_with_errors_get_an_error_line()
    {
        var card = TestData.Form(TestData.Vi, TestData.Unit, TestData.Report, null, [TestData.AllFieldErrors[1]]);

        var attention = CardJson.OfType(card, "TextBlock").Where(b => (string?)b["color"] == "Attention").Select(b => (string)b["text"]!);
        Assert.Equal(["Chưa lưu: vui lòng sửa 1 mục được đánh dấu bên dưới.", "Không được lớn hơn tổng số CCVCNLĐ (50 người)."], attention);
    }

    [Fact]
    public void A_conflict_notice_replaces_the_error_summary()
    {
        var card = TestData.Form(TestData.Vi, TestData.Unit, TestData.Report, TestData.Version,
            notice: TestData.Vi.Conflict("Nguyễn Thị Bình", "10:00 21/04/2024", "45/50 người, 2 buổi"));

        var notice = CardJson.Body(card)[2]!;
        Assert.Equal("Attention", (string?)notice["color"]);
        Assert.Equal("Chưa lưu: số liệu của đơn vị vừa được Nguyễn Thị Bình cập nhật lúc 10:00 21/04/2024. Đang lưu: 45/50 người, 2 buổi. Biểu mẫu dưới đây vẫn giữ số liệu anh/chị vừa nhập — bấm Gửi để thay bằng số liệu này, hoặc Hủy để giữ bản đang lưu.",
            (string?)notice["text"]);
    }

    [Fact]
    public void Submit_is_the_primary_action()
    {
        var submit = CardJson.OfType(TestData.AllCards()["vi/form-empty"], "Action.").Single();

        Assert.Equal(("Gửi số liệu", "positive"), ((string?)submit["title"], (string?)submit["style"]));
    }
}
