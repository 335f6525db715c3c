using DanVan.App.Access;
using DanVan.App.Routing;
using DanVan.Cards;
using DanVan.Cards.Text;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;

namespace DanVan.App.Tests;

/// <summary>The route table and the policy that reads it: who may use each command and verb, and where.</summary>
public class AccessPolicyTests
{
    private static readonly Identity Head = World.HeadIdentity;
    private static readonly Identity Office = new(World.Office, null);
    private static readonly Identity Leader = new(World.Leader, null);

    private static readonly IReadOnlyDictionary<string, string?> NoData = new Dictionary<string, string?>();

    private static readonly RouteTable Routes = new World().Routes;

    [Fact]
    public void Every_typed_word_reaches_exactly_the_route_that_declares_it() =>
        Assert.All(Routes.All.SelectMany(r => r.Words.Select(w => (Route: r, Word: w))), x => Assert.Same(x.Route, Routes.Words.Match(x.Word)));

    [Fact]
    public void A_command_or_verb_declared_twice_stops_start_up()
    {
        RouteHandler none = (_, _) => throw new NotSupportedException();
        Assert.Throws<InvalidOperationException>(() => new RouteTable(
            [new Route("a", DanVanRoutes.Everyone, Scopes.Personal, none) { Verbs = ["x"] }, new Route("b", DanVanRoutes.Everyone, Scopes.Personal, none) { Verbs = ["x"] }]));
        Assert.Throws<InvalidOperationException>(() => new RouteTable(
            [new Route("a", DanVanRoutes.Everyone, Scopes.Personal, none) { Words = ["trợ giúp"] }, new Route("b", DanVanRoutes.Everyone, Scopes.Personal, none) { Words = ["tro giup"] }]));
        Assert.Throws<InvalidOperationException>(() => new RouteTable(
            [new Route("a", DanVanRoutes.Everyone, Scopes.Personal, none), new Route("a", DanVanRoutes.Everyone, Scopes.Personal, none)]));
    }

    [Theory]
    [InlineData("roster.everything")]
    [InlineData("training.delete")]
    [InlineData("")]
    [InlineData(null)]
    public void An_undeclared_verb_has_no_route(string? verb) => Assert.Null(Routes.ForVerb(verb));

    [Theory]
    [InlineData(RouteNames.Training, null, Refusal.UnitHeadsOnly, Refusal.UnitHeadsOnly)]
    [InlineData(RouteNames.UnitPlan, null, Refusal.UnitHeadsOnly, Refusal.UnitHeadsOnly)]
    [InlineData(RouteNames.Models, null, Refusal.UnitHeadsOnly, Refusal.UnitHeadsOnly)]
    [InlineData(RouteNames.Report, null, Refusal.UnitHeadsOnly, Refusal.UnitHeadsOnly)]
    [InlineData(RouteNames.Standing, null, Refusal.UnitHeadsOnly, Refusal.UnitHeadsOnly)]
    [InlineData(RouteNames.History, null, null, null)]
    [InlineData(RouteNames.Help, null, null, null)]
    [InlineData(RouteNames.Welcome, null, null, null)]
    [InlineData(RouteNames.Unknown, null, null, null)]
    [InlineData(RouteNames.RemindersPreview, Refusal.OfficeAndLeadersOnly, null, null)]
    [InlineData(RouteNames.RemindersSend, Refusal.OfficeAndLeadersOnly, null, null)]
    [InlineData(RouteNames.Roster, Refusal.OfficeAndLeadersOnly, null, null)]
    [InlineData(RouteNames.Summary, Refusal.DepartmentView, null, null)]
    [InlineData(RouteNames.Export, Refusal.DepartmentView, null, null)]
    public void Commands_by_role(string command, Refusal? head, Refusal? office, Refusal? leader)
    {
        var route = Routes.ForName(command)!;
        Assert.Equal(head, AccessPolicy.Check(route, Head, NoData));
        Assert.Equal(office, AccessPolicy.Check(route, Office, NoData));
        Assert.Equal(leader, AccessPolicy.Check(route, Leader, NoData));
    }

    [Fact]
    public void A_unit_head_whose_unit_is_inactive_is_no_unit_head() =>
        Assert.Equal(Refusal.UnitHeadsOnly, AccessPolicy.Check(Routes.ForName(RouteNames.Training)!, new Identity(World.FormerHead, World.Closed), NoData));

