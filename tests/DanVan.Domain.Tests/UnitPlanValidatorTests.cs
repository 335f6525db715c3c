using DanVan.Domain.UnitPlans;
using DanVan.Domain.Validation;
using F = DanVan.Domain.UnitPlans.UnitPlanFields;

namespace DanVan.Domain.Tests;

public class UnitPlanValidatorTests
{
    private static readonly DateOnly Today = new(2024, 5, 10);

    private static readonly UnitPlanReport Complete = new(true, "12/KH-CCKL", new DateOnly(2024, 4, 5), new DateOnly(2024, 4, 18),
        "https://snnptnt.tayninh.gov.vn/van-ban/12-kh-cckl.pdf", "Đã phổ biến đến các hạt kiểm lâm.");

    [Fact]
    public void Accepts_a_complete_issued_and_sent_plan() => Assert.Equal(Complete, Validate().Value);

    [Fact]
    public void Accepts_an_issued_plan_not_sent_yet_without_link_or_note() =>
        Assert.Equal(new UnitPlanReport(true, "12/KH-CCKL", new DateOnly(2024, 4, 5), null, null, null),
            Validate((F.SentOn, ""), (F.Link, "  "), (F.Note, null)).Value);

    [Theory]
    [InlineData("12/KH-CCKL")]
    [InlineData("05/KH-ĐU")]
    [InlineData("123/KH-SNN.VP")]
    [InlineData("Số 7")]
    [InlineData("2024")]
    public void Accepts_plan_numbers_as_units_write_them(string number) =>
        Assert.Equal(number, Validate((F.Number, number)).Value?.Number);

    [Fact]
    public void Stores_a_plan_number_typed_with_decomposed_diacritics_composed()
    {
        var decomposed = "05/KH-ĐU".Normalize(System.Text.NormalizationForm.FormD) + "\u0301";

        Assert.Equal("05/KH-ĐÚ", Validate((F.Number, decomposed)).Value?.Number);
    }

    [Theory]
    [InlineData(null, ErrorCode.Required)]
    [InlineData("", ErrorCode.Required)]
    [InlineData("KH-CCKL", ErrorCode.NotADocumentNumber)]
    [InlineData("[12](https://x.example)", ErrorCode.NotADocumentNumber)]
    [InlineData("12/KH\nCCKL", ErrorCode.ControlCharacter)]  // a line break in a one-line field
    [InlineData("12/KH-CCKL-0000000000000000000000000000000000000000", ErrorCode.TooLong)]
    public void Refuses_a_bad_plan_number(string? typed, ErrorCode expected) =>
        AssertOnlyError(Validate((F.Number, typed)), F.Number, expected);

    [Fact]
    public void Fifty_characters_is_the_longest_plan_number() =>
        Assert.True(Validate((F.Number, "12/" + new string('K', 47))).IsValid);

    [Theory]
    [InlineData(null, ErrorCode.Required)]
    [InlineData("", ErrorCode.Required)]
    [InlineData("hôm qua", ErrorCode.NotADate)]
    [InlineData("2023-12-20", ErrorCode.OutsidePlanYear)]
    [InlineData("2024-05-11", ErrorCode.InFuture)]
    public void Refuses_a_bad_issue_date(string? typed, ErrorCode expected) =>
        AssertOnlyError(Validate((F.IssuedOn, typed), (F.SentOn, null)), F.IssuedOn, expected);

    [Theory]
    [InlineData("2024-04-04", ErrorCode.BeforeRelatedDate)]
    [InlineData("31/04/2024", ErrorCode.NotADate)]
    [InlineData("2025-01-02", ErrorCode.OutsidePlanYear)]
    [InlineData("2024-05-11", ErrorCode.InFuture)]
    public void Refuses_a_bad_sent_date(string typed, ErrorCode expected) =>
        AssertOnlyError(Validate((F.SentOn, typed)), F.SentOn, expected);

