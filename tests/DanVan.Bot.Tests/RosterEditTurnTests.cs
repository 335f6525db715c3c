using DanVan.Cards;
using DanVan.Domain.Roster;
using DanVan.Testing;
using F = DanVan.Domain.Roster.RosterFields;

namespace DanVan.Bot.Tests;

/// <summary>The office edits the roster with cards over HTTP; every edit is stored with its audit entry and the
/// next turn (on this instance) already sees it.</summary>
public sealed class RosterEditTurnTests : RosterTest
{
    [Theory]
    [InlineData("danh bạ")]
    [InlineData("danh ba")]
    [InlineData("Quản lý đơn vị")]
    [InlineData("roster")]
    public async Task The_configured_office_member_opens_the_roster(string command)
    {
        var text = await SayTextAsync(Office, command);

        Assert.Contains("Danh bạ đơn vị", text);
        Assert.Contains("15 đơn vị (15 đang hoạt động), 1 thủ trưởng/cấp phó, 3 cán bộ Văn phòng Sở, 1 Lãnh đạo Sở.", text);
        Assert.Contains("Chi cục Kiểm lâm", text);
        Assert.Contains("Thủ trưởng: Alex Wilber", text);
        Assert.Contains("Thêm đơn vị", text);
        Assert.Equal(Role.Office, (await MemberAsync("aad:" + OfficeAad))!.Role);
    }

    [Fact]
    public async Task The_office_adds_a_unit_and_duplicates_or_bad_ids_are_refused_next_to_the_field_storing_nothing()
    {
        var text = await ClickTextAsync(Office, RosterCards.AddUnitVerb, (F.UnitId, " ccts "), (F.UnitName, "Chi cục Thủy sản"));

        Assert.Contains("Đã thêm đơn vị Chi cục Thủy sản. Hãy gán thủ trưởng để đơn vị bắt đầu báo cáo.", text);
        Assert.Contains("Gán thủ trưởng", text);
        Assert.Equal(new Unit("CCTS", "Chi cục Thủy sản"), await UnitAsync("CCTS"));
        var added = Assert.IsType<UnitChanged>((await AuditAsync())[0]);
        Assert.Equal(("aad:" + OfficeAad, "Văn phòng Sở", null, "CCTS"), (added.Stamp.UserKey, added.Stamp.UserName, added.Before, added.After.Id));

        text = await ClickTextAsync(Office, RosterCards.AddUnitVerb, (F.UnitId, "CCTS"), (F.UnitName, "Chi cục Thủy sản"));
        Assert.Contains("Mã này đã được dùng cho Chi cục Thủy sản.", text);
        Assert.Contains("Đã có đơn vị cùng tên (mã CCTS).", text);
        Assert.Contains("Chưa lưu: vui lòng sửa 2 mục được đánh dấu bên dưới.", text);

        text = await ClickTextAsync(Office, RosterCards.AddUnitVerb, (F.UnitId, "CC TS/2"), (F.UnitName, ""));
        Assert.Contains("Mã đơn vị chỉ gồm chữ không dấu, chữ số, dấu - hoặc \\_, tối đa 20 ký tự (ví dụ CCKL).", text);  // "_" escaped: cards are Markdown
        Assert.Contains("Vui lòng nhập mục này.", text);

        Assert.Equal(16, (await Bot.Storage.Roster.ListUnitsAsync(default)).Count);
        Assert.Single(await AuditAsync());
    }

