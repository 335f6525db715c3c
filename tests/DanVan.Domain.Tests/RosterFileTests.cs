using DanVan.Domain.Roster;

namespace DanVan.Domain.Tests;

public class RosterFileTests
{
    [Fact]
    public void Loads_the_sample_roster()
    {
        var seed = RosterFile.Load(TestData.RosterPath);

        Assert.True(seed.Sample);
        Assert.Equal(15, seed.Units.Count);
        Assert.Contains(new Unit("CCKL", "Chi cục Kiểm lâm"), seed.Units);
        var playground = Assert.Single(seed.Members, m => m.AadObjectId == "00000000-0000-0000-0000-000000000020");
        Assert.Equal(Role.UnitHead, playground.Role);
        Assert.Equal("CCKL", playground.UnitId);
        Assert.Equal("aad:00000000-0000-0000-0000-000000000020", playground.Key);
    }

    [Fact]
    public void Office_members_have_no_unit_and_are_keyed_by_upn()
    {
        var office = Assert.Single(RosterFile.Load(TestData.RosterPath).Members, m => m.Role == Role.Office);

        Assert.Null(office.UnitId);
        Assert.Equal("upn:vanphong@example.com", office.Key);
    }

    [Fact]
    public void Rejects_a_unit_head_of_an_unknown_unit()
    {
        using var file = TestData.WriteTemp("""
            { "units": [ { "id": "CCKL", "name": "Chi cục Kiểm lâm" } ],
              "members": [ { "upn": "a@example.com", "displayName": "Nguyễn Văn A", "role": "UnitHead", "unitId": "KHONGCO" } ] }
            """);

        var e = Assert.Throws<InvalidDataException>(() => RosterFile.Load(file.Path));

        Assert.Contains("unit head Nguyễn Văn A names unknown unit 'KHONGCO'", e.Message);
    }

    [Fact]
    public void Rejects_an_unknown_role()
    {
        using var file = TestData.WriteTemp("""{ "units": [], "members": [ { "upn": "a@example.com", "role": "Boss" } ] }""");

        var e = Assert.Throws<InvalidDataException>(() => RosterFile.Load(file.Path));

        Assert.Contains("unknown role 'Boss'", e.Message);
    }

    [Fact]
    public void Rejects_a_member_without_any_id()
    {
        using var file = TestData.WriteTemp("""{ "members": [ { "displayName": "Ai đó", "role": "Office" } ] }""");

        var e = Assert.Throws<InvalidDataException>(() => RosterFile.Load(file.Path));

        Assert.Contains("member Ai đó needs aadObjectId or upn", e.Message);
    }
}
