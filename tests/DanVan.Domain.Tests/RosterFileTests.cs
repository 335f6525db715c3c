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
    public void Office_members_have_no_unit_and_one_is_keyed_by_upn_alone()
    {
        var members = RosterFile.Load(TestData.RosterPath).Members;

        Assert.All(members.Where(m => m.Role is Role.Office or Role.Leader), m => Assert.Null(m.UnitId));
        var office = Assert.Single(members, m => m.Upn == "vanphong@example.com");
        Assert.Equal(Role.Office, office.Role);
        Assert.Null(office.AadObjectId);
        Assert.Equal("upn:vanphong@example.com", office.Key);
    }

    // DANVAN_PLAYGROUND_USER=office|leader ./run.sh signs in as these Playground users (.m365agentsplayground.yml).
    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000021", "meganb@example.com", Role.Office)]
    [InlineData("00000000-0000-0000-0000-000000000022", "adelev@example.com", Role.Leader)]
    public void The_playground_office_and_leader_users_are_on_the_sample_roster(string aadObjectId, string upn, Role role)
    {
        var member = Assert.Single(RosterFile.Load(TestData.RosterPath).Members, m => m.AadObjectId == aadObjectId);

        Assert.Equal(role, member.Role);
        Assert.Equal(upn, member.Upn);
        Assert.Null(member.UnitId);
        Assert.Equal($"aad:{aadObjectId}", member.Key);
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
