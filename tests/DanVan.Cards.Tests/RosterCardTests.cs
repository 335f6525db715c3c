using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;

namespace DanVan.Cards.Tests;

public class RosterCardTests
{
    private static readonly Texts Vi = Texts.Vietnamese;
    private static readonly Unit Cckl = new("CCKL", "Chi cục Kiểm lâm");
    private static readonly Member Alex = new("00000000-0000-0000-0000-000000000020", "alexw@example.com", "Alex Wilber", Role.UnitHead, "CCKL");
    private static readonly Member Office = new(null, "vanphong@example.com", "Văn phòng Sở (mẫu)", Role.Office, null);
    private static readonly Member Leader = new("aad-leader", null, "Lãnh đạo Sở", Role.Leader, null);

    private static RosterPage Page(int units, int page = 1)
    {
        var rows = Enumerable.Range(1, units).Select(i => new RosterUnitRow(new Unit($"U{i:D3}", $"Đơn vị số {i}", Active: i % 7 != 0), i == 1 ? [Alex] : []))
            .Skip((page - 1) * RosterCards.PageSize).Take(RosterCards.PageSize).ToList();
        return new RosterPage(rows, page, (units + RosterCards.PageSize - 1) / RosterCards.PageSize, units, units - units / 7, 1, 1, 1);
    }

    public static TheoryData<string> Names => new(AllCards().Keys);

    private static Dictionary<string, Card> AllCards() => new()
    {
        ["overview (office)"] = RosterCards.Overview(Vi, Page(45, 2), canEdit: true, new RosterNotice("Đã thêm đơn vị X.")),
        ["overview (leader)"] = RosterCards.Overview(Vi, Page(45), canEdit: false, null),
        ["unit (office)"] = RosterCards.UnitDetail(Vi, new RosterUnitRow(Cckl, [Alex]), true, RosterForm.Empty, null),
        ["unit (errors)"] = RosterCards.UnitDetail(Vi, new RosterUnitRow(Cckl, [Alex]), true,
            new RosterForm(new Dictionary<string, string?> { [RosterFields.Account] = "alex" }, [new(RosterFields.Account, RosterProblem.BadAccount)]), null),
        ["unit (inactive)"] = RosterCards.UnitDetail(Vi, new RosterUnitRow(Cckl with { Active = false }, []), true, RosterForm.Empty, null),
        ["unit (leader)"] = RosterCards.UnitDetail(Vi, new RosterUnitRow(Cckl, [Alex]), false, RosterForm.Empty, null),
        ["new unit"] = RosterCards.NewUnit(Vi, RosterForm.Empty),
        ["people (office)"] = RosterCards.People(Vi, [Office, Leader], true, RosterForm.Empty, null),
        ["people (leader)"] = RosterCards.People(Vi, [Office, Leader], false, RosterForm.Empty, null),
        ["log"] = RosterCards.Log(Vi, [new UnitChanged(new Stamp(Alex.Key, "Alex Wilber", DateTimeOffset.Parse("2024-05-10T02:00:00Z")), null, Cckl)],
            2, true, at => at.ToOffset(TimeSpan.FromHours(7))),
        ["refusals"] = RosterCards.Refusals(Vi, [new RefusalGroup(new AccessRefused(new Stamp(Alex.Key, "Alex Wilber",
            DateTimeOffset.Parse("2024-05-10T02:00:00Z")), "danh bạ", "OfficeAndLeadersOnly", null), 3, DateTimeOffset.Parse("2024-05-10T01:00:00Z"))],
            1, false, at => at.ToOffset(TimeSpan.FromHours(7))),
    };

    private static readonly string[] InputIds = [RosterFields.UnitId, RosterFields.UnitName, RosterFields.Account, RosterFields.Person, RosterFields.DisplayName, RosterFields.Role];

