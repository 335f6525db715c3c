using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;

namespace DanVan.Storage.Tests;

public sealed class RosterEditTests : StorageTest
{
    private static readonly Unit Cckl = new("CCKL", "Chi cục Kiểm lâm");
    private static readonly Member Head = new("00000000-0000-0000-0000-000000000020", "alexw@example.com", "Alex Wilber", Role.UnitHead, "CCKL");

    private IRosterEditor Editor => Storage.RosterEditor;

    private static Stamp At(int minute) => new("upn:vp@example.com", "Văn phòng Sở", new DateTimeOffset(2024, 5, 10, 2, minute, 0, TimeSpan.Zero));

    [Fact]
    public async Task Adding_a_unit_writes_it_and_its_audit_row_and_lists_only_the_unit()
    {
        await Editor.AddUnitAsync(Cckl, At(1), default);

        Assert.Equal(2, await CountRowsAsync(Storage.Tables.Roster, "unit"));
        Assert.Equal([Cckl], await Storage.Roster.ListUnitsAsync(default));
        Assert.Equal([new UnitChanged(At(1), null, Cckl)], await Editor.RecentChangesAsync(10, default));
    }

    [Fact]
    public async Task Adding_a_unit_whose_id_is_taken_is_a_conflict_and_writes_nothing()
    {
        await Editor.AddUnitAsync(Cckl, At(1), default);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Editor.AddUnitAsync(Cckl with { Name = "Khác" }, At(2), default));

