using DanVan.Cards;
using DanVan.Domain.Roster;
using DanVan.Testing;
using F = DanVan.Domain.Roster.RosterFields;

namespace DanVan.Bot.Tests;

/// <summary>
/// Each role's refused actions over HTTP, including card data a unit head has tampered with: refused in
/// Vietnamese, nothing read or written for another unit, and every refusal in the department's audit history.
/// </summary>
public sealed class AccessTests : RosterTest
{
    private const string Refused = "Anh/chị chỉ được xem và cập nhật số liệu của đơn vị mình. Thao tác với đơn vị khác đã bị từ chối và được ghi vào nhật ký.";
    private const string OfficeOnly = "Chức năng này chỉ dành cho Văn phòng Sở. Thao tác đã bị từ chối và được ghi vào nhật ký.";

    private static Dictionary<string, string?> Training(string total = "50", string trained = "45") => new()
    {
        ["totalStaff"] = total, ["trained"] = trained, ["sessions"] = "1", ["lastSessionDate"] = "2024-03-15", ["baseVersion"] = "",
    };

    private async Task<AccessRefused> LastRefusalAsync() => Assert.IsType<AccessRefused>((await AuditAsync())[0]);

    [Fact]
    public async Task A_unit_head_asking_for_the_roster_is_refused_and_the_attempt_is_logged()
    {
        Assert.Equal("Chức năng này dành cho Văn phòng Sở và Lãnh đạo Sở.", await SayTextAsync(TeamsUser.Alex, "danh bạ"));

        var refusal = await LastRefusalAsync();
        Assert.Equal((AlexKey, "Alex Wilber", "danh bạ", "OfficeAndLeadersOnly", BotServer.DefaultNow),
            (refusal.Stamp.UserKey, refusal.Stamp.UserName, refusal.Attempt, refusal.Reason, refusal.Stamp.At));
    }

    [Theory]
    [InlineData(RosterCards.ShowVerb)]
    [InlineData(RosterCards.UnitVerb)]
    [InlineData(RosterCards.PeopleVerb)]
    [InlineData(RosterCards.LogVerb)]
    public async Task A_unit_head_cannot_read_the_roster_cards(string verb)
    {
        var (card, _) = await ClickAsync(TeamsUser.Alex, verb, Data((F.UnitId, "TTKN")));

        Assert.Equal("Chức năng này dành cho Văn phòng Sở và Lãnh đạo Sở.", CardText(card).Trim());
        Assert.Equal(verb, (await LastRefusalAsync()).Attempt);
    }

    private const string DepartmentView =
        "Tổng hợp toàn Sở và xuất báo cáo dành cho Văn phòng Sở và Lãnh đạo Sở. Gõ \"tình hình\" để xem tình hình và xếp hạng của đơn vị mình.";

    [Theory]
    [InlineData("tổng hợp")]
    [InlineData("xuất báo cáo")]
    public async Task A_unit_head_asking_for_the_department_summary_or_export_is_pointed_to_their_own_and_it_is_logged(string command)
    {
        Assert.Equal(DepartmentView, await SayTextAsync(TeamsUser.Alex, command));

        var refusal = await LastRefusalAsync();
        Assert.Equal((AlexKey, command, "DepartmentView"), (refusal.Stamp.UserKey, refusal.Attempt, refusal.Reason));
    }

    [Theory]
    [InlineData(DanVan.Cards.Summary.SummaryCard.ShowVerb)]
    [InlineData(DanVan.Cards.Summary.SummaryCard.ExportVerb)]
    public async Task A_unit_head_posting_the_summary_or_export_verbs_is_refused_and_it_is_logged(string verb)
    {
        var (card, _) = await ClickAsync(TeamsUser.Alex, verb, Data(("page", "2")));

        Assert.Equal(DepartmentView, CardText(card).Trim());
        Assert.Equal((verb, "DepartmentView"), ((await LastRefusalAsync()).Attempt, (await LastRefusalAsync()).Reason));
    }