    [Fact]
    public async Task A_rename_shows_at_once_in_the_unit_heads_standing()
    {
        Assert.Contains("Tình hình thực hiện — Chi cục Kiểm lâm", await SayTextAsync(TeamsUser.Alex, "tình hình"));

        var text = await ClickTextAsync(Office, RosterCards.RenameVerb, (F.UnitId, "CCKL"), (F.UnitName, "Chi cục Kiểm lâm tỉnh Tây Ninh"));

        Assert.Contains("Đã đổi tên đơn vị “Chi cục Kiểm lâm” thành “Chi cục Kiểm lâm tỉnh Tây Ninh”.", text);
        Assert.Contains("Tình hình thực hiện — Chi cục Kiểm lâm tỉnh Tây Ninh", await SayTextAsync(TeamsUser.Alex, "tình hình"));
        var renamed = Assert.IsType<UnitChanged>((await AuditAsync())[0]);
        Assert.Equal(("Chi cục Kiểm lâm", "Chi cục Kiểm lâm tỉnh Tây Ninh"), (renamed.Before!.Name, renamed.After.Name));

        text = await ClickTextAsync(Office, RosterCards.RenameVerb, (F.UnitId, "CCKL"), (F.UnitName, "trung tâm khuyến nông"));
        Assert.Contains("Đã có đơn vị cùng tên (mã TTKN).", text);
        text = await ClickTextAsync(Office, RosterCards.RenameVerb, (F.UnitId, "KHONGCO"), (F.UnitName, "Tên mới"));
        Assert.Contains("Không tìm thấy đơn vị này trong danh bạ.", text);
        Assert.Equal("Chi cục Kiểm lâm tỉnh Tây Ninh", (await UnitAsync("CCKL"))!.Name);
    }

    [Fact]
    public async Task Deactivating_a_unit_locks_its_head_out_on_the_next_turn_and_reactivating_lets_them_back()
    {
        Assert.Contains("Học tập, quán triệt — Chi cục Kiểm lâm", await SayTextAsync(TeamsUser.Alex, "tập huấn"));

        var text = await ClickTextAsync(Office, RosterCards.DeactivateVerb, (F.UnitId, "CCKL"), (F.Confirm, F.Confirmed));

        Assert.Contains("Đã chuyển Chi cục Kiểm lâm sang ngừng hoạt động.", text);
        Assert.Contains("Hoạt động trở lại", text);
        Assert.False((await UnitAsync("CCKL"))!.Active);
        Assert.Contains("chưa có trong danh sách người dùng của DanVan", await SayTextAsync(TeamsUser.Alex, "tập huấn"));
        Assert.Contains("15 đơn vị (14 đang hoạt động)", await SayTextAsync(Office, "danh bạ"));

        Assert.Contains("Không có gì thay đổi.", await ClickTextAsync(Office, RosterCards.DeactivateVerb, (F.UnitId, "CCKL"), (F.Confirm, F.Confirmed)));
        Assert.Contains("Chi cục Kiểm lâm đã hoạt động trở lại.", await ClickTextAsync(Office, RosterCards.ReactivateVerb, (F.UnitId, "CCKL")));
        Assert.Contains("Học tập, quán triệt — Chi cục Kiểm lâm", await SayTextAsync(TeamsUser.Alex, "tập huấn"));
        Assert.Equal(2, (await AuditAsync()).Count);
    }

    [Fact]
    public async Task A_head_assigned_by_object_id_is_recognised_on_their_very_next_turn()
    {
        // Looked up (and remembered as unknown) before the office assigns them.
        Assert.Contains("chưa có trong danh sách", await SayTextAsync(Binh, "tập huấn"));

        var text = await ClickTextAsync(Office, RosterCards.AssignHeadVerb, (F.UnitId, "TTKN"), (F.Account, Binh.AadObjectId!.ToUpperInvariant()), (F.DisplayName, "Nguyễn Thị Bình"));

        Assert.Contains("Đã gán Nguyễn Thị Bình làm thủ trưởng Trung tâm Khuyến nông.", text);
        Assert.Contains("Nguyễn Thị Bình · " + Binh.AadObjectId, text);
        Assert.Equal(new Member(Binh.AadObjectId, null, "Nguyễn Thị Bình", Role.UnitHead, "TTKN"), await MemberAsync("aad:" + Binh.AadObjectId));
        Assert.Contains("Học tập, quán triệt — Trung tâm Khuyến nông", await SayTextAsync(Binh, "tập huấn"));

        // The same click again stores nothing new.
        Assert.Contains("Không có gì thay đổi.", await ClickTextAsync(Office, RosterCards.AssignHeadVerb, (F.UnitId, "TTKN"), (F.Account, Binh.AadObjectId), (F.DisplayName, "Nguyễn Thị Bình")));
        Assert.Single(await AuditAsync());
    }

