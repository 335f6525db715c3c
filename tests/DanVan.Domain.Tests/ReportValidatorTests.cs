using DanVan.Domain.Reports;
using DanVan.Domain.Validation;
using F = DanVan.Domain.Reports.ReportFields;

namespace DanVan.Domain.Tests;

public class ReportValidatorTests
{
    private static readonly DateOnly Today = new(2024, 10, 20);

    private static readonly ResultsReport Full = new(true, true, true, true, true, false, 18, 20, 92.5m, 4, 12, 10,
        SelfRating.Good, "25/BC-CCKL", new DateOnly(2024, 10, 10), "https://snnptnt.tayninh.gov.vn/bc/25");

    [Fact]
    public void Accepts_a_complete_report() => Assert.Equal(Full, Validate().Value);

    [Theory]
    [InlineData("92,5", "92.5")]
    [InlineData("92.5", "92.5")]
    [InlineData(" 92,5 % ", "92.5")]
    [InlineData("100", "100")]
    [InlineData("100,0", "100")]
    [InlineData("0", "0")]
    [InlineData("7", "7")]
    public void Accepts_a_percent_with_one_decimal_either_way(string typed, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Validate((F.Satisfaction, typed)).Value?.Satisfaction);

    [Theory]
    [InlineData("92,55")]
    [InlineData("100,1")]
    [InlineData("101")]
    [InlineData("-5")]
    [InlineData("abc")]
    [InlineData("9 2")]
    [InlineData("1.000")]
    [InlineData(",5")]
    [InlineData("92,")]
    [InlineData("1e2")]
    public void Refuses_anything_else_as_not_a_percent(string typed) =>
        AssertOnlyError(Validate((F.Satisfaction, typed)), F.Satisfaction, ErrorCode.NotAPercent);

    [Fact]
    public void Stores_each_checklist_item_from_its_own_toggle()
    {
        foreach (var item in Enum.GetValues<DemocracyItem>())
        {
            var fields = Enum.GetValues<DemocracyItem>().Select(i => (F.Of(i), (string?)(i == item ? "true" : "false"))).ToArray();
            var done = Assert.IsType<ResultsReport>(Validate(fields).Value).Democracy();

            Assert.Equal([item], done.Where(d => d.Done).Select(d => d.Item));
        }
    }

    [Fact]
    public void A_toggle_the_client_left_out_is_off() =>
        Assert.False(Assert.IsType<ResultsReport>(Validate((F.FeedbackChannel, null)).Value).FeedbackChannel);

    [Fact]
    public void A_toggle_with_a_forged_value_is_refused() =>
        AssertOnlyError(Validate((F.HeadDialogue, "maybe")), F.HeadDialogue, ErrorCode.NotAChoice);

    [Fact]
    public void Tasks_done_may_equal_but_not_exceed_the_total()
    {
        Assert.True(Validate((F.ReformTasksDone, "20")).IsValid);
        Assert.Equal(new FieldError(F.ReformTasksDone, ErrorCode.ExceedsRelated, 20), Assert.Single(Validate((F.ReformTasksDone, "21")).Errors));
    }

    [Fact]
    public void Resolved_may_equal_but_not_exceed_received()
    {
        Assert.True(Validate((F.PetitionsResolved, "12")).IsValid);
        Assert.Equal(new FieldError(F.PetitionsResolved, ErrorCode.ExceedsRelated, 12),
            Assert.Single(Validate((F.PetitionsResolved, "13")).Errors));
    }

    [Fact]
    public void Zero_petitions_and_dialogues_are_fine() =>
        Assert.True(Validate((F.PetitionsReceived, "0"), (F.PetitionsResolved, "0"), (F.CitizenDialogues, "0")).IsValid);

    [Fact]
    public void A_unit_reports_at_least_one_reform_task() =>
        AssertOnlyError(Validate((F.ReformTasksTotal, "0"), (F.ReformTasksDone, "0")), F.ReformTasksTotal, ErrorCode.MustBePositive);

    [Theory]
    [InlineData(F.ReformTasksTotal, "10001", ErrorCode.TooLarge)]
    [InlineData(F.CitizenDialogues, "-1", ErrorCode.Negative)]
    [InlineData(F.PetitionsReceived, "mười", ErrorCode.NotAWholeNumber)]
    [InlineData(F.CitizenDialogues, "", ErrorCode.Required)]
    public void Refuses_bad_counts(string field, string typed, ErrorCode code) =>
        Assert.Contains(new FieldError(field, code, code == ErrorCode.TooLarge ? ReportValidator.MaxCount : null), Validate((field, typed)).Errors);

