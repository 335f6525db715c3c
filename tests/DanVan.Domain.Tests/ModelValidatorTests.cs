using DanVan.Domain.Models;
using DanVan.Domain.Validation;
using F = DanVan.Domain.Models.ModelFields;

namespace DanVan.Domain.Tests;

public class ModelValidatorTests
{
    private static readonly DateOnly Today = new(2024, 6, 15);

    private static readonly DanVanKheoModel Valid = new("Vận động Nhân dân tham gia bảo vệ rừng", ModelField.DefenceSecurity, true,
        new DateOnly(2022, 3, 1), "Tổ chức tổ tự quản bảo vệ rừng ở 3 ấp.", null, 1200, ModelStatus.InProgress);

    [Fact]
    public void Accepts_a_complete_model()
    {
        var v = Validate();

        Assert.Empty(v.Errors);
        Assert.Equal(Valid, v.Value);
    }

    [Fact]
    public void Stores_results_trimmed_and_an_unchecked_toggle_as_no()
    {
        var v = Validate((F.Results, "  Giảm 80% số vụ cháy rừng.  "), (F.NewRuralArea, null));

        Assert.Equal(Valid with { Results = "Giảm 80% số vụ cháy rừng.", NewRuralArea = false }, v.Value);
    }

    [Theory]
    [InlineData("2015-01-01")]       // the earliest accepted: a model may have started years before the plan
    [InlineData("01/01/2015")]
    [InlineData("2023-12-31")]
    [InlineData("2024-06-15")]       // today
    public void Accepts_any_start_date_from_2015_to_today(string typed) =>
        Assert.Equal(FieldReader.ParseDate(typed), Validate((F.StartDate, typed)).Value?.StartDate);

    public static TheoryData<string, string?, ErrorCode, long?> BadFields => new()
    {
        { F.Name, null, ErrorCode.Required, null },
        { F.Name, "   ", ErrorCode.Required, null },
        { F.Name, new string('a', 201), ErrorCode.TooLong, 200 },
        { F.Field, null, ErrorCode.Required, null },
        { F.Field, "Nông nghiệp", ErrorCode.NotAChoice, null },
        { F.Field, "0", ErrorCode.NotAChoice, null },                      // an enum's number is not one of the choices
        { F.Field, "economy", ErrorCode.NotAChoice, null },
        { F.Field, "Economy,CultureSociety", ErrorCode.NotAChoice, null },
        { F.NewRuralArea, "có lẽ", ErrorCode.NotAChoice, null },
        { F.StartDate, null, ErrorCode.Required, null },
        { F.StartDate, "32/13/2024", ErrorCode.NotADate, null },
        { F.StartDate, "2014-12-31", ErrorCode.TooEarly, 2015 },
        { F.StartDate, "1990-05-01", ErrorCode.TooEarly, 2015 },
        { F.StartDate, "2024-06-16", ErrorCode.InFuture, null },
        { F.Description, "", ErrorCode.Required, null },
        { F.Description, new string('x', 2001), ErrorCode.TooLong, 2000 },
        { F.Results, new string('x', 2001), ErrorCode.TooLong, 2000 },
        { F.Beneficiaries, null, ErrorCode.Required, null },
        { F.Beneficiaries, "nhiều", ErrorCode.NotAWholeNumber, null },
        { F.Beneficiaries, "-5", ErrorCode.Negative, null },
        { F.Beneficiaries, "1.000.001", ErrorCode.TooLarge, 1_000_000 },
        { F.Status, "", ErrorCode.Required, null },
        { F.Status, "Approved", ErrorCode.NotAChoice, null },
        { F.Status, "3", ErrorCode.NotAChoice, null },
        { F.Name, "A\u0001B", ErrorCode.ControlCharacter, null },
        { F.Name, "Tổ\ttự quản", ErrorCode.ControlCharacter, null },          // a tab only in multi-line fields
        { F.Description, "x\u000By", ErrorCode.ControlCharacter, null },      // Word's Shift+Enter
        { F.Results, "x\u0085y", ErrorCode.ControlCharacter, null },          // C1
        { F.Beneficiaries, "1\u00010", ErrorCode.ControlCharacter, null },
        { F.Field, "Economy\u0000", ErrorCode.ControlCharacter, null },
        { F.StartDate, "2022-03-01\u0007", ErrorCode.ControlCharacter, null },
    };