    [Fact]
    public async Task A_head_picked_with_teams_people_picker_is_assigned_by_the_object_id_it_sends()
    {
        // The people picker sends the chosen person's Entra object id; the typed account is left empty.
        var text = await ClickTextAsync(Office, RosterCards.AssignHeadVerb, (F.UnitId, "TTKN"), (F.Person, Binh.AadObjectId), (F.Account, ""), (F.DisplayName, "Nguyễn Thị Bình"));

        Assert.Contains("Đã gán Nguyễn Thị Bình làm thủ trưởng Trung tâm Khuyến nông.", text);
        Assert.Equal(new Member(Binh.AadObjectId, null, "Nguyễn Thị Bình", Role.UnitHead, "TTKN"), await MemberAsync("aad:" + Binh.AadObjectId));
        Assert.Contains("Học tập, quán triệt — Trung tâm Khuyến nông", await SayTextAsync(Binh, "tập huấn"));
    }

    [Fact]
    public async Task A_head_assigned_by_email_is_found_through_the_upn_teams_reports()
    {
        var deputy = new TeamsUser("29:deputy", "55555555-0000-0000-0000-000000000000", "Phạm Phó");
        Connector.Members[deputy.Id] = new() { ["id"] = deputy.Id, ["userPrincipalName"] = "PhamPho@Example.com", ["name"] = deputy.Name };

        var text = await ClickTextAsync(Office, RosterCards.AssignHeadVerb, (F.UnitId, "CCKL"), (F.Account, "PhamPho@Example.com"), (F.DisplayName, "Phạm Văn Phó"));

        Assert.Contains("Đã gán Phạm Văn Phó làm thủ trưởng Chi cục Kiểm lâm.", text);
        Assert.Contains("Thủ trưởng, cấp phó", text);
        Assert.Contains("Alex Wilber · alexw@example.com", text);
        Assert.Contains("Phạm Văn Phó · phampho@example.com", text);
        Assert.Contains("Học tập, quán triệt — Chi cục Kiểm lâm", await SayTextAsync(deputy, "tập huấn"));
        Assert.Contains("2 thủ trưởng/cấp phó", await SayTextAsync(Office, "danh bạ"));
    }

    [Fact]
    public async Task Assigning_a_head_of_one_unit_to_another_moves_them()
    {
        var text = await ClickTextAsync(Office, RosterCards.AssignHeadVerb, (F.UnitId, "TTKN"), (F.Account, "alexw@example.com"), (F.DisplayName, "Alex Wilber"));

        Assert.Contains("Đã chuyển Alex Wilber từ Chi cục Kiểm lâm sang làm thủ trưởng Trung tâm Khuyến nông.", text);
        // Found by email, but the member keeps both ways of finding them.
        Assert.Equal("TTKN", (await MemberAsync(AlexKey))!.UnitId);
        Assert.Equal("TTKN", (await MemberAsync("upn:alexw@example.com"))!.UnitId);
        Assert.Contains("Tình hình thực hiện — Trung tâm Khuyến nông", await SayTextAsync(TeamsUser.Alex, "tình hình"));
    }

