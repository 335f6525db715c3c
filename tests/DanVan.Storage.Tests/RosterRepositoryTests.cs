using Azure.Data.Tables;
using DanVan.Domain.Roster;

namespace DanVan.Storage.Tests;

public sealed class RosterRepositoryTests : StorageTest
{
    private static readonly RosterSeed Seed = new(true,
        [new Unit("CCKL", "Chi cục Kiểm lâm"), new Unit("TTKN", "Trung tâm Khuyến nông")],
        [new Member("00000000-0000-0000-0000-000000000020", "AlexW@Example.com", "Alex Wilber", Role.UnitHead, "CCKL")]);

    [Fact]
    public async Task A_member_is_found_by_object_id_and_by_upn_case_insensitively()
    {
        await Storage.Roster.SeedAsync(Seed, default);

        var byAad = await Storage.Roster.FindMemberAsync(UserKeys.For("00000000-0000-0000-0000-000000000020", null), default);
        var byUpn = await Storage.Roster.FindMemberAsync(UserKeys.For(null, "alexw@example.com"), default);

        Assert.Equal("CCKL", byAad!.UnitId);
        Assert.Equal(Role.UnitHead, byUpn!.Role);
        Assert.Null(await Storage.Roster.FindMemberAsync(UserKeys.For("99999999-0000-0000-0000-000000000000", null), default));
    }

    [Fact]
    public async Task Seeding_again_adds_only_what_is_missing_and_keeps_the_office_edits()
    {
        Assert.Equal(4, await Storage.Roster.SeedAsync(Seed, default));
        var renamed = new TableEntity("unit", "CCKL") { ["Name"] = "Chi cục Kiểm lâm (đã đổi tên)", ["Active"] = true };
        await Storage.Tables.Roster.UpsertEntityAsync(renamed, TableUpdateMode.Replace);

        var added = await Storage.Roster.SeedAsync(Seed with { Units = [.. Seed.Units, new Unit("VP", "Văn phòng Sở")] }, default);

        Assert.Equal(1, added);
        Assert.Equal("Chi cục Kiểm lâm (đã đổi tên)", (await Storage.Roster.FindUnitAsync("CCKL", default))!.Name);
        Assert.Equal(3, (await Storage.Roster.ListUnitsAsync(default)).Count);
    }

    [Fact]
    public async Task A_member_the_office_removed_is_not_brought_back_by_the_next_seed()
    {
        await Storage.Roster.SeedAsync(Seed, default);
        foreach (var key in new[] { "aad:00000000-0000-0000-0000-000000000020", "upn:alexw@example.com" })
            await Storage.Tables.Roster.DeleteEntityAsync("member", key);

        Assert.Equal(0, await Storage.Roster.SeedAsync(Seed, default));

        Assert.Null(await Storage.Roster.FindMemberAsync("upn:alexw@example.com", default));
        Assert.Empty(await Storage.Roster.ListMembersAsync(default));
        Assert.Equal(2, (await Storage.Roster.ListUnitsAsync(default)).Count);
    }
}
