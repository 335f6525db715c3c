using DanVan.Domain.Training;
using DanVan.Domain.Validation;
using F = DanVan.Domain.Training.TrainingFields;

namespace DanVan.Domain.Tests;

public class TrainingValidatorTests
{
    private static readonly DateOnly Today = new(2024, 6, 15);

    [Fact]
    public void Accepts_a_complete_report()
    {
        var v = Validate();

        Assert.True(v.IsValid);
        Assert.Empty(v.Errors);
        Assert.Equal(new TrainingReport(50, 45, 2, new DateOnly(2024, 3, 15)), v.Value);
    }

    [Theory]
    [InlineData("45", 45)]
    [InlineData(" 45 ", 45)]
    [InlineData("45.0", 45)]
    [InlineData("1.000", 1000)]
    [InlineData("1,000", 1000)]
    [InlineData("2.000", 2000)]
    [InlineData("0", 0)]
    public void Accepts_whole_numbers_as_people_type_them(string typed, int expected)
    {
        var v = Validate((F.TotalStaff, "2000"), (F.Trained, typed));

        Assert.Equal(expected, Assert.IsType<TrainingReport>(v.Value).Trained);
    }

    [Theory]
    [InlineData("2024-03-15")]
    [InlineData("15/03/2024")]
    [InlineData(" 15/3/2024 ")]
    public void Accepts_picked_and_typed_dates(string typed) =>
        Assert.Equal(new DateOnly(2024, 3, 15), Validate((F.LastSessionDate, typed)).Value?.LastSessionDate);

    [Fact]
    public void Accepts_today_itself() =>
        Assert.Equal(Today, Validate((F.LastSessionDate, "2024-06-15")).Value?.LastSessionDate);

    [Fact]
    public void Accepts_no_sessions_nobody_trained_and_no_date() =>
        Assert.Equal(new TrainingReport(50, 0, 0, null), Validate((F.Trained, "0"), (F.Sessions, "0"), (F.LastSessionDate, "")).Value);

    [Theory]
    [InlineData(null, ErrorCode.Required)]
    [InlineData("", ErrorCode.Required)]
    [InlineData("   ", ErrorCode.Required)]
    [InlineData("abc", ErrorCode.NotAWholeNumber)]
    [InlineData("1.5", ErrorCode.NotAWholeNumber)]
    [InlineData("12a", ErrorCode.NotAWholeNumber)]
    [InlineData("4 5 abc", ErrorCode.NotAWholeNumber)]
    [InlineData("1.00", ErrorCode.NotAWholeNumber)]
    [InlineData("0x10", ErrorCode.NotAWholeNumber)]
    [InlineData("-3", ErrorCode.Negative)]
    [InlineData("0", ErrorCode.MustBePositive)]
    [InlineData("2001", ErrorCode.TooLarge)]
    [InlineData("1.000.000", ErrorCode.TooLarge)]
    [InlineData("99999999999", ErrorCode.TooLarge)]
    public void Refuses_a_bad_total(string? typed, ErrorCode expected) =>
        AssertOnlyError(Validate((F.TotalStaff, typed), (F.Trained, "0"), (F.Sessions, "0")), F.TotalStaff, expected);

    [Theory]
    [InlineData("99999999999999999999")]
    [InlineData("123456789012345678901234567890")]
    public void Refuses_huge_digit_strings_as_too_large(string typed) =>
        Assert.Equal(new FieldError(F.Trained, ErrorCode.TooLarge, 2000), Assert.Single(Validate((F.Trained, typed)).Errors));

    [Fact]
    public void A_grouped_negative_number_is_negative_not_malformed() =>
        Assert.Equal(ErrorCode.Negative, Assert.Single(Validate((F.Sessions, "-1.000")).Errors).Code);

    [Fact]
    public void With_no_session_held_a_last_session_date_is_not_stored()
    {
        var v = Validate((F.Trained, "0"), (F.Sessions, "0"), (F.LastSessionDate, "2024-03-15"));

        Assert.True(v.IsValid);
        Assert.Null(v.Value!.LastSessionDate);
    }