    [Fact]
    public async Task A_bad_account_or_an_inactive_unit_is_refused_and_nothing_is_stored()
    {
        var text = await ClickTextAsync(Office, RosterCards.AssignHeadVerb, (F.UnitId, "TTKN"), (F.Account, "binh@"), (F.DisplayName, ""));

        Assert.Contains("Vui lòng nhập email/UPN (ví dụ nguyenvana@tayninh.gov.vn) hoặc Object ID dạng 00000000-0000-0000-0000-000000000000.", text);
        Assert.Contains("Vui lòng nhập mục này.", text);
        Assert.Contains("binh@", text); // what was typed stays in the form

        await ClickTextAsync(Office, RosterCards.DeactivateVerb, (F.UnitId, "TTKN"), (F.Confirm, F.Confirmed));
        text = await ClickTextAsync(Office, RosterCards.AssignHeadVerb, (F.UnitId, "TTKN"), (F.Account, "binh@example.com"), (F.DisplayName, "Bình"));
        Assert.Contains("Đơn vị đang ngừng hoạt động; cho đơn vị hoạt động trở lại trước khi gán thủ trưởng.", text);

        Assert.Null(await MemberAsync("upn:binh@example.com"));
        Assert.Single(await AuditAsync()); // the deactivation only
    }

    [Fact]
    public async Task Gỡ_and_Ngừng_hoạt_động_first_ask_and_change_nothing_until_confirmed()
    {
        // The "Gỡ" button on the unit card: a question naming who and where, nothing removed.
        var (ask, replies) = await ClickAsync(Office, RosterCards.RemoveHeadVerb, Data((F.UnitId, "CCKL"), (F.MemberKey, AlexKey)));
        Assert.Empty(replies);
        Assert.Contains("Gỡ Alex Wilber khỏi vai trò thủ trưởng Chi cục Kiểm lâm?", CardText(ask));
        Assert.NotNull(await MemberAsync(AlexKey));
        Assert.Empty(await AuditAsync());
        var buttons = ask["actions"]!.AsArray().Select(a => ((string?)a!["title"], (string?)a["verb"], (string?)a["data"]?[F.Confirm])).ToList();
        Assert.Equal([("Xác nhận", RosterCards.RemoveHeadVerb, F.Confirmed), ("Hủy", RosterCards.UnitVerb, null)], buttons);

        // "Ngừng hoạt động" too; "Hủy" goes back to the unit's card as it was.
        var (deactivate, _) = await ClickAsync(Office, RosterCards.DeactivateVerb, Data((F.UnitId, "CCKL")));
        Assert.Contains("Ngừng hoạt động Chi cục Kiểm lâm?", CardText(deactivate));
        Assert.Contains("Chi cục Kiểm lâm", await SayTextAsync(TeamsUser.Alex, "tình hình")); // still active, Alex still its head
        Assert.Empty(await AuditAsync());

        // The confirmation's own button does it.
        Assert.Contains("Đã gỡ Alex Wilber khỏi Chi cục Kiểm lâm.", await ClickTextAsync(Office, RosterCards.RemoveHeadVerb,
            (F.UnitId, "CCKL"), (F.MemberKey, AlexKey), (F.Confirm, F.Confirmed)));
        Assert.Null(await MemberAsync(AlexKey));
    }

    [Fact]
    public async Task Removing_a_head_removes_every_way_to_find_them_and_they_are_unknown_next_turn()
    {
        Assert.Contains("Chi cục Kiểm lâm", await SayTextAsync(TeamsUser.Alex, "tình hình"));

        var text = await ClickTextAsync(Office, RosterCards.RemoveHeadVerb, (F.UnitId, "CCKL"), (F.MemberKey, AlexKey), (F.Confirm, F.Confirmed));

        Assert.Contains("Đã gỡ Alex Wilber khỏi Chi cục Kiểm lâm.", text);
        Assert.Contains("Đơn vị chưa có thủ trưởng", text);
        Assert.Null(await MemberAsync(AlexKey));
        Assert.Null(await MemberAsync("upn:alexw@example.com"));
        Assert.Contains("chưa có trong danh sách", await SayTextAsync(TeamsUser.Alex, "tình hình"));
        var removed = Assert.IsType<MemberChanged>((await AuditAsync())[0]);
        Assert.Equal(("Alex Wilber", null), (removed.Before!.DisplayName, removed.After));

        // A stale card's second click, or a head of another unit: refused, nothing else removed.
        Assert.Contains("Người này không còn trong danh bạ.", await ClickTextAsync(Office, RosterCards.RemoveHeadVerb, (F.UnitId, "CCKL"), (F.MemberKey, AlexKey), (F.Confirm, F.Confirmed)));
        Assert.Single(await AuditAsync());
    }