    [Theory]
    [InlineData("Excellent", SelfRating.Excellent)]
    [InlineData("Good", SelfRating.Good)]
    [InlineData("Fair", SelfRating.Fair)]
    [InlineData("Average", SelfRating.Average)]
    [InlineData("Poor", SelfRating.Poor)]
    public void Accepts_every_offered_rating(string value, SelfRating expected) =>
        Assert.Equal(expected, Validate((F.Rating, value)).Value?.Rating);

    [Theory]
    [InlineData("good")]
    [InlineData("1")]
    [InlineData("Good,Fair")]
    [InlineData("Tốt")]
    public void Refuses_a_rating_that_was_not_offered(string value) =>
        AssertOnlyError(Validate((F.Rating, value)), F.Rating, ErrorCode.NotAChoice);

    [Fact]
    public void The_rating_is_required() => AssertOnlyError(Validate((F.Rating, "")), F.Rating, ErrorCode.Required);

    [Theory]
    [InlineData("", ErrorCode.Required)]
    [InlineData("Báo cáo kết quả", ErrorCode.NotADocumentNumber)]
    [InlineData("25/BC-CCKL<script>", ErrorCode.NotADocumentNumber)]
    public void Refuses_a_bad_report_number(string typed, ErrorCode code) =>
        AssertOnlyError(Validate((F.ReportNumber, typed)), F.ReportNumber, code);

    [Fact]
    public void The_report_number_is_at_most_50_characters()
    {
        Assert.True(Validate((F.ReportNumber, "25/BC-" + new string('A', 44))).IsValid);
        Assert.Equal(new FieldError(F.ReportNumber, ErrorCode.TooLong, 50),
            Assert.Single(Validate((F.ReportNumber, "25/BC-" + new string('A', 45))).Errors));
    }

    [Theory]
    [InlineData("", ErrorCode.Required)]
    [InlineData("31/02/2024", ErrorCode.NotADate)]
    [InlineData("2023-12-31", ErrorCode.OutsidePlanYear)]
    [InlineData("2024-10-21", ErrorCode.InFuture)]
    public void Refuses_a_bad_report_date(string typed, ErrorCode code) =>
        Assert.Equal(code, Assert.Single(Validate((F.ReportDate, typed)).Errors).Code);

    [Fact]
    public void The_report_date_may_be_today() =>
        Assert.Equal(Today, Validate((F.ReportDate, "20/10/2024")).Value?.ReportDate);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://snnptnt.tayninh.gov.vn/bc.pdf")]
    [InlineData("snnptnt.tayninh.gov.vn/bc.pdf")]
    [InlineData("https://")]
    public void Refuses_a_link_that_is_not_http(string typed) =>
        AssertOnlyError(Validate((F.Link, typed)), F.Link, ErrorCode.NotALink);

    [Fact]
    public void The_link_is_optional_and_at_most_500_characters()
    {
        Assert.Null(Assert.IsType<ResultsReport>(Validate((F.Link, "  ")).Value).Link);
        Assert.True(Validate((F.Link, "https://a.vn/" + new string('x', 487))).IsValid);
        Assert.Equal(new FieldError(F.Link, ErrorCode.TooLong, 500), Assert.Single(Validate((F.Link, "https://a.vn/" + new string('x', 488))).Errors));
    }

    [Fact]
    public void Reports_every_problem_at_once()
    {
        var v = Validate((F.ReformTasksDone, "30"), (F.Satisfaction, "120"), (F.Rating, "x"), (F.ReportNumber, ""), (F.Link, "x"));

        Assert.Equal(new[] { F.ReformTasksDone, F.Satisfaction, F.Rating, F.ReportNumber, F.Link }.Order(), v.Errors.Select(e => e.Field).Order());
        Assert.Null(v.Value);
    }

    private static Validated<ResultsReport> Validate(params (string Field, string? Value)[] overrides)
    {
        var fields = new Dictionary<string, string?>
        {
            [F.DemocracyRegulation] = "true", [F.StaffConference] = "true", [F.InformationPublic] = "true",
            [F.StaffConsulted] = "true", [F.HeadDialogue] = "true", [F.FeedbackChannel] = "false",
            [F.ReformTasksTotal] = "20", [F.ReformTasksDone] = "18", [F.Satisfaction] = "92,5",
            [F.CitizenDialogues] = "4", [F.PetitionsReceived] = "12", [F.PetitionsResolved] = "10",
            [F.Rating] = "Good", [F.ReportNumber] = " 25/BC-CCKL ", [F.ReportDate] = "2024-10-10",
            [F.Link] = "https://snnptnt.tayninh.gov.vn/bc/25",
        };
        foreach (var (field, value) in overrides) fields[field] = value;
        return ReportValidator.Validate(fields, TestData.Plan2024, Today);
    }

    private static void AssertOnlyError(Validated<ResultsReport> v, string field, ErrorCode code)
    {
        Assert.False(v.IsValid);
        var error = Assert.Single(v.Errors);
        Assert.Equal((field, code), (error.Field, error.Code));
    }
}
