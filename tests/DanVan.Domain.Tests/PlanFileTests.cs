using System.Text.Json.Nodes;
using DanVan.Domain.Plans;

namespace DanVan.Domain.Tests;

public class PlanFileTests
{
    [Fact]
    public void Loads_the_2024_plan()
    {
        var plan = TestData.Plan2024;

        Assert.Equal("2024", plan.Id);
        Assert.Equal(2024, plan.Year);
        Assert.Equal("Sở Nông nghiệp và PTNT tỉnh Tây Ninh", plan.Issuer);
        Assert.Equal(new DateOnly(2024, 4, 20), plan.Deadline(DeadlineIds.UnitPlan).Date);
        Assert.Equal(new DateOnly(2024, 10, 15), plan.Deadline(DeadlineIds.ResultsReport).Date);
        Assert.Equal([1, 2, 3, 4, 5], plan.Targets.Select(t => t.Number));
        Assert.Equal("training", plan.Target(1).Code);
        Assert.Equal(100, plan.Target(1).RequiredPercent);
        Assert.Equal(new PlanLimits(2000, 366, 2000), plan.Limits);
    }

    [Fact]
    public void Deadlines_have_a_short_title_for_lists_and_fall_back_to_the_full_one()
    {
        Assert.Equal("Gửi kế hoạch của đơn vị", TestData.Plan2024.Deadline(DeadlineIds.UnitPlan).ShortTitle);

        var json = TestData.PlanJson();
        json["deadlines"]![1]!.AsObject().Remove("shortTitle");
        var plan = PlanFile.Parse(TestData.ToStream(json.ToJsonString()));
        Assert.Equal(plan.Deadline(DeadlineIds.ResultsReport).Title, plan.Deadline(DeadlineIds.ResultsReport).ShortTitle);
    }

    [Fact]
    public void Reads_the_models_per_unit_and_defaults_to_one()
    {
        Assert.Equal(new ModelSettings(1), TestData.Plan2024.Models);

        var json = TestData.PlanJson();
        json["models"] = new JsonObject { ["minPerUnit"] = 3 };
        Assert.Equal(3, PlanFile.Parse(TestData.ToStream(json.ToJsonString())).Models.MinPerUnit);

        json.Remove("models");
        Assert.Equal(1, PlanFile.Parse(TestData.ToStream(json.ToJsonString())).Models.MinPerUnit);
    }

    [Fact]
    public void Rejects_a_negative_number_of_models()
    {
        var json = TestData.PlanJson();
        json["models"] = new JsonObject { ["minPerUnit"] = -1 };

        Assert.Contains("models.minPerUnit must not be negative", Reject(json));
    }

    [Fact]
    public void Parses_an_unchanged_copy_from_a_stream()
    {
        var plan = PlanFile.Parse(TestData.ToStream(TestData.PlanJson().ToJsonString()));

        Assert.Equal(TestData.Plan2024.Deadlines.Select(d => d.Date), plan.Deadlines.Select(d => d.Date));
    }

    [Fact]
    public void Rejects_a_missing_deadline()
    {
        var json = TestData.PlanJson();
        json["deadlines"]!.AsArray().RemoveAt(1);

        var message = Reject(json);

        Assert.Contains("deadline 'results-report' is missing", message);
    }

    [Fact]
    public void Rejects_a_deadline_after_the_closing_date()
    {
        var json = TestData.PlanJson();
        json["deadlines"]![0]!["date"] = "2025-04-20";

        var message = Reject(json);

        Assert.Contains("deadlines['unit-plan'].date 2025-04-20 must be on or after opensOn 2024-01-01 and before closesOn 2024-11-15", message);
    }

    [Theory]
    [InlineData(new[] { 1, 2, 3, 4 })]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6 })]
    [InlineData(new[] { 1, 2, 2, 4, 5 })]
    [InlineData(new[] { 0, 1, 2, 3, 4 })]
    public void Rejects_targets_not_numbered_1_to_5(int[] numbers)
    {
        var json = TestData.PlanJson();
        json["targets"] = new JsonArray(numbers.Select(n => (JsonNode)new JsonObject { ["number"] = n, ["code"] = "t" + n }).ToArray());

        var message = Reject(json);

        Assert.Contains("targets must be numbered 1 to 5", message);
    }

    [Fact]
    public void Reports_every_problem_in_one_message_naming_the_source()
    {
        var json = TestData.PlanJson();
        json.Remove("title");
        json["deadlines"] = new JsonArray();

        var e = Assert.Throws<InvalidDataException>(() => PlanFile.Parse(TestData.ToStream(json.ToJsonString()), "ke-hoach-2099.json"));

        Assert.StartsWith("ke-hoach-2099.json: ", e.Message);
        Assert.Contains("title is missing", e.Message);
        Assert.Contains("deadline 'unit-plan' is missing", e.Message);
        Assert.Contains("deadline 'results-report' is missing", e.Message);
    }

    [Theory]
    [InlineData("{ \"id\": \"2024\", \"year\": 2024,")]
    [InlineData("not json")]
    [InlineData("{ \"year\": \"hai nghìn\" }")]
    public void Rejects_invalid_json(string text)
    {
        var e = Assert.Throws<InvalidDataException>(() => PlanFile.Parse(TestData.ToStream(text), "broken.json"));

        Assert.StartsWith("broken.json: not valid plan JSON", e.Message);
    }

    [Fact]
    public void Rejects_an_empty_file()
    {
        var e = Assert.Throws<InvalidDataException>(() => PlanFile.Parse(TestData.ToStream("null"), "empty.json"));

        Assert.Equal("empty.json: empty plan file.", e.Message);
    }

    private static string Reject(JsonObject json) =>
        Assert.Throws<InvalidDataException>(() => PlanFile.Parse(TestData.ToStream(json.ToJsonString()))).Message;
}