    [Fact]
    public async Task The_office_promotes_a_leader_who_reads_the_roster_but_cannot_edit_it()
    {
        var text = await ClickTextAsync(Office, RosterCards.AddPersonVerb, (F.Account, Leader.AadObjectId), (F.DisplayName, "Lê Lãnh Đạo"), (F.Role, "leader"));

        Assert.Contains("Đã lưu Lê Lãnh Đạo với vai trò Lãnh đạo Sở.", text);
        Assert.Contains("Lê Lãnh Đạo · " + Leader.AadObjectId, text);
        var roster = await SayTextAsync(Leader, "danh bạ");
        Assert.Contains("Lãnh đạo Sở xem danh bạ; chỉ Văn phòng Sở được thay đổi.", roster);
        Assert.DoesNotContain("Thêm đơn vị", roster);

        Bot.Clock.Advance(TimeSpan.FromMinutes(1)); // the log's newest-first order is by time
        var (card, _) = await ClickAsync(Leader, RosterCards.DeactivateVerb, Data((F.UnitId, "CCKL")));
        Assert.Equal("Chức năng này chỉ dành cho Văn phòng Sở. Thao tác đã bị từ chối và được ghi vào nhật ký.", CardText(card).Trim());
        Assert.True((await UnitAsync("CCKL"))!.Active);
        var refused = Assert.IsType<AccessRefused>((await AuditAsync())[0]);
        Assert.Equal(("aad:" + Leader.AadObjectId, RosterCards.DeactivateVerb, "OfficeOnly"), (refused.Stamp.UserKey, refused.Attempt, refused.Reason));
    }

    [Fact]
    public async Task A_unit_head_promoted_to_the_office_leaves_their_unit_and_can_edit_the_roster()
    {
        var text = await ClickTextAsync(Office, RosterCards.AddPersonVerb, (F.Account, "alexw@example.com"), (F.DisplayName, "Alex Wilber"), (F.Role, "office"));

        Assert.Contains("Đã lưu Alex Wilber với vai trò Văn phòng Sở.", text);
        Assert.Equal(new Member(TeamsUser.Alex.AadObjectId, "alexw@example.com", "Alex Wilber", Role.Office, null), await MemberAsync(AlexKey));
        Assert.Contains("Thêm đơn vị", await SayTextAsync(TeamsUser.Alex, "danh bạ"));
        Assert.Contains("Đã thêm đơn vị", await ClickTextAsync(TeamsUser.Alex, RosterCards.AddUnitVerb, (F.UnitId, "MOI"), (F.UnitName, "Đơn vị mới")));
    }

    [Fact]
    public async Task The_last_office_member_can_be_neither_removed_nor_demoted()
    {
        // The sample roster's two office members go first, leaving the configured one.
        Assert.Contains("Đã gỡ Văn phòng Sở (mẫu) khỏi danh bạ.", await ClickTextAsync(Office, RosterCards.RemovePersonVerb, (F.MemberKey, "upn:vanphong@example.com"), (F.Confirm, F.Confirmed)));
        Assert.Contains("Đã gỡ Megan Bowen khỏi danh bạ.", await ClickTextAsync(Office, RosterCards.RemovePersonVerb, (F.MemberKey, "aad:00000000-0000-0000-0000-000000000021"), (F.Confirm, F.Confirmed)));

        var text = await ClickTextAsync(Office, RosterCards.RemovePersonVerb, (F.MemberKey, "aad:" + OfficeAad), (F.Confirm, F.Confirmed));
        Assert.Contains("Không thể thực hiện: đây là cán bộ Văn phòng Sở cuối cùng", text);
        text = await ClickTextAsync(Office, RosterCards.AddPersonVerb, (F.Account, OfficeAad), (F.DisplayName, "Trần Văn Phòng"), (F.Role, "leader"));
        Assert.Contains("Không thể thực hiện: đây là cán bộ Văn phòng Sở cuối cùng", text);
        text = await ClickTextAsync(Office, RosterCards.AssignHeadVerb, (F.UnitId, "VP"), (F.Account, OfficeAad), (F.DisplayName, "Trần Văn Phòng"));
        Assert.Contains("Không thể thực hiện: đây là cán bộ Văn phòng Sở cuối cùng", text);

        Assert.Equal(Role.Office, (await MemberAsync("aad:" + OfficeAad))!.Role);
        Assert.Equal(2, (await AuditAsync()).Count);
    }