        Assert.Equal(2, await CountRowsAsync(Storage.Tables.Roster, "unit"));
        Assert.Equal("Chi cục Kiểm lâm", (await Storage.Roster.FindUnitAsync("CCKL", default))!.Name);
    }

    [Fact]
    public async Task An_update_from_a_stale_read_is_a_conflict_and_writes_nothing()
    {
        await Editor.AddUnitAsync(Cckl, At(1), default);
        await Editor.UpdateUnitAsync(Cckl, Cckl with { Name = "Chi cục Kiểm lâm tỉnh" }, At(2), default);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Editor.UpdateUnitAsync(Cckl, Cckl with { Active = false }, At(3), default));

        Assert.Equal(new Unit("CCKL", "Chi cục Kiểm lâm tỉnh"), await Storage.Roster.FindUnitAsync("CCKL", default));
        Assert.Equal(2, (await Editor.RecentChangesAsync(10, default)).Count);
    }

    [Fact]
    public async Task A_member_is_written_under_each_key_and_removed_from_each_with_one_audit_row_per_change()
    {
        await Editor.SaveMemberAsync(null, Head, At(1), default);
        var moved = Head with { UnitId = "TTKN" };
        await Editor.SaveMemberAsync(Head, moved, At(2), default);

        Assert.Equal(moved, await Storage.Roster.FindMemberAsync("aad:00000000-0000-0000-0000-000000000020", default));
        Assert.Equal(moved, await Storage.Roster.FindMemberAsync("upn:alexw@example.com", default));
        Assert.Equal([moved], await Storage.Roster.ListMembersAsync(default));

        await Editor.SaveMemberAsync(moved, null, At(3), default);

        Assert.Null(await Storage.Roster.FindMemberAsync("upn:alexw@example.com", default));
        Assert.Empty(await Storage.Roster.ListMembersAsync(default));
        Assert.Equal(3, await CountRowsAsync(Storage.Tables.Roster, "member")); // the three audit rows
        Assert.Equal(
            [new MemberChanged(At(3), moved, null), new MemberChanged(At(2), Head, moved), new MemberChanged(At(1), null, Head)],
            await Editor.RecentChangesAsync(10, default));
    }

    [Fact]
    public async Task A_member_change_from_a_stale_read_or_onto_someone_elses_key_writes_nothing()
    {
        await Editor.SaveMemberAsync(null, Head, At(1), default);
        await Editor.SaveMemberAsync(Head, Head with { DisplayName = "Head W." }, At(2), default);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Editor.SaveMemberAsync(Head, null, At(3), default));
        var stranger = new Member(null, "alexw@example.com", "Người khác", Role.Leader, null);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Editor.SaveMemberAsync(null, stranger, At(4), default));

        Assert.Equal("Head W.", (await Storage.Roster.FindMemberAsync("upn:alexw@example.com", default))!.DisplayName);
        Assert.Equal(2, (await Editor.RecentChangesAsync(10, default)).Count);
    }

    [Fact]
    public async Task Refusals_and_changes_from_every_partition_come_back_newest_first_up_to_the_limit()
    {
        await Editor.AddUnitAsync(Cckl, At(1), default);
        await Editor.RecordRefusalAsync(new AccessRefused(At(2) with { UserKey = Head.Key, UserName = "Alex Wilber" }, "danh bạ", "OfficeAndLeadersOnly", null), default);
        await Editor.SaveMemberAsync(null, Head, At(3), default);
        await Editor.RecordRefusalAsync(new AccessRefused(At(4), "training.submit", "OtherUnit", "unitId=TTKN"), default);

        var changes = await Editor.RecentChangesAsync(3, default);
        var refusals = await Editor.RecentRefusalsAsync(3, default);

        // Changes and refusals are kept apart: no number of refusals can push a change out of its list.
        Assert.Equal([3, 1], changes.Select(e => e.Stamp.At.Minute));
        Assert.Equal([4, 2], refusals.Select(e => e.Stamp.At.Minute));
        Assert.Equal(new AccessRefused(At(4), "training.submit", "OtherUnit", "unitId=TTKN"), refusals[0]);
        Assert.Equal(2, await CountRowsAsync(Storage.Tables.Roster, "audit"));
    }

    [Fact]
    public async Task Seeding_after_edits_still_sees_the_audit_rows_as_no_units_or_members()
    {
        await Editor.AddUnitAsync(Cckl, At(1), default);
        await Editor.SaveMemberAsync(null, Head, At(2), default);

        await Storage.Roster.SeedAsync(new RosterSeed(false, [new Unit("TTKN", "Trung tâm Khuyến nông")], []), default);

        Assert.Equal(["CCKL", "TTKN"], (await Storage.Roster.ListUnitsAsync(default)).Select(u => u.Id).Order());
        Assert.Single(await Storage.Roster.ListMembersAsync(default));
    }

    private static readonly Member OfficeA = new(null, "vp.a@example.com", "Cán bộ A", Role.Office, null);
    private static readonly Member OfficeB = new("00000000-0000-0000-0000-0000000000bb", "vp.b@example.com", "Cán bộ B", Role.Office, null);

    [Fact]
    public async Task Two_office_members_removing_each_other_leave_one_the_second_removal_is_a_conflict()
    {
        await Editor.SaveMemberAsync(null, OfficeA, At(1), default);
        await Editor.SaveMemberAsync(null, OfficeB, At(2), default);

        // Each checked "someone else is office" against the same roster; the first to commit wins.
        await Editor.SaveMemberAsync(OfficeA, null, At(3), default, otherOffice: OfficeB);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Editor.SaveMemberAsync(OfficeB, null, At(4), default, otherOffice: OfficeA));

        Assert.Equal([OfficeB], await Storage.Roster.ListMembersAsync(default));
    }

    [Fact]
    public async Task An_office_member_named_as_the_one_who_stays_must_still_be_office_at_commit()
    {
        await Editor.SaveMemberAsync(null, OfficeA, At(1), default);
        await Editor.SaveMemberAsync(null, OfficeB, At(2), default);
        await Editor.SaveMemberAsync(OfficeB, OfficeB with { Role = Role.Leader }, At(3), default, otherOffice: OfficeA);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Editor.SaveMemberAsync(OfficeA, null, At(4), default, otherOffice: OfficeB));

        Assert.Equal(Role.Office, (await Storage.Roster.FindMemberAsync(OfficeA.Key, default))!.Role);
    }

    [Fact]
    public async Task The_witness_row_is_rewritten_unchanged()
    {
        await Editor.SaveMemberAsync(null, OfficeA, At(1), default);
        await Editor.SaveMemberAsync(null, OfficeB, At(2), default);

        await Editor.SaveMemberAsync(OfficeB, null, At(3), default, otherOffice: OfficeA);

        Assert.Equal(OfficeA, await Storage.Roster.FindMemberAsync(OfficeA.Key, default));
    }
}
