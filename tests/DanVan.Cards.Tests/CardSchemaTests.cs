using System.Text.Json.Nodes;
using System.Text;
using DanVan.Domain.Training;

namespace DanVan.Cards.Tests;

/// <summary>What every card must satisfy for Teams to render it and for the bot to understand what comes back.</summary>
public class CardSchemaTests
{
    private static readonly string[] KnownVerbs = [Verbs.OpenTraining, Verbs.SubmitTraining, Verbs.Help, UnitPlanCards.OpenVerb, UnitPlanCards.SubmitVerb,
        ModelCards.OpenVerb, ModelCards.SubmitVerb, ModelCards.ListVerb, Verbs.Standing, Verbs.History, ReportCards.OpenVerb, ReportCards.SubmitVerb, ReportCards.StepVerb,
        Summary.SummaryCard.ShowVerb, Summary.SummaryCard.ExportVerb, .. RosterCards.ReadVerbs, .. RosterCards.EditVerbs, DeadlinesCard.ShowVerb, FileCards.AttachVerb, FileCards.LinksVerb,
        Reviews.ReviewCards.QueueVerb, Reviews.ReviewCards.ShowVerb, Reviews.ReviewCards.AcceptVerb, Reviews.ReviewCards.ReturnVerb,
        OfficialReportCards.SaveVerb, OfficialReportCards.MakeVerb, YearCards.ShowVerb, YearCards.ListVerb, YearCards.StartVerb, YearCards.PickVerb, YearCards.ConfirmVerb,
        NudgeCards.OpenVerb, NudgeCards.PreviewVerb, NudgeCards.SendVerb];

    private static readonly string[] RosterInputs = [Domain.Roster.RosterFields.UnitId, Domain.Roster.RosterFields.UnitName,
        Domain.Roster.RosterFields.Account, Domain.Roster.RosterFields.Person, Domain.Roster.RosterFields.DisplayName, Domain.Roster.RosterFields.Role];

    public static TheoryData<string> Cards => TestData.CardNames();

    [Theory, MemberData(nameof(Cards))]
    public void Is_an_adaptive_card_version_1_5(string name)
    {
        var json = TestData.AllCards()[name].ToJson();

        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("1.5", (string?)json["version"]);
        Assert.Equal("Full", (string?)json["msteams"]?["width"]);
        Assert.NotEmpty(json["body"]!.AsArray());
    }

    [Theory, MemberData(nameof(Cards))]
    public void Uses_action_execute_with_known_verbs_or_opens_an_https_link(string name)
    {
        var actions = CardJson.Objects(TestData.AllCards()[name].ToJson()).Where(o => CardJson.Type(o).StartsWith("Action."));

        Assert.All(actions, a =>
        {
            // The export's download links are the only other kind: a browser fetches the file, the bot is not called.
            if (CardJson.Type(a) == "Action.OpenUrl")
                Assert.StartsWith("https://", (string?)a["url"]);
            else
            {
                Assert.Equal("Action.Execute", CardJson.Type(a));
                Assert.Contains((string?)a["verb"], KnownVerbs);
            }
            Assert.False(string.IsNullOrWhiteSpace((string?)a["title"]));
        });
    }

    [Theory, MemberData(nameof(Cards))]
    public void Inputs_are_known_fields_once_each_and_never_clash_with_action_data(string name)
    {
        var card = TestData.AllCards()[name];
        var ids = CardJson.OfType(card, "Input.").Select(i => (string)i["id"]!).ToList();
        var dataKeys = CardJson.OfType(card, "Action.").SelectMany(a => a["data"]?.AsObject().Select(p => p.Key) ?? []);

        Assert.All(ids, id => Assert.Contains(id, TrainingFields.All.Concat(Domain.UnitPlans.UnitPlanFields.All).Concat(Domain.Models.ModelFields.All).Concat(Domain.Reports.ReportFields.All).Concat(RosterInputs).Append(FileCards.TargetKey)
            .Concat([Reviews.ReviewCards.CommentInput, Reviews.ReviewCards.FieldsInput]).Concat(Domain.OfficialReports.DepartmentReportFields.All)));
        Assert.Equal(ids.Distinct(), ids);
        Assert.Empty(ids.Intersect(dataKeys));
    }

    [Theory, MemberData(nameof(Cards))]
    public void Text_blocks_wrap_and_are_not_empty(string name) =>
        Assert.All(CardJson.OfType(TestData.AllCards()[name], "TextBlock"), b =>
        {
            Assert.True((bool)b["wrap"]!);
            Assert.False(string.IsNullOrWhiteSpace((string?)b["text"]));
        });

    /// <summary>Teams' chart elements, as documented for cards in Teams ("Charts in Adaptive Cards"); the node card
    /// check holds their properties to that schema and sends their fallbacks through Microsoft's parser.</summary>
    private static readonly string[] TeamsCharts = ["Chart.Donut", "Chart.Pie", "Chart.Gauge", "Chart.HorizontalBar", "Chart.HorizontalBar.Stacked", "Chart.VerticalBar"];

    [Theory, MemberData(nameof(Cards))]
    public void Charts_are_teams_documented_elements_each_with_a_fallback_element(string name) =>
        Assert.All(CardJson.OfType(TestData.AllCards()[name], "Chart."), chart =>
        {
            Assert.Contains(CardJson.Type(chart), TeamsCharts);
            var fallback = Assert.IsType<JsonObject>(chart["fallback"]);
            Assert.False(CardJson.Type(fallback).StartsWith("Chart.", StringComparison.Ordinal));
        });

    [Fact]
    public void The_summary_carries_a_chart()
    {
        var charts = TestData.AllCards().Where(c => c.Key.Contains("summary", StringComparison.Ordinal))
            .SelectMany(c => CardJson.OfType(c.Value, "Chart.")).ToList();
        Assert.NotEmpty(charts);
    }

    [Fact]
    public void Stays_under_the_teams_28_kb_limit_for_the_longest_unit_name()
    {
        var longest = TestData.Roster.Units.MaxBy(u => u.Name.Length)!.Name;
        Assert.Equal("Chi cục Quản lý chất lượng nông lâm sản và thủy sản", longest);

        foreach (var unit in new[] { longest, string.Concat(Enumerable.Repeat(longest + " ", 5)) })
            foreach (var (name, card) in TestData.AllCards(unit))
            {
                // ToString() escapes non-ASCII as \uXXXX: an upper bound of what goes on the wire.
                var bytes = Encoding.UTF8.GetByteCount(card.ToString());
                Assert.True(bytes < 28 * 1024, $"{name} is {bytes} bytes");
            }
    }
}