    [Fact]
    public async Task A_unit_head_posting_roster_edits_is_refused_and_nothing_changes()
    {
        var attempts = new (string Verb, Dictionary<string, string?> Data)[]
        {
            (RosterCards.AddUnitVerb, Data((F.UnitId, "GIA"), (F.UnitName, "Đơn vị giả"))),
            (RosterCards.RenameVerb, Data((F.UnitId, "TTKN"), (F.UnitName, "Tên giả"))),
            (RosterCards.DeactivateVerb, Data((F.UnitId, "TTKN"))),
            (RosterCards.AssignHeadVerb, Data((F.UnitId, "TTKN"), (F.Account, TeamsUser.Alex.AadObjectId), (F.DisplayName, "Alex"))),
            (RosterCards.RemoveHeadVerb, Data((F.UnitId, "CCKL"), (F.MemberKey, AlexKey))),
            (RosterCards.AddPersonVerb, Data((F.Account, TeamsUser.Alex.AadObjectId), (F.DisplayName, "Alex"), (F.Role, "office"))),
            (RosterCards.RemovePersonVerb, Data((F.MemberKey, "aad:" + OfficeAad))),
        };
        foreach (var (verb, data) in attempts)
        {
            var (card, replies) = await ClickAsync(TeamsUser.Alex, verb, data);
            Assert.Equal(OfficeOnly, CardText(card).Trim());
            Assert.Empty(replies);
            Bot.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(15, (await Bot.Storage.Roster.ListUnitsAsync(default)).Count);
        Assert.Equal(new Unit("TTKN", "Trung tâm Khuyến nông"), await UnitAsync("TTKN"));
        Assert.Equal(Role.UnitHead, (await MemberAsync(AlexKey))!.Role);
        Assert.Equal("CCKL", (await MemberAsync(AlexKey))!.UnitId);
        Assert.NotNull(await MemberAsync("aad:" + OfficeAad));
        var log = await AuditAsync();
        Assert.Equal(attempts.Length, log.Count);
        Assert.All(log, e => Assert.Equal("OfficeOnly", Assert.IsType<AccessRefused>(e).Reason));
        Assert.Equal(attempts.Select(a => a.Verb).Reverse(), log.Cast<AccessRefused>().Select(r => r.Attempt));
    }

    [Fact]
    public async Task A_unit_head_submitting_with_another_units_id_in_the_card_data_writes_nowhere()
    {
        var form = Training();
        form["unitId"] = "TTKN";

        var (card, replies) = await ClickAsync(TeamsUser.Alex, "training.submit", form);

        Assert.Equal(Refused, CardText(card).Trim());
        Assert.Empty(replies);
        Assert.Equal(0, await UnitRowsAsync("TTKN"));
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
        var refusal = await LastRefusalAsync();
        Assert.Equal(("training.submit", "OtherUnit", "unitId=TTKN"), (refusal.Attempt, refusal.Reason, refusal.Detail));
    }

    [Theory]
    [InlineData("training.submit")]
    [InlineData("unit-plan.submit")]
    [InlineData("report.submit")]
    [InlineData("model.submit")]
    public async Task Every_form_refuses_a_submission_naming_another_unit(string verb)
    {
        var (card, replies) = await ClickAsync(TeamsUser.Alex, verb, Data(("unitId", "VP"), ("baseVersion", "")));

        Assert.Equal(Refused, CardText(card).Trim());
        Assert.Empty(replies);
        Assert.Equal(0, await UnitRowsAsync("CCKL"));
        Assert.Equal(0, await UnitRowsAsync("VP"));
    }

    [Theory]
    [InlineData("training.open")]
    [InlineData("unit-plan.open")]
    [InlineData("report.refresh")]
    [InlineData("model.list")]
    [InlineData("standing.show")]
    [InlineData("history.show")]
    public async Task A_unit_head_cannot_open_another_units_forms_or_views_by_naming_it(string verb)
    {
        var binh = new Member(Binh.AadObjectId, null, Binh.Name, Role.UnitHead, "TTKN");
        await Bot.Storage.Roster.SeedAsync(new RosterSeed(false, [], [binh]), default);
        await ClickAsync(Binh, "training.submit", Training("40", "40"));

        var (card, _) = await ClickAsync(TeamsUser.Alex, verb, Data(("unit", "TTKN")));

        Assert.Equal(Refused, CardText(card).Trim());
        Assert.DoesNotContain("Trung tâm Khuyến nông", CardText(card));
        Assert.Equal("unit=TTKN", (await LastRefusalAsync()).Detail);
    }

    [Fact]
    public async Task Naming_their_own_unit_in_the_card_data_is_no_tampering()
    {
        var form = Training();
        form["unitId"] = "CCKL";

        var (card, replies) = await ClickAsync(TeamsUser.Alex, "training.submit", form);

        Assert.Contains("Đã ghi nhận số liệu học tập, quán triệt", CardText(card));
        Assert.Single(replies);
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task The_office_and_leaders_cannot_submit_a_units_figures()
    {
        await ClickAsync(Office, RosterCards.AddPersonVerb, Data((F.Account, Leader.AadObjectId), (F.DisplayName, Leader.Name), (F.Role, "leader")));

        foreach (var user in new[] { Office, Leader })
        {
            var (card, _) = await ClickAsync(user, "training.submit", Training());
            Assert.Equal("Chức năng này dành cho thủ trưởng (hoặc cấp phó) của đơn vị.", CardText(card).Trim());
            Assert.Equal("Chức năng này dành cho thủ trưởng (hoặc cấp phó) của đơn vị.", await SayTextAsync(user, "tập huấn"));
        }

        Assert.Equal(0, await UnitRowsAsync("CCKL"));
        Assert.Equal(4, (await AuditAsync()).Count(e => e is AccessRefused { Reason: "UnitHeadsOnly" }));
    }

    [Fact]
    public async Task A_leader_reads_every_roster_card_but_no_edit_goes_through()
    {
        await ClickAsync(Office, RosterCards.AddPersonVerb, Data((F.Account, Leader.AadObjectId), (F.DisplayName, Leader.Name), (F.Role, "leader")));

        Assert.Contains("Chi cục Kiểm lâm", CardText((await ClickAsync(Leader, RosterCards.UnitVerb, Data((F.UnitId, "CCKL")))).Card));
        Assert.Contains("Lê Lãnh Đạo", CardText((await ClickAsync(Leader, RosterCards.PeopleVerb, Data())).Card));
        Assert.Contains("Nhật ký thay đổi danh bạ", CardText(CardOf(Assert.Single(await SayAsync(Leader, "lịch sử")))));
        var (card, _) = await ClickAsync(Leader, RosterCards.AddPersonVerb, Data((F.Account, Leader.AadObjectId), (F.DisplayName, Leader.Name), (F.Role, "office")));

        Assert.Equal(OfficeOnly, CardText(card).Trim());
        Assert.Equal(Role.Leader, (await MemberAsync("aad:" + Leader.AadObjectId))!.Role);
    }

    [Fact]
    public async Task Someone_not_on_the_roster_is_told_so_and_leaves_no_trace()
    {
        var (card, _) = await ClickAsync(TeamsUser.Stranger, RosterCards.AddUnitVerb, Data((F.UnitId, "GIA"), (F.UnitName, "Giả")));

        Assert.Contains("chưa có trong danh sách người dùng của DanVan", CardText(card));
        Assert.Null(await UnitAsync("GIA"));
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task A_unit_heads_standing_shows_their_own_unit_and_only_the_departments_aggregate_rank()
    {
        var binh = new Member(Binh.AadObjectId, null, Binh.Name, Role.UnitHead, "TTKN");
        await Bot.Storage.Roster.SeedAsync(new RosterSeed(false, [], [binh]), default);
        await ClickAsync(Binh, "training.submit", Training("40", "40"));

        var text = await SayTextAsync(TeamsUser.Alex, "tình hình");

        Assert.Contains("Tình hình thực hiện — Chi cục Kiểm lâm", text);
        Assert.Contains("chưa xếp hạng", text); // nothing done yet: no place (the one ahead is not named either)
        // "Văn phòng Sở" is also where the plan says to send it, so that unit's name is no sign of a leak.
        var otherUnits = (await Bot.Storage.Roster.ListUnitsAsync(default)).Where(u => u.Id is not ("CCKL" or "VP")).Select(u => u.Name);
        Assert.All(otherUnits, name => Assert.DoesNotContain(name, text));
        Assert.DoesNotContain("40/40", text);
        Assert.DoesNotContain(Binh.Name, text);
    }
}