    [Fact]
    public void Refuses_a_lone_surrogate_instead_of_storing_U_FFFD()
    {
        var v = Validate((F.Name, "Tổ \uD83D tự quản"));

        Assert.Equal([new FieldError(F.Name, ErrorCode.InvalidCharacter)], v.Errors);
    }

    [Fact]
    public void Keeps_newlines_and_tabs_in_multi_line_fields_one_newline_for_CR_LF()
    {
        var v = Validate((F.Description, "Dòng 1\r\n\tDòng 2"), (F.Results, "Kết quả\rtốt"));

        Assert.Equal(("Dòng 1\n\tDòng 2", "Kết quả\ntốt"), (v.Value?.Description, v.Value?.Results));
    }

    [Theory, MemberData(nameof(BadFields))]
    public void Refuses_a_bad_field_with_its_reason(string field, string? typed, ErrorCode code, long? limit)
    {
        var v = Validate((field, typed));

        Assert.False(v.IsValid);
        Assert.Equal([new FieldError(field, code, limit)], v.Errors);
    }

    [Theory]
    [InlineData("1.000.000", 1_000_000)]
    [InlineData("0", 0)]
    public void Accepts_the_bounds_of_each_limit(string beneficiaries, int expected)
    {
        var v = Validate((F.Name, new string('a', 200)), (F.Description, new string('x', 2000)), (F.Results, new string('y', 2000)),
            (F.Beneficiaries, beneficiaries));

        Assert.Empty(v.Errors);
        Assert.Equal(expected, v.Value!.Beneficiaries);
    }

    [Fact]
    public void Reports_every_bad_field_at_once()
    {
        var v = ModelValidator.Validate(new Dictionary<string, string?>(), TestData.Plan2024, Today);

        Assert.Equal([F.Name, F.Field, F.StartDate, F.Description, F.Beneficiaries, F.Status], v.Errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData("Economy", ModelField.Economy)]
    [InlineData("CultureSociety", ModelField.CultureSociety)]
    [InlineData("DefenceSecurity", ModelField.DefenceSecurity)]
    [InlineData("PoliticalSystem", ModelField.PoliticalSystem)]
    public void Each_field_choice_maps_to_its_value(string choice, ModelField field) =>
        Assert.Equal(field, Validate((F.Field, choice)).Value?.Field);

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef", true)]
    [InlineData("0123456789ABCDEF0123456789ABCDEF", false)]
    [InlineData("0123456789abcdef0123456789abcde", false)]
    [InlineData("0123456789abcdef0123456789abcdef0", false)]
    [InlineData("0123456789abcdef-123456789abcdef", false)]
    [InlineData("../../training/0123456789abcdef0", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Model_ids_are_32_lowercase_hex_digits(string? id, bool valid) => Assert.Equal(valid, ModelIds.IsValid(id));

    [Fact]
    public void New_ids_are_valid_and_different() =>
        Assert.True(ModelIds.IsValid(ModelIds.New()) && ModelIds.New() != ModelIds.New());

    private static Validated<DanVanKheoModel> Validate(params (string Field, string? Value)[] overrides)
    {
        var fields = new Dictionary<string, string?>
        {
            [F.Name] = " Vận động Nhân dân tham gia bảo vệ rừng ", [F.Field] = "DefenceSecurity", [F.NewRuralArea] = "true",
            [F.StartDate] = "2022-03-01", [F.Description] = "Tổ chức tổ tự quản bảo vệ rừng ở 3 ấp.", [F.Results] = "",
            [F.Beneficiaries] = "1.200", [F.Status] = "InProgress",
        };
        foreach (var (field, value) in overrides) fields[field] = value;
        return ModelValidator.Validate(fields, TestData.Plan2024, Today);
    }
}
