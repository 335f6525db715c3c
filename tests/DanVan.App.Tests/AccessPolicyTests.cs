using DanVan.App.Access;
using DanVan.Cards;
using DanVan.Cards.Text;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;

namespace DanVan.App.Tests;

public class AccessPolicyTests
{
    private static readonly Identity Head = World.HeadIdentity;
    private static readonly Identity Office = new(World.Office, null);
    private static readonly Identity Leader = new(World.Leader, null);

    private static readonly IReadOnlyDictionary<string, string?> NoData = new Dictionary<string, string?>();

    [Fact]
    public void Every_command_has_its_roles_in_the_matrix() =>
        Assert.All(Enum.GetValues<Command>(), c => Assert.True(AccessPolicy.CommandRoles.ContainsKey(c), $"{c} is not in the matrix"));

    [Theory]
    [InlineData(Command.Training, null, Refusal.UnitHeadsOnly, Refusal.UnitHeadsOnly)]
    [InlineData(Command.UnitPlan, null, Refusal.UnitHeadsOnly, Refusal.UnitHeadsOnly)]
    [InlineData(Command.Models, null, Refusal.UnitHeadsOnly, Refusal.UnitHeadsOnly)]
    [InlineData(Command.Report, null, Refusal.UnitHeadsOnly, Refusal.UnitHeadsOnly)]
    [InlineData(Command.Standing, null, Refusal.UnitHeadsOnly, Refusal.UnitHeadsOnly)]
    [InlineData(Command.History, null, null, null)]
    [InlineData(Command.Help, null, null, null)]
    [InlineData(Command.Welcome, null, null, null)]
    [InlineData(Command.Unknown, null, null, null)]
    [InlineData(Command.ReminderPreview, Refusal.OfficeAndLeadersOnly, null, null)]
    [InlineData(Command.ReminderSend, Refusal.OfficeAndLeadersOnly, null, null)]
    [InlineData(Command.Roster, Refusal.OfficeAndLeadersOnly, null, null)]
    public void Commands_by_role(Command command, Refusal? head, Refusal? office, Refusal? leader)
    {
        Assert.Equal(head, AccessPolicy.ForCommand(Head, command));
        Assert.Equal(office, AccessPolicy.ForCommand(Office, command));
        Assert.Equal(leader, AccessPolicy.ForCommand(Leader, command));
    }

    [Fact]
    public void A_unit_head_whose_unit_is_inactive_is_no_unit_head() =>
        Assert.Equal(Refusal.UnitHeadsOnly, AccessPolicy.ForCommand(new Identity(World.FormerHead, World.Closed), Command.Training));

    [Theory]
    [InlineData(RosterCards.ShowVerb, VerbKind.RosterRead)]
    [InlineData(RosterCards.UnitVerb, VerbKind.RosterRead)]
    [InlineData(RosterCards.PeopleVerb, VerbKind.RosterRead)]
    [InlineData(RosterCards.LogVerb, VerbKind.RosterRead)]
    [InlineData(RosterCards.NewUnitVerb, VerbKind.RosterEdit)]
    [InlineData(RosterCards.AddUnitVerb, VerbKind.RosterEdit)]
    [InlineData(RosterCards.RenameVerb, VerbKind.RosterEdit)]
    [InlineData(RosterCards.DeactivateVerb, VerbKind.RosterEdit)]
    [InlineData(RosterCards.ReactivateVerb, VerbKind.RosterEdit)]
    [InlineData(RosterCards.AssignHeadVerb, VerbKind.RosterEdit)]
    [InlineData(RosterCards.RemoveHeadVerb, VerbKind.RosterEdit)]
    [InlineData(RosterCards.AddPersonVerb, VerbKind.RosterEdit)]
    [InlineData(RosterCards.RemovePersonVerb, VerbKind.RosterEdit)]
    [InlineData("training.submit", VerbKind.UnitItem)]
    [InlineData(Verbs.Help, VerbKind.Everyone)]
    [InlineData("roster.everything", VerbKind.Unknown)]
    [InlineData("", VerbKind.Unknown)]
    [InlineData(null, VerbKind.Unknown)]
    public void Verbs_are_classified(string? verb, VerbKind kind) =>
        Assert.Equal(kind, AccessPolicy.Classify(verb, v => v.StartsWith("training.", StringComparison.Ordinal)));

    [Theory]
    [InlineData(VerbKind.UnitItem, null, Refusal.UnitHeadsOnly, Refusal.UnitHeadsOnly)]
    [InlineData(VerbKind.RosterRead, Refusal.OfficeAndLeadersOnly, null, null)]
    [InlineData(VerbKind.RosterEdit, Refusal.OfficeOnly, null, Refusal.OfficeOnly)]
    [InlineData(VerbKind.Everyone, null, null, null)]
    public void Verbs_by_role(VerbKind kind, Refusal? head, Refusal? office, Refusal? leader)
    {
        Assert.Equal(head, AccessPolicy.ForVerb(Head, kind, NoData));
        Assert.Equal(office, AccessPolicy.ForVerb(Office, kind, NoData));
        Assert.Equal(leader, AccessPolicy.ForVerb(Leader, kind, NoData));
    }