    [Fact]
    public void Missing_fields_are_refused_too()
    {
        var v = TrainingValidator.Validate(new Dictionary<string, string?>(), TestData.Plan2024, Today);

        Assert.Equal([F.TotalStaff, F.Trained, F.Sessions], v.Errors.Select(e => e.Field));
        Assert.All(v.Errors, e => Assert.Equal(ErrorCode.Required, e.Code));
    }

    [Fact]
    public void Too_large_carries_the_plan_limit()
    {
        var error = Assert.Single(Validate((F.Sessions, "367")).Errors);

        Assert.Equal(new FieldError(F.Sessions, ErrorCode.TooLarge, 366), error);
    }

    [Fact]
    public void Refuses_more_trained_than_staff() =>
        Assert.Equal(new FieldError(F.Trained, ErrorCode.TrainedExceedsTotal, 50), Assert.Single(Validate((F.Trained, "51")).Errors));

    [Fact]
    public void Refuses_trained_people_without_a_session() =>
        AssertOnlyError(Validate((F.Sessions, "0"), (F.LastSessionDate, null)), F.Sessions, ErrorCode.SessionsNeeded);

    [Theory]
    [InlineData(null, ErrorCode.DateNeeded)]
    [InlineData("", ErrorCode.DateNeeded)]
    [InlineData("hôm qua", ErrorCode.NotADate)]
    [InlineData("2024-13-01", ErrorCode.NotADate)]
    [InlineData("31/02/2024", ErrorCode.NotADate)]
    [InlineData("03/15/2024", ErrorCode.NotADate)]
    [InlineData("2024-06-16", ErrorCode.InFuture)]
    public void Refuses_a_bad_date(string? typed, ErrorCode expected) =>
        AssertOnlyError(Validate((F.LastSessionDate, typed)), F.LastSessionDate, expected);

    [Theory]
    [InlineData("2023-12-31")]
    [InlineData("2025-01-01")]
    [InlineData("01/01/2025")]
    public void Refuses_a_date_outside_the_plan_year(string typed) =>
        Assert.Equal(new FieldError(F.LastSessionDate, ErrorCode.OutsidePlanYear, 2024), Assert.Single(Validate((F.LastSessionDate, typed)).Errors));

    [Fact]
    public void Reports_several_errors_at_once()
    {
        var v = Validate((F.TotalStaff, "abc"), (F.Trained, "-1"), (F.Sessions, "2"), (F.LastSessionDate, "2023-05-01"));

        Assert.False(v.IsValid);
        Assert.Null(v.Value);
        Assert.Equal(
            [
                new FieldError(F.TotalStaff, ErrorCode.NotAWholeNumber),
                new FieldError(F.Trained, ErrorCode.Negative),
                new FieldError(F.LastSessionDate, ErrorCode.OutsidePlanYear, 2024),
            ],
            v.Errors.OrderBy(e => F.All.ToList().IndexOf(e.Field)));
    }

    [Fact]
    public void One_error_per_field()
    {
        var v = Validate((F.TotalStaff, "0"), (F.Trained, "5"), (F.Sessions, "0"));

        Assert.Equal(v.Errors.Count, v.Errors.Select(e => e.Field).Distinct().Count());
        Assert.Contains(new FieldError(F.TotalStaff, ErrorCode.MustBePositive), v.Errors);
        Assert.Contains(new FieldError(F.Sessions, ErrorCode.SessionsNeeded), v.Errors);
    }

    private static void AssertOnlyError(Validated<TrainingReport> v, string field, ErrorCode code)
    {
        Assert.False(v.IsValid);
        var error = Assert.Single(v.Errors);
        Assert.Equal((field, code), (error.Field, error.Code));
    }

    /// <summary>A valid 50/45/2/15-03-2024 report with the given fields replaced.</summary>
    private static Validated<TrainingReport> Validate(params (string Field, string? Value)[] changes)
    {
        var fields = new Dictionary<string, string?>
        {
            [F.TotalStaff] = "50", [F.Trained] = "45", [F.Sessions] = "2", [F.LastSessionDate] = "2024-03-15",
        };
        foreach (var (field, value) in changes) fields[field] = value;
        return TrainingValidator.Validate(fields, TestData.Plan2024, Today);
    }
}