    [Theory, MemberData(nameof(Names))]
    public void Is_a_version_1_5_card_with_only_roster_verbs_and_roster_inputs_once_each(string name)
    {
        var card = AllCards()[name];
        var json = card.ToJson();
        var verbs = CardJson.OfType(card, "Action.").Select(a => (string)a["verb"]!);
        var ids = CardJson.OfType(card, "Input.").Select(i => (string)i["id"]!).ToList();
        var dataKeys = CardJson.OfType(card, "Action.").SelectMany(a => a["data"]?.AsObject().Select(p => p.Key) ?? []);

        Assert.Equal("1.5", (string?)json["version"]);
        Assert.All(CardJson.OfType(card, "Action."), a => Assert.Equal("Action.Execute", CardJson.Type(a)));
        Assert.All(verbs, v => Assert.True(RosterCards.ReadVerbs.Contains(v) || RosterCards.EditVerbs.Contains(v), v));
        Assert.All(ids, id => Assert.Contains(id, InputIds));
        Assert.Equal(ids.Distinct(), ids);
        Assert.Empty(ids.Intersect(dataKeys));
        // Several buttons share one card's inputs: a required one would block every other button client-side.
        Assert.All(CardJson.OfType(card, "Input."), i => Assert.False((bool)i["isRequired"]!));
        Assert.True(json.ToJsonString().Length < 28_000);
    }

    [Fact]
    public void The_overview_pages_twenty_units_and_offers_the_office_its_edits()
    {
        var card = RosterCards.Overview(Vi, Page(45, 2), canEdit: true, null);
        var text = string.Join("\n", CardJson.TextBlocks(card));
        var actions = card.Actions.Select(a => (a.Title, a.Verb)).ToList();

        Assert.Equal(RosterCards.PageSize, CardJson.OfType(card, "ActionSet").Count());
        Assert.Contains("Trang 2/3", text);
        Assert.Contains("45 đơn vị (39 đang hoạt động), 1 thủ trưởng/cấp phó, 1 cán bộ Văn phòng Sở, 1 Lãnh đạo Sở.", text);
        Assert.Contains("Mã U021 · ngừng hoạt động", text);
        Assert.Equal([("Trang trước", RosterCards.ShowVerb), ("Trang kế tiếp", RosterCards.ShowVerb), ("Thêm đơn vị", RosterCards.NewUnitVerb),
            ("Văn phòng Sở, Lãnh đạo Sở", RosterCards.PeopleVerb), ("Nhật ký", RosterCards.LogVerb)], actions);
        Assert.Equal("1", card.Actions[0].Data![RosterFields.Page]);
        Assert.Equal("3", card.Actions[1].Data![RosterFields.Page]);
    }

    [Fact]
    public void Leaders_read_the_roster_without_any_edit_control()
    {
        foreach (var card in new[]
                 {
                     RosterCards.Overview(Vi, Page(3), canEdit: false, null),
                     RosterCards.UnitDetail(Vi, new RosterUnitRow(Cckl, [Alex]), false, RosterForm.Empty, null),
                     RosterCards.People(Vi, [Office, Leader], false, RosterForm.Empty, null),
                 })
        {
            Assert.DoesNotContain(CardJson.OfType(card, "Action."), a => RosterCards.EditVerbs.Contains((string)a["verb"]!));
            Assert.Empty(CardJson.OfType(card, "Input."));
        }
        Assert.Contains("Lãnh đạo Sở xem danh bạ; chỉ Văn phòng Sở được thay đổi.", string.Join("\n", CardJson.TextBlocks(RosterCards.Overview(Vi, Page(3), false, null))));
    }

    [Fact]
    public void The_unit_card_manages_its_name_status_and_heads_and_shows_errors_under_the_field()
    {
        var form = new RosterForm(new Dictionary<string, string?> { [RosterFields.Account] = "alex", [RosterFields.DisplayName] = "Bình" },
            [new(RosterFields.Account, RosterProblem.BadAccount)]);
        var card = RosterCards.UnitDetail(Vi, new RosterUnitRow(Cckl, [Alex]), true, form, null);
        var body = CardJson.Body(card).Select(e => e!.AsObject()).ToList();
        var accountAt = body.FindIndex(e => (string?)e["id"] == RosterFields.Account);

        Assert.Equal("Chi cục Kiểm lâm", CardJson.Input(card, RosterFields.UnitName)["value"]!.ToString());
        Assert.Equal("alex", CardJson.Input(card, RosterFields.Account)["value"]!.ToString());
        Assert.StartsWith("Vui lòng nhập email/UPN", (string)body[accountAt + 1]["text"]!);
        Assert.Contains("Chưa lưu: vui lòng sửa 1 mục được đánh dấu bên dưới.", CardJson.TextBlocks(card));
        Assert.Contains("Alex Wilber · alexw@example.com", CardJson.TextBlocks(card));
        var verbs = CardJson.OfType(card, "Action.").Select(a => ((string)a["title"]!, (string)a["verb"]!, a["data"]?.ToJsonString())).ToList();
        Assert.Contains(("Đổi tên", RosterCards.RenameVerb, "{\"unitId\":\"CCKL\"}"), verbs);
        Assert.Contains(("Ngừng hoạt động", RosterCards.DeactivateVerb, "{\"unitId\":\"CCKL\"}"), verbs);
        Assert.Contains(("Gỡ", RosterCards.RemoveHeadVerb, "{\"unitId\":\"CCKL\",\"memberKey\":\"aad:00000000-0000-0000-0000-000000000020\"}"), verbs);
        Assert.Contains(("Gán thủ trưởng", RosterCards.AssignHeadVerb, "{\"unitId\":\"CCKL\"}"), verbs);
    }