    [Fact]
    public async Task A_role_outside_the_choices_is_refused_next_to_the_field()
    {
        var text = await ClickTextAsync(Office, RosterCards.AddPersonVerb, (F.Account, "ld@example.com"), (F.DisplayName, "Lãnh đạo"), (F.Role, "UnitHead"));

        Assert.Contains("Vui lòng chọn một giá trị trong danh sách.", text);
        Assert.Null(await MemberAsync("upn:ld@example.com"));
    }

    [Fact]
    public async Task The_roster_pages_twenty_units_at_a_time()
    {
        await Bot.Storage.Roster.SeedAsync(new RosterSeed(false, [.. Enumerable.Range(1, 30).Select(i => new Unit($"X{i:D2}", $"Xã thử {i:D2}"))], []), default);

        var first = await SayTextAsync(Office, "danh bạ");
        var (second, _) = await ClickAsync(Office, RosterCards.ShowVerb, Data((F.Page, "3")));

        Assert.Contains("Trang 1/3", first);
        Assert.Contains("Trang 3/3", CardText(second));
        Assert.Equal(5, second["body"]!.AsArray().Count(e => (string?)e!["type"] == "Container") - 1); // 45 units: 5 on the last page, plus the summary
    }

    [Fact]
    public async Task Lich_su_keeps_roster_changes_in_view_however_many_refusals_arrive_and_groups_the_refusals()
    {
        await ClickTextAsync(Office, RosterCards.RenameVerb, (F.UnitId, "CCKL"), (F.UnitName, "Chi cục Kiểm lâm Tây Ninh"));
        Bot.Clock.Advance(TimeSpan.FromMinutes(5));
        for (var i = 0; i < 25; i++) await SayAsync(TeamsUser.Alex, "tổng hợp");
        Bot.Clock.Advance(TimeSpan.FromMinutes(1));
        await SayAsync(TeamsUser.Alex, "danh bạ");

        var text = await SayTextAsync(Office, "lịch sử");

        Assert.Contains("Nhật ký thay đổi danh bạ", text);
        Assert.Contains("Đơn vị: Chi cục Kiểm lâm (CCKL) → Chi cục Kiểm lâm Tây Ninh (CCKL)", text);
        Assert.Contains("Văn phòng Sở · 09:00 10/05/2024", text);
        Assert.DoesNotContain("Từ chối", text);

        var refusals = CardText((await ClickAsync(Office, RosterCards.RefusalsVerb, Data())).Card);
        var latest = refusals.IndexOf("Từ chối “danh bạ”: chỉ dành cho Văn phòng Sở và Lãnh đạo Sở", StringComparison.Ordinal);
        var repeated = refusals.IndexOf("Từ chối “tổng hợp”", StringComparison.Ordinal);
        Assert.True(latest >= 0 && repeated > latest, refusals);
        Assert.Contains("Alex Wilber · 09:06 10/05/2024", refusals);
        Assert.Contains("Alex Wilber · 09:05 10/05/2024 · 25 lần, lần đầu 09:05 10/05/2024", refusals);
    }
}