    [Theory]
    [InlineData("unitId", "TTKN")]
    [InlineData("UnitId", "ttkn ")]
    [InlineData("unit", "CCTL")]
    public void Card_data_naming_another_unit_is_refused(string key, string value)
    {
        var data = new Dictionary<string, string?> { [key] = value, ["totalStaff"] = "50" };

        Assert.Equal(Refusal.OtherUnit, AccessPolicy.ForVerb(Head, VerbKind.UnitItem, data));
        Assert.Equal($"{key}={value.Trim()}", AccessPolicy.OtherUnitNamed(Head, data));
    }

    [Theory]
    [InlineData("unitId", "CCKL")]
    [InlineData("unitId", "cckl")]
    [InlineData("unitId", "")]
    [InlineData("unitName", "Trung tâm Khuyến nông")]
    public void Card_data_naming_the_callers_own_unit_or_no_unit_is_fine(string key, string value) =>
        Assert.Null(AccessPolicy.ForVerb(Head, VerbKind.UnitItem, new Dictionary<string, string?> { [key] = value }));

    [Fact]
    public async Task A_refusal_is_answered_in_vietnamese_and_written_to_the_audit_log()
    {
        var log = new RefusalLog();
        var gate = new AccessGate(log, new DepartmentClock(new SettableTime(World.Start)));

        var answer = await gate.RefuseVerbAsync(Head, Texts.Vietnamese, "training.submit", VerbKind.UnitItem,
            new Dictionary<string, string?> { ["unitId"] = "TTKN" }, default);

        Assert.Equal("Anh/chị chỉ được xem và cập nhật số liệu của đơn vị mình. Thao tác với đơn vị khác đã bị từ chối và được ghi vào nhật ký.", answer);
        Assert.Equal(new AccessRefused(new Stamp(World.Head.Key, "Alex Wilber", World.Start), "training.submit", "OtherUnit", "unitId=TTKN"),
            Assert.Single(log.Refusals));
    }

    [Fact]
    public async Task An_allowed_action_writes_nothing()
    {
        var log = new RefusalLog();
        var gate = new AccessGate(log, new DepartmentClock(new SettableTime(World.Start)));

        Assert.Null(await gate.RefuseCommandAsync(Office, Texts.Vietnamese, Command.Roster, "danh bạ", default));
        Assert.Null(await gate.RefuseVerbAsync(Head, Texts.Vietnamese, "training.submit", VerbKind.UnitItem, NoData, default));
        Assert.Empty(log.Refusals);
    }

    [Fact]
    public async Task A_unit_head_asking_for_the_roster_is_refused_and_logged_with_what_they_typed()
    {
        var log = new RefusalLog();
        var gate = new AccessGate(log, new DepartmentClock(new SettableTime(World.Start)));

        var answer = await gate.RefuseCommandAsync(Head, Texts.Vietnamese, Command.Roster, " Danh bạ ", default);

        Assert.Equal("Chức năng này dành cho Văn phòng Sở và Lãnh đạo Sở.", answer);
        Assert.Equal(("Danh bạ", "OfficeAndLeadersOnly"), (log.Refusals[0].Attempt, log.Refusals[0].Reason));
    }

    [Theory]
    [InlineData("danh bạ")]
    [InlineData("Danh ba")]
    [InlineData("quản lý đơn vị")]
    [InlineData("quan ly don vi")]
    [InlineData("roster")]
    public void The_roster_command_is_recognised(string text) => Assert.Equal(Command.Roster, Commands.Parse(text));

    /// <summary>Only what the gate uses: refusals. Any roster edit through it would be a bug in the test.</summary>
    private sealed class RefusalLog : IRosterEditor
    {
        public List<AccessRefused> Refusals { get; } = [];

        public Task RecordRefusalAsync(AccessRefused refusal, CancellationToken ct)
        {
            Refusals.Add(refusal);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<Unit>> ListUnitsAsync(CancellationToken ct) => throw new NotSupportedException();
        public Task<IReadOnlyList<Member>> ListMembersAsync(CancellationToken ct) => throw new NotSupportedException();
        public Task<Unit?> FindUnitAsync(string unitId, CancellationToken ct) => throw new NotSupportedException();
        public Task<Member?> FindMemberAsync(string userKey, CancellationToken ct) => throw new NotSupportedException();
        public Task AddUnitAsync(Unit unit, Stamp stamp, CancellationToken ct) => throw new NotSupportedException();
        public Task UpdateUnitAsync(Unit before, Unit after, Stamp stamp, CancellationToken ct) => throw new NotSupportedException();
        public Task SaveMemberAsync(Member? before, Member? after, Stamp stamp, CancellationToken ct, Member? otherOffice = null) => throw new NotSupportedException();
        public Task<IReadOnlyList<RosterEvent>> RecentAsync(int max, CancellationToken ct) => throw new NotSupportedException();
    }
}