    [Fact]
    public void Assigning_offers_teams_people_picker_with_the_typed_account_as_fallback()
    {
        var card = RosterCards.UnitDetail(Vi, new RosterUnitRow(Cckl, []), true, RosterForm.Empty, null);

        // As Teams documents it: Input.ChoiceSet, no static choices, choices.data a Data.Query on the directory, one person.
        var picker = CardJson.Input(card, RosterFields.Person);
        Assert.Equal("Input.ChoiceSet", (string?)picker["type"]);
        Assert.Equal("Data.Query", (string?)picker["choices.data"]!["type"]);
        Assert.Equal("graph.microsoft.com/users", (string?)picker["choices.data"]!["dataset"]);
        Assert.False((bool)picker["isMultiSelect"]!);
        Assert.Empty(picker["choices"]!.AsArray());
        Assert.Equal("Hoặc nhập tài khoản Microsoft 365: email/UPN hoặc Object ID", (string?)CardJson.Input(card, RosterFields.Account)["label"]);
        Assert.NotNull(CardJson.Input(card, RosterFields.DisplayName));
    }

    [Fact]
    public void An_inactive_unit_says_so_and_offers_reactivation_but_no_new_head()
    {
        var card = RosterCards.UnitDetail(Vi, new RosterUnitRow(Cckl with { Active = false }, []), true, RosterForm.Empty, null);
        var verbs = CardJson.OfType(card, "Action.").Select(a => (string)a["verb"]!).ToList();

        Assert.Contains(RosterCards.ReactivateVerb, verbs);
        Assert.DoesNotContain(RosterCards.AssignHeadVerb, verbs);
        Assert.Contains(Vi.UnitInactiveNote, CardJson.TextBlocks(card));
        Assert.Contains("Đơn vị chưa có thủ trưởng: chưa ai báo cáo được cho đơn vị này.", CardJson.TextBlocks(card));
    }

    [Fact]
    public void The_people_card_lists_office_then_leaders_with_a_role_choice()
    {
        var card = RosterCards.People(Vi, [Leader, Office], true, RosterForm.Empty, new RosterNotice("Đã lưu."));
        var texts = CardJson.TextBlocks(card).ToList();

        Assert.True(texts.IndexOf("**Văn phòng Sở**") < texts.IndexOf("Văn phòng Sở (mẫu) · vanphong@example.com"));
        Assert.True(texts.IndexOf("**Lãnh đạo Sở**") < texts.IndexOf("Lãnh đạo Sở · aad-leader"));
        var role = CardJson.Input(card, RosterFields.Role);
        Assert.Equal("office", (string?)role["value"]);
        Assert.Equal(["Văn phòng Sở", "Lãnh đạo Sở"], role["choices"]!.AsArray().Select(c => (string)c!["title"]!));
    }