    [Theory]
    [InlineData(RosterCards.ShowVerb, Refusal.OfficeAndLeadersOnly, null, null)]
    [InlineData(RosterCards.UnitVerb, Refusal.OfficeAndLeadersOnly, null, null)]
    [InlineData(RosterCards.PeopleVerb, Refusal.OfficeAndLeadersOnly, null, null)]
    [InlineData(RosterCards.LogVerb, Refusal.OfficeAndLeadersOnly, null, null)]
    [InlineData(RosterCards.RefusalsVerb, Refusal.OfficeAndLeadersOnly, null, null)]
    [InlineData(RosterCards.NewUnitVerb, Refusal.OfficeOnly, null, Refusal.OfficeOnly)]
    [InlineData(RosterCards.AddUnitVerb, Refusal.OfficeOnly, null, Refusal.OfficeOnly)]
    [InlineData(RosterCards.RenameVerb, Refusal.OfficeOnly, null, Refusal.OfficeOnly)]
    [InlineData(RosterCards.DeactivateVerb, Refusal.OfficeOnly, null, Refusal.OfficeOnly)]
    [InlineData(RosterCards.ReactivateVerb, Refusal.OfficeOnly, null, Refusal.OfficeOnly)]
    [InlineData(RosterCards.AssignHeadVerb, Refusal.OfficeOnly, null, Refusal.OfficeOnly)]
    [InlineData(RosterCards.RemoveHeadVerb, Refusal.OfficeOnly, null, Refusal.OfficeOnly)]
    [InlineData(RosterCards.AddPersonVerb, Refusal.OfficeOnly, null, Refusal.OfficeOnly)]
    [InlineData(RosterCards.RemovePersonVerb, Refusal.OfficeOnly, null, Refusal.OfficeOnly)]
    [InlineData("training.submit", null, Refusal.UnitHeadsOnly, Refusal.UnitHeadsOnly)]
    [InlineData("training.open", null, Refusal.UnitHeadsOnly, Refusal.UnitHeadsOnly)]
    [InlineData("training.refresh", null, Refusal.UnitHeadsOnly, Refusal.UnitHeadsOnly)]
    [InlineData(Verbs.Standing, null, Refusal.UnitHeadsOnly, Refusal.UnitHeadsOnly)]
    [InlineData(ModelCards.ListVerb, null, Refusal.UnitHeadsOnly, Refusal.UnitHeadsOnly)]
    [InlineData("summary.show", Refusal.DepartmentView, null, null)]
    [InlineData("export.create", Refusal.DepartmentView, null, null)]
    [InlineData(Verbs.Help, null, null, null)]
    public void Verbs_by_role(string verb, Refusal? head, Refusal? office, Refusal? leader)
    {
        var route = Routes.ForVerb(verb)!;
        Assert.Equal(head, AccessPolicy.Check(route, Head, NoData));
        Assert.Equal(office, AccessPolicy.Check(route, Office, NoData));
        Assert.Equal(leader, AccessPolicy.Check(route, Leader, NoData));
    }

    [Fact]
    public void Nothing_private_is_answered_outside_a_personal_chat()
    {
        // Only the command list, the plan's own deadlines (public), "not understood" and the office's department channel
        // commands (which name the channel they are typed in and answer with one line, no figures) may be answered where
        // a team can read them.
        var shared = Routes.All.Where(r => r.Scopes != Scopes.Personal).Select(r => r.Name).Order().ToList();
        Assert.Equal(new[] { RouteNames.Deadlines, RouteNames.DepartmentChannelSet, RouteNames.DepartmentChannelStop, RouteNames.Help, RouteNames.Unknown }.Order(), shared);
        Assert.All(Routes.All.Where(r => r.Name.StartsWith("department-channel", StringComparison.Ordinal)), r =>
        {
            Assert.Equal(DanVanRoutes.OfficeOnly, r.Roles);
            Assert.True(r.FreshRole && r.Writes);
        });
    }

    [Fact]
    public void Every_change_is_marked_as_one_and_roster_edits_and_exports_read_the_role_from_storage()
    {
        Assert.All(Routes.All.Where(r => r.Verbs.Any(v => v.EndsWith(".submit", StringComparison.Ordinal)) || RosterCards.EditVerbs.Contains(r.Name) && r.Name != RosterCards.NewUnitVerb),
            r => Assert.True(r.Writes, r.Name));
        Assert.All(Routes.All.Where(r => RosterCards.EditVerbs.Contains(r.Name)), r => Assert.True(r.FreshRole, r.Name));
        Assert.True(Routes.ForName(RouteNames.Export)!.FreshRole);
        Assert.True(Routes.ForName(RouteNames.RemindersSend)!.FreshRole);
    }

