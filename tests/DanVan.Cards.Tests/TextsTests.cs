using DanVan.Domain.Plans;
using System.Reflection;
using DanVan.Cards.Text;
using DanVan.Domain.Validation;
using DanVan.Domain.Progress;

namespace DanVan.Cards.Tests;

public class TextsTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("en")]
    [InlineData("EN-gb")]
    public void English_locales_get_english(string locale) => Assert.Same(Texts.English, Language.Default.For(locale));

    [Theory]
    [InlineData("vi-VN")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("fr-FR")]
    public void Everyone_else_gets_vietnamese(string? locale) => Assert.Same(Texts.Vietnamese, Language.Default.For(locale));

    [Theory]
    [InlineData(2000, "2.000", "2,000")]
    [InlineData(45, "45", "45")]
    [InlineData(1234567, "1.234.567", "1,234,567")]
    public void Formats_numbers_per_language(long n, string vi, string en) =>
        Assert.Equal((vi, en), (Texts.Vietnamese.Number(n), Texts.English.Number(n)));

    [Theory]
    [InlineData("92.5", "92,5%", "92.5%")]
    [InlineData("90", "90%", "90%")]
    [InlineData("99.9", "99,9%", "99.9%")]
    [InlineData("100", "100%", "100%")]
    public void Formats_percents_per_language(string p, string vi, string en)
    {
        var percent = decimal.Parse(p, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((vi, en), (Texts.Vietnamese.Percent(percent), Texts.English.Percent(percent)));
    }

    [Fact]
    public void Dates_are_day_month_year_in_both_languages()
    {
        Assert.Equal("05/04/2024", Texts.Vietnamese.Date(new DateOnly(2024, 4, 5)));
        Assert.Equal("05/04/2024", Texts.English.Date(new DateOnly(2024, 4, 5)));
        Assert.Equal("07:05 05/04/2024", Texts.Vietnamese.DateTime(new DateTimeOffset(2024, 4, 5, 7, 5, 0, TimeSpan.FromHours(7))));
    }

    public static TheoryData<string> TranslatedMembers() =>
        new(typeof(Texts).GetMembers().Where(IsTranslated).Select(m => m.Name).Distinct().Where(n => n is not nameof(Texts.Error) and not nameof(Texts.HelpLine)));

    [Theory]
    [InlineData(RouteNames.Training, false)]
    [InlineData(RouteNames.UnitPlan, false)]
    [InlineData(RouteNames.Models, false)]
    [InlineData(RouteNames.Report, false)]
    [InlineData(RouteNames.Standing, false)]
    [InlineData(RouteNames.History, false)]
    [InlineData(RouteNames.History, true)]
    [InlineData(RouteNames.Summary, true)]
    [InlineData(RouteNames.Export, true)]
    [InlineData(RouteNames.Roster, true)]
    [InlineData(RouteNames.RemindersPreview, true)]
    [InlineData(RouteNames.DepartmentReport, true)]
    [InlineData(RouteNames.UnitDraft, false)]
    [InlineData(RouteNames.Help, false)]
    public void Every_listed_command_has_a_help_line_in_both_languages(string route, bool senior)
    {
        var vi = Texts.Vietnamese.HelpLine(route, senior);
        var en = Texts.English.HelpLine(route, senior);
        Assert.NotNull(vi);
        Assert.NotNull(en);
        Assert.Contains(vi!, c => c > 127);
        Assert.NotEqual(en, vi);
    }

    [Fact]
    public void Office_help_does_not_list_unit_forms_and_unknown_routes_have_no_line()
    {
        Assert.Null(Texts.Vietnamese.HelpLine(RouteNames.Training, senior: true));
        Assert.Null(Texts.Vietnamese.HelpLine(RouteNames.Welcome, senior: false));
        Assert.Null(Texts.Vietnamese.HelpLine("training.submit", senior: false));
    }

    [Theory, MemberData(nameof(TranslatedMembers))]
    public void Every_vietnamese_text_is_written_in_vietnamese(string member)
    {
        var vi = Render(Texts.Vietnamese, member);

        Assert.False(string.IsNullOrWhiteSpace(vi));
        Assert.NotEqual(Render(Texts.English, member), vi);
        Assert.Contains(vi, c => c > 127); // at least one diacritic: not left in English
    }

    [Fact]
    public void Every_error_code_has_its_own_vietnamese_message()
    {
        var fallback = Texts.Vietnamese.Error(new FieldError("x", (ErrorCode)999));
        var messages = Enum.GetValues<ErrorCode>().Select(c => Texts.Vietnamese.Error(new FieldError("x", c, 2024))).ToList();

        Assert.Equal("Giá trị không hợp lệ.", fallback);
        Assert.DoesNotContain(fallback, messages);
        Assert.Equal(messages.Count, messages.Distinct().Count());
        Assert.All(messages, m => Assert.Contains(m, c => c > 127));
    }

    [Fact]
    public void Every_error_code_has_its_own_english_message()
    {
        var fallback = Texts.English.Error(new FieldError("x", (ErrorCode)999));

        Assert.All(Enum.GetValues<ErrorCode>(), c => Assert.NotEqual(fallback, Texts.English.Error(new FieldError("x", c, 1))));
    }

    [Fact]
    public void Limits_in_error_messages_use_vietnamese_grouping() =>
        Assert.Equal("Số quá lớn (tối đa 2.000).", Texts.Vietnamese.Error(new FieldError("x", ErrorCode.TooLarge, 2000)));

    [Theory]
    [InlineData(null, "Xin chào! Tài khoản")]
    [InlineData("Alex", "Xin chào Alex! Tài khoản")]
    public void Unknown_user_greeting_handles_a_missing_name(string? name, string start) =>
        Assert.StartsWith(start, Texts.Vietnamese.UnknownUser(name, "Văn phòng Sở"));

    private static bool IsTranslated(MemberInfo m) => m switch
    {
        PropertyInfo p => p.PropertyType == typeof(string) && p.GetMethod!.IsAbstract,
        MethodInfo mi => mi.ReturnType == typeof(string) && mi.IsAbstract && !mi.IsSpecialName,
        _ => false,
    };

    /// <summary>Calls a text property or method with plausible arguments.</summary>
    private static string Render(Texts t, string member)
    {
        if (typeof(Texts).GetProperty(member) is { } p) return (string)p.GetValue(t)!;
        var method = typeof(Texts).GetMethod(member)!;
        var args = method.GetParameters().Select(a => a.ParameterType switch
        {
            var x when x == typeof(string) => (object)"Chi cục Kiểm lâm",
            var x when x == typeof(int) => 3,
            var x when x == typeof(DateOnly) => new DateOnly(2024, 4, 20),
            var x when x == typeof(int?) => 3,
            var x when x == typeof(long) => 3L,
            var x when x == typeof(decimal) => 12.5m,
            var x when x == typeof(bool) => true,
            var x when x == typeof(ProgressStatus) => ProgressStatus.InProgress,
            var x when x == typeof(DeadlineStatus) => new DeadlineStatus(DeadlineState.Overdue, 3),
            var x when x == typeof(DateTimeOffset) => new DateTimeOffset(2024, 4, 12, 8, 5, 0, TimeSpan.FromHours(7)),
            var x when x == typeof(IReadOnlyList<(Reminders.ReminderSubject, int, int)>) =>
                new List<(Reminders.ReminderSubject, int, int)> { (Reminders.ReminderSubject.UnitPlan, 12, 12) },
            var x when x == typeof(IReadOnlyList<(Reminders.ReminderSubject, IReadOnlyList<(string, string)>)>) =>
                new List<(Reminders.ReminderSubject, IReadOnlyList<(string, string)>)>
                    { (Reminders.ReminderSubject.UnitPlan, new List<(string, string)> { ("Chi cục Kiểm lâm", "Alex Wilber") }) },
            var x when x == typeof(IReadOnlyList<string>) => new List<string> { "Alex Wilber", "Nguyễn Thị Bình" },
            var x when x == typeof(IReadOnlyList<int>) => new List<int> { 2, 4 },
            var x when x == typeof(Domain.Roster.RosterError) => new Domain.Roster.RosterError("account", Domain.Roster.RosterProblem.BadAccount),
            var x when x == typeof(DateOnly?) => new DateOnly(2024, 4, 20),
            var x when x == typeof(TimeOnly) => new TimeOnly(8, 0),
            var x when x == typeof(DateTimeOffset?) => new DateTimeOffset(2024, 5, 13, 8, 0, 0, TimeSpan.FromHours(7)),
            var x when x.IsEnum => Enum.GetValues(x).GetValue(0)!,
            var x => throw new NotSupportedException($"{member}: add a sample {x.Name}"),
        }).ToArray();
        return (string)method.Invoke(t, args)!;
    }
}