    [Fact]
    public void The_log_reads_each_kind_of_event_in_vietnamese()
    {
        var stamp = new Stamp("upn:vanphong@example.com", "Văn phòng Sở", DateTimeOffset.Parse("2024-05-10T02:00:00Z"));
        string Line(RosterEvent e) => RosterCards.Describe(Vi, e);

        Assert.Equal("Thêm đơn vị Chi cục Kiểm lâm (CCKL)", Line(new UnitChanged(stamp, null, Cckl)));
        Assert.Equal("Đơn vị: Chi cục Kiểm lâm (CCKL) → Chi cục Kiểm lâm (CCKL), ngừng hoạt động", Line(new UnitChanged(stamp, Cckl, Cckl with { Active = false })));
        Assert.Equal("Thêm Alex Wilber (alexw@example.com) — Thủ trưởng đơn vị CCKL", Line(new MemberChanged(stamp, null, Alex)));
        Assert.Equal("Gỡ Lãnh đạo Sở (aad-leader) — Lãnh đạo Sở", Line(new MemberChanged(stamp, Leader, null)));
        Assert.Equal("Thay đổi: Alex Wilber (alexw@example.com) — Thủ trưởng đơn vị CCKL → Alex Wilber (alexw@example.com) — Văn phòng Sở",
            Line(new MemberChanged(stamp, Alex, Alex with { Role = Role.Office, UnitId = null })));
        Assert.Equal("Từ chối “gửi biểu mẫu của đơn vị”: dữ liệu thẻ chỉ sang đơn vị khác (unitId=TTKN)",
            Line(new AccessRefused(stamp, "training.submit", "OtherUnit", "unitId=TTKN")));
        Assert.Equal("Từ chối “gán thủ trưởng”: chỉ dành cho Văn phòng Sở",
            Line(new AccessRefused(stamp, RosterCards.AssignHeadVerb, "OfficeOnly", null)));
        Assert.Equal("Từ chối “danh bạ”: chỉ dành cho Văn phòng Sở và Lãnh đạo Sở",
            Line(new AccessRefused(stamp, "danh bạ", "OfficeAndLeadersOnly", null)));

        var log = RosterCards.Log(Vi, [new UnitChanged(stamp, null, Cckl)], 1, false, at => at.ToOffset(TimeSpan.FromHours(7)));
        Assert.Contains("Văn phòng Sở · 09:00 10/05/2024", CardJson.TextBlocks(log));
        Assert.Contains("Chưa có thay đổi danh bạ nào.", CardJson.TextBlocks(RosterCards.Log(Vi, [], 1, false, at => at)));
        Assert.Contains("Chưa có thao tác nào bị từ chối.", CardJson.TextBlocks(RosterCards.Refusals(Vi, [], 1, false, at => at)));
        var grouped = RosterCards.Refusals(Vi, [new RefusalGroup(new AccessRefused(stamp, "danh bạ", "OfficeAndLeadersOnly", null), 25, stamp.At.AddHours(-1))],
            1, false, at => at.ToOffset(TimeSpan.FromHours(7)));
        Assert.Contains("Văn phòng Sở · 09:00 10/05/2024 · 25 lần, lần đầu 08:00 10/05/2024", CardJson.TextBlocks(grouped));
    }

    [Fact]
    public void Every_roster_problem_has_its_own_vietnamese_message()
    {
        var fallback = Vi.RosterError(new RosterError("x", (RosterProblem)999));
        var messages = Enum.GetValues<RosterProblem>().Select(p => Vi.RosterError(new RosterError("x", p, "CCKL"))).ToList();

        Assert.DoesNotContain(fallback, messages);
        Assert.Equal(messages.Count, messages.Distinct().Count());
        Assert.All(Enum.GetValues<RosterProblem>(), p => Assert.NotEqual(Texts.English.RosterError(new RosterError("x", (RosterProblem)999)),
            Texts.English.RosterError(new RosterError("x", p, "CCKL"))));
    }

    [Fact]
    public void Every_office_verb_has_a_name_for_the_log_in_both_languages() =>
        Assert.All(RosterCards.ReadVerbs.Concat(RosterCards.EditVerbs).Append(Summary.SummaryCard.ShowVerb).Append(Summary.SummaryCard.ExportVerb), v =>
        {
            Assert.Contains(Vi.VerbName(v)!, c => c > 127);
            Assert.False(string.IsNullOrWhiteSpace(Texts.English.VerbName(v)));
        });

    [Fact]
    public void English_has_every_roster_text_too()
    {
        var card = RosterCards.Overview(Texts.English, Page(3), canEdit: true, null);
        Assert.Contains("Unit roster", CardJson.TextBlocks(card));
        Assert.Equal("This is for the department office only. The attempt was refused and logged.", Texts.English.Refused(Refusal.OfficeOnly));
    }
}