    [Theory]
    [InlineData("unitId", "TTKN")]
    [InlineData("UnitId", "ttkn ")]
    [InlineData("unit", "CCTL")]
    public void Card_data_naming_another_unit_is_refused(string key, string value)
    {
        var data = new Dictionary<string, string?> { [key] = value, ["totalStaff"] = "50" };

        Assert.Equal(Refusal.OtherUnit, AccessPolicy.Check(Routes.ForVerb("training.submit")!, Head, data));
        Assert.Equal($"{key}={value.Trim()}", AccessPolicy.OtherUnitNamed(Head, data));
    }

    [Theory]
    [InlineData("unitId", "CCKL")]
    [InlineData("unitId", "cckl")]
    [InlineData("unitId", "")]
    [InlineData("unitName", "Trung tâm Khuyến nông")]
    public void Card_data_naming_the_callers_own_unit_or_no_unit_is_fine(string key, string value) =>
        Assert.Null(AccessPolicy.Check(Routes.ForVerb("training.submit")!, Head, new Dictionary<string, string?> { [key] = value }));

    [Fact]
    public async Task A_refusal_is_answered_in_vietnamese_and_written_to_the_audit_log()
    {
        var world = new World();
        var gate = new AccessGate(world.Editor, new DepartmentClock(new SettableTime(World.Start)));

        var answer = await gate.RefuseAsync(Routes.ForVerb("training.submit")!, Head, Texts.Vietnamese, "training.submit",
            new Dictionary<string, string?> { ["unitId"] = "TTKN" }, default);

        Assert.Equal("Anh/chị chỉ được xem và cập nhật số liệu của đơn vị mình. Thao tác với đơn vị khác đã bị từ chối và được ghi vào nhật ký.", answer);
        Assert.Equal(new AccessRefused(new Stamp(World.Head.Key, "Alex Wilber", World.Start), "training.submit", "OtherUnit", "unitId=TTKN"),
            Assert.Single(world.Editor.Refusals));
    }

    [Fact]
    public async Task An_allowed_action_writes_nothing()
    {
        var world = new World();
        var gate = new AccessGate(world.Editor, new DepartmentClock(new SettableTime(World.Start)));

        Assert.Null(await gate.RefuseAsync(Routes.ForName(RouteNames.Roster)!, Office, Texts.Vietnamese, "danh bạ", NoData, default));
        Assert.Null(await gate.RefuseAsync(Routes.ForVerb("training.submit")!, Head, Texts.Vietnamese, "training.submit", NoData, default));
        Assert.Empty(world.Editor.Refusals);
    }

    [Fact]
    public async Task A_unit_head_asking_for_the_roster_is_refused_and_logged_with_what_they_typed()
    {
        var world = new World();
        var gate = new AccessGate(world.Editor, new DepartmentClock(new SettableTime(World.Start)));

        var answer = await gate.RefuseAsync(Routes.ForName(RouteNames.Roster)!, Head, Texts.Vietnamese, " Danh bạ ", NoData, default);

        Assert.Equal("Chức năng này dành cho Văn phòng Sở và Lãnh đạo Sở.", answer);
        Assert.Equal(("Danh bạ", "OfficeAndLeadersOnly"), (world.Editor.Refusals[0].Attempt, world.Editor.Refusals[0].Reason));
    }

    [Theory]
    [InlineData("danh bạ")]
    [InlineData("Danh ba")]
    [InlineData("quản lý đơn vị")]
    [InlineData("quan ly don vi")]
    [InlineData("roster")]
    public void The_roster_command_is_recognised(string text) => Assert.Equal(RouteNames.Roster, CommandsTests.Parse(text));

    [Fact]
    public void Help_lists_what_the_caller_may_use_from_the_table()
    {
        var head = DanVanRoutes.HelpText(Routes, Texts.Vietnamese, Head, ChatKind.Personal);
        var office = DanVanRoutes.HelpText(Routes, Texts.Vietnamese, Office, ChatKind.Personal);

        Assert.Contains("**tập huấn**", head);
        Assert.DoesNotContain("**danh bạ**", head);
        Assert.DoesNotContain("**tổng hợp**", head);
        Assert.Contains("**danh bạ**", office);
        Assert.Contains("**tổng hợp**", office);
        Assert.DoesNotContain("**tập huấn**", office);
        Assert.Contains(Texts.Vietnamese.HelpSharedNote, DanVanRoutes.HelpText(Routes, Texts.Vietnamese, Head, ChatKind.Channel));
    }
}
