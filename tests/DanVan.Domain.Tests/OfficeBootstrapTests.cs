using DanVan.Domain.Roster;

namespace DanVan.Domain.Tests;

public class OfficeBootstrapTests
{
    [Fact]
    public void Emails_and_object_ids_become_office_members_once_each()
    {
        var members = OfficeBootstrap.Parse(" VP@TayNinh.gov.vn, 00000000-0000-0000-0000-000000000041; vp@tayninh.gov.vn ,", "Văn phòng Sở");

        Assert.Equal(
        [
            new Member(null, "vp@tayninh.gov.vn", "vp@tayninh.gov.vn", Role.Office, null),
            new Member("00000000-0000-0000-0000-000000000041", null, "Văn phòng Sở", Role.Office, null),
        ], members);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" , ")]
    public void Nothing_configured_is_nobody(string? setting) => Assert.Empty(OfficeBootstrap.Parse(setting, "Văn phòng Sở"));

    [Fact]
    public void A_malformed_entry_stops_start_up_and_says_which()
    {
        var e = Assert.Throws<InvalidDataException>(() => OfficeBootstrap.Parse("vp@tayninh.gov.vn, vanphong", "Văn phòng Sở"));
        Assert.Contains("'vanphong'", e.Message);
    }
}
