using System.Text.Json.Nodes;
using DanVan.Domain.Plans;

namespace DanVan.Domain.Tests;

public class ReminderSettingsTests
{
    [Fact]
    public void The_2024_plan_file_states_the_defaults()
    {
        var r = TestData.Plan2024.Reminders;

        Assert.Equal(new TimeOnly(8, 0), r.SendAt);
        Assert.Equal([7, 3, 1, 0], r.BeforeDays);
        Assert.Equal((3, 5, true, true), (r.OverdueEveryDays, r.OverdueMaxPings, r.SkipWeekends, r.DigestFromDeadline));
        Assert.Equal(12, r.Holidays.Count);
        Assert.True(r.IsDayOff(new DateOnly(2024, 4, 18)));   // Giỗ Tổ Hùng Vương, a Thursday
        Assert.True(r.IsDayOff(new DateOnly(2024, 4, 20)));   // a Saturday
        Assert.False(r.IsDayOff(new DateOnly(2024, 4, 19)));
    }

    [Fact]
    public void Holidays_are_read_and_a_day_listed_twice_is_refused()
    {
        var json = TestData.PlanJson();
        json["reminders"] = new JsonObject { ["holidays"] = new JsonArray("2024-09-02", "2024-09-03") };
        Assert.Equal([new DateOnly(2024, 9, 2), new DateOnly(2024, 9, 3)], Parse(json).Reminders.Holidays.Order());

        json["reminders"] = new JsonObject { ["holidays"] = new JsonArray("2024-09-02", "2024-09-02") };
        var e = Assert.Throws<InvalidDataException>(() => PlanFile.Parse(TestData.ToStream(json.ToJsonString()), "ke-hoach-2024.json"));
        Assert.Equal("ke-hoach-2024.json: reminders.holidays must list each day once.", e.Message);
    }

    [Fact]
    public void A_plan_without_reminders_gets_the_defaults()
    {
        var json = TestData.PlanJson();
        json.Remove("reminders");

        var r = Parse(json).Reminders;

        Assert.Equal(ReminderSettings.Default.BeforeDays, r.BeforeDays);
        Assert.Equal(ReminderSettings.Default with { BeforeDays = r.BeforeDays }, r);
    }

    [Fact]
    public void Settings_left_out_keep_their_default_and_days_are_sorted()
    {
        var json = TestData.PlanJson();
        json["reminders"] = new JsonObject { ["sendAt"] = "07:30", ["beforeDays"] = new JsonArray(0, 14, 2), ["skipWeekends"] = false };

        var r = Parse(json).Reminders;

        Assert.Equal(new TimeOnly(7, 30), r.SendAt);
        Assert.Equal([14, 2, 0], r.BeforeDays);
        Assert.Equal((3, 5, false, true), (r.OverdueEveryDays, r.OverdueMaxPings, r.SkipWeekends, r.DigestFromDeadline));
    }

    [Theory]
    [InlineData("sendAt", "\"8h\"", "reminders.sendAt '8h' is not a time of day like 08:00")]
    [InlineData("sendAt", "\"25:00\"", "reminders.sendAt '25:00' is not a time of day like 08:00")]
    [InlineData("beforeDays", "[7, -1]", "reminders.beforeDays must be days before the deadline, from 0 (the day itself) to 366")]
    [InlineData("beforeDays", "[3, 3]", "reminders.beforeDays must list each day once")]
    [InlineData("overdueEveryDays", "0", "reminders.overdueEveryDays must be from 1 to 366")]
    [InlineData("overdueMaxPings", "-1", "reminders.overdueMaxPings must be from 0 to 100")]
    [InlineData("overdueMaxPings", "101", "reminders.overdueMaxPings must be from 0 to 100")]
    public void Rejects_a_bad_setting_naming_it(string name, string value, string message)
    {
        var json = TestData.PlanJson();
        json["reminders"]![name] = JsonNode.Parse(value);

        var e = Assert.Throws<InvalidDataException>(() => PlanFile.Parse(TestData.ToStream(json.ToJsonString()), "ke-hoach-2024.json"));

        Assert.Equal($"ke-hoach-2024.json: {message}.", e.Message);
    }

    [Fact]
    public void Rejects_a_misspelt_setting_instead_of_silently_using_the_default()
    {
        var json = TestData.PlanJson();
        json["reminders"]!["beforeDay"] = new JsonArray(1);

        var e = Assert.Throws<InvalidDataException>(() => Parse(json));

        Assert.Contains("not valid plan JSON", e.Message);
        Assert.Contains("beforeDay", e.Message);
    }

    [Fact]
    public void Rejects_a_setting_of_the_wrong_type()
    {
        var json = TestData.PlanJson();
        json["reminders"]!["skipWeekends"] = "có";

        Assert.Contains("not valid plan JSON", Assert.Throws<InvalidDataException>(() => Parse(json)).Message);
    }

    private static Plan Parse(JsonObject json) => PlanFile.Parse(TestData.ToStream(json.ToJsonString()));
}
