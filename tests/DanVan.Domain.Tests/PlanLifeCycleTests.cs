using System.Text.Json.Nodes;
using DanVan.Domain.Plans;
using DanVan.Domain.Time;

namespace DanVan.Domain.Tests;

/// <summary>The year's life cycle in the plan file: opensOn, closesOn, officeHours.</summary>
public class PlanLifeCycleTests
{
    private static Plan Parse(JsonObject json) => PlanFile.Parse(TestData.ToStream(json.ToJsonString()), "plans/ke-hoach-2026.json");

    private static string Reject(JsonObject json) =>
        Assert.Throws<InvalidDataException>(() => Parse(json)).Message;

    /// <summary>A 2026 plan whose results report is due in January 2027, opening in December 2025.</summary>
    private static JsonObject Plan2026()
    {
        var json = TestData.PlanJson();
        json["id"] = "2026";
        json["year"] = 2026;
        json["opensOn"] = "2025-12-01";
        json["closesOn"] = "2027-02-15";
        json["deadlines"]![0]!["date"] = "2026-04-20";
        json["deadlines"]![1]!["date"] = "2027-01-15";
        json["reminders"]!["holidays"] = new JsonArray("2026-01-01", "2027-01-01");
        return json;
    }

    [Fact]
    public void The_2024_plan_is_open_through_14_11_and_closed_from_15_11()
    {
        var plan = TestData.Plan2024;

        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 11, 15)), (plan.OpensOn, plan.ClosesOn));
        Assert.Equal(YearPhase.Upcoming, plan.PhaseOn(new DateOnly(2023, 12, 31)));
        Assert.Equal(YearPhase.Open, plan.PhaseOn(new DateOnly(2024, 11, 14)));
        Assert.Equal(YearPhase.Closed, plan.PhaseOn(new DateOnly(2024, 11, 15)));
        Assert.Equal(new DateOnly(2024, 11, 14), plan.LastOpenDay);
        Assert.Equal(OfficeHours.Default, plan.OfficeHours);
    }

    [Fact]
    public void A_2026_plan_with_2027_deadlines_opening_in_2025_loads()
    {
        var plan = Parse(Plan2026());

        Assert.Equal((new DateOnly(2025, 12, 1), new DateOnly(2027, 2, 15)), (plan.OpensOn, plan.ClosesOn));
        Assert.True(plan.IsInYear(new DateOnly(2025, 12, 1)));
        Assert.True(plan.IsInYear(new DateOnly(2027, 1, 15)));
        Assert.False(plan.IsInYear(new DateOnly(2025, 11, 30)));
    }

    [Theory]
    [InlineData("2025-12-10", true)]    // before 1 January, after the opening date: units write their plans early
    [InlineData("2025-11-30", false)]   // before the opening date
    public void Dated_inputs_are_accepted_from_the_opening_date(string date, bool accepted)
    {
        var plan = Parse(Plan2026());
        var fields = new Dictionary<string, string?>
        {
            [DanVan.Domain.Training.TrainingFields.TotalStaff] = "50", [DanVan.Domain.Training.TrainingFields.Trained] = "40",
            [DanVan.Domain.Training.TrainingFields.Sessions] = "1", [DanVan.Domain.Training.TrainingFields.LastSessionDate] = date,
        };

        var v = DanVan.Domain.Training.TrainingValidator.Validate(fields, plan, new DateOnly(2026, 1, 10));

        Assert.Equal(accepted, v.IsValid);
    }

    [Fact]
    public void Without_life_cycle_fields_the_year_runs_from_1_january_to_the_year_after_the_last_deadline()
    {
        var json = Plan2026();
        json.Remove("opensOn");
        json.Remove("closesOn");
        json.Remove("officeHours");

        var plan = Parse(json);

        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2028, 1, 1)), (plan.OpensOn, plan.ClosesOn));
        Assert.Equal(OfficeHours.Default, plan.OfficeHours);
    }

    [Fact]
    public void Office_hours_are_read_from_the_plan_file()
    {
        var json = Plan2026();
        json["officeHours"] = new JsonObject { ["start"] = "07:30", ["end"] = "16:30" };

        Assert.Equal(new OfficeHours(new TimeOnly(7, 30), new TimeOnly(16, 30)), Parse(json).OfficeHours);
    }

    [Theory]
    [InlineData("closesOn", "\"2026-12-31\"", "deadlines['results-report'].date 2027-01-15 must be on or after opensOn 2025-12-01 and before closesOn 2026-12-31")]
    [InlineData("closesOn", "\"2025-11-01\"", "closesOn 2025-11-01 must be after opensOn 2025-12-01")]
    [InlineData("opensOn", "\"2024-06-01\"", "opensOn 2024-06-01 must be in the plan year 2026 or the year before")]
    [InlineData("opensOn", "\"2026-05-01\"", "deadlines['unit-plan'].date 2026-04-20 must be on or after opensOn 2026-05-01")]
    [InlineData("officeHours", "{\"start\": \"8h\"}", "officeHours.start '8h' is not a time of day like 08:00")]
    [InlineData("officeHours", "{\"start\": \"17:00\", \"end\": \"08:00\"}", "officeHours.end 08:00 must be after officeHours.start 17:00")]
    [InlineData("officeHours", "{\"start\": \"08:00\", \"end\": \"07:00\"}", "officeHours.end 07:00 must be after officeHours.start 08:00")]
    [InlineData("officeHours", "{\"start\": \"06:00\", \"end\": \"07:00\"}", "reminders.sendAt 08:00 must be before officeHours.end 07:00")]
    [InlineData("officeHours", "{\"strat\": \"08:00\"}", "officeHours")]
    public void A_bad_life_cycle_field_is_named_with_its_rule_on_one_line(string field, string value, string message)
    {
        var json = Plan2026();
        json[field] = JsonNode.Parse(value);

        var error = Reject(json);

        Assert.StartsWith("plans/ke-hoach-2026.json: ", error);
        Assert.Contains(message, error);
        Assert.DoesNotContain('\n', error);
    }
}

public class SamplePlanTests
{
    private static readonly Plan Sample = PlanFile.Load(Path.Combine(AppContext.BaseDirectory, "plans", "ke-hoach-2027-mau.json"));

    [Fact]
    public void The_next_year_sample_is_marked_and_opens_before_1_january()
    {
        Assert.True(Sample.Sample);
        Assert.False(TestData.Plan2024.Sample);
        Assert.StartsWith("MẪU", Sample.Title);
        Assert.Equal((2027, new DateOnly(2026, 12, 1), new DateOnly(2027, 11, 15)), (Sample.Year, Sample.OpensOn, Sample.ClosesOn));
        Assert.Equal(YearPhase.Open, Sample.PhaseOn(new DateOnly(2026, 12, 10)));
    }

    [Fact]
    public void A_unit_can_enter_its_plan_in_december_before_the_year()
    {
        var fields = new Dictionary<string, string?>
        {
            ["issued"] = "true", ["planNumber"] = "12/KH-CCKL", ["issuedOn"] = "2026-12-05", ["sentOn"] = "2026-12-10", ["link"] = "", ["note"] = "",
        };

        var v = DanVan.Domain.UnitPlans.UnitPlanValidator.Validate(fields, Sample, new DateOnly(2026, 12, 10));

        Assert.True(v.IsValid, string.Join(", ", v.Errors));
        Assert.Equal(new DateOnly(2026, 12, 10), v.Value!.SentOn);
    }
}