    [Fact]
    public void Sent_on_the_day_of_issue_and_today_are_fine()
    {
        Assert.Equal(new DateOnly(2024, 4, 5), Validate((F.SentOn, "05/04/2024")).Value?.SentOn);
        Assert.Equal(Today, Validate((F.SentOn, "2024-05-10")).Value?.SentOn);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://snnptnt.tayninh.gov.vn/12.pdf")]
    [InlineData("snnptnt.tayninh.gov.vn/12.pdf")]
    [InlineData("/van-ban/12.pdf")]
    [InlineData("https://")]
    public void Refuses_anything_but_an_absolute_web_link(string typed) =>
        AssertOnlyError(Validate((F.Link, typed)), F.Link, ErrorCode.NotALink);

    [Fact]
    public void Refuses_a_link_over_500_characters()
    {
        var link = "https://snnptnt.tayninh.gov.vn/" + new string('a', 470);

        Assert.True(Validate((F.Link, link[..500])).IsValid);
        Assert.Equal(new FieldError(F.Link, ErrorCode.TooLong, 500), Assert.Single(Validate((F.Link, link)).Errors));
    }

    [Fact]
    public void Refuses_a_note_over_the_plan_limit()
    {
        Assert.True(Validate((F.Note, new string('ư', 2000))).IsValid);
        Assert.Equal(new FieldError(F.Note, ErrorCode.TooLong, 2000), Assert.Single(Validate((F.Note, new string('ư', 2001))).Errors));
    }

    [Fact]
    public void Not_issued_keeps_only_the_note_and_drops_the_document_fields()
    {
        var v = Validate((F.Issued, "false"), (F.SentOn, ""), (F.Number, "KH"), (F.IssuedOn, "2099-01-01"), (F.Link, "javascript:x"));

        Assert.Equal(UnitPlanReport.NotIssued("Đã phổ biến đến các hạt kiểm lâm."), v.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("false")]
    [InlineData("0")]
    public void An_absent_or_off_toggle_means_not_issued(string? toggle) =>
        Assert.Equal(UnitPlanReport.NotIssued(), Validate((F.Issued, toggle), (F.SentOn, null), (F.Note, null)).Value);

    [Theory]
    [InlineData("2024-04-18")]
    [InlineData("not a date")]
    public void Not_issued_but_sent_is_refused_rather_than_silently_read_as_not_sent(string sent) =>
        AssertOnlyError(Validate((F.Issued, "false"), (F.SentOn, sent)), F.SentOn, ErrorCode.SentButNotIssued);

    [Theory]
    [InlineData("maybe")]
    [InlineData("yes please")]
    public void Refuses_a_toggle_value_no_card_sends(string toggle) =>
        AssertOnlyError(Validate((F.Issued, toggle)), F.Issued, ErrorCode.NotAChoice);

    [Fact]
    public void Reports_every_error_at_once()
    {
        var v = Validate((F.Number, "abc"), (F.IssuedOn, "2024-04-20"), (F.SentOn, "2024-04-19"), (F.Link, "www.x.vn"), (F.Note, new string('a', 2001)));

        Assert.Equal(
            [
                new FieldError(F.Number, ErrorCode.NotADocumentNumber),
                new FieldError(F.SentOn, ErrorCode.BeforeRelatedDate),
                new FieldError(F.Link, ErrorCode.NotALink),
                new FieldError(F.Note, ErrorCode.TooLong, 2000),
            ],
            v.Errors.OrderBy(e => F.All.ToList().IndexOf(e.Field)));
    }

    [Theory]
    [InlineData(F.Note, "x\u000By", ErrorCode.ControlCharacter)]
    [InlineData(F.Number, "12/KH\u0001", ErrorCode.ControlCharacter)]
    [InlineData(F.Link, "https://tayninh.gov.vn/\u009B", ErrorCode.ControlCharacter)]
    [InlineData(F.IssuedOn, "2024-04-05\u0000", ErrorCode.ControlCharacter)]
    [InlineData(F.Issued, "true\u0001", ErrorCode.ControlCharacter)]
    public void Refuses_control_characters_in_any_field(string field, string typed, ErrorCode code) =>
        AssertOnlyError(Validate((field, typed)), field, code);

    [Fact]
    public void Refuses_a_lone_surrogate_in_the_note() =>
        AssertOnlyError(Validate((F.Note, "Ghi chú \uDE00")), F.Note, ErrorCode.InvalidCharacter);

    private static void AssertOnlyError(Validated<UnitPlanReport> v, string field, ErrorCode code)
    {
        Assert.False(v.IsValid);
        var error = Assert.Single(v.Errors);
        Assert.Equal((field, code), (error.Field, error.Code));
    }

    /// <summary>The complete plan above as form fields, with the given fields replaced.</summary>
    private static Validated<UnitPlanReport> Validate(params (string Field, string? Value)[] changes)
    {
        var fields = new Dictionary<string, string?>
        {
            [F.Issued] = "true", [F.Number] = "12/KH-CCKL", [F.IssuedOn] = "2024-04-05", [F.SentOn] = "18/04/2024",
            [F.Link] = Complete.Link, [F.Note] = Complete.Note,
        };
        foreach (var (field, value) in changes) fields[field] = value;
        return UnitPlanValidator.Validate(fields, TestData.Plan2024, Today);
    }
}
