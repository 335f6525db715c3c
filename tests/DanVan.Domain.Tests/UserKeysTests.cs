using DanVan.Domain.Roster;

namespace DanVan.Domain.Tests;

public class UserKeysTests
{
    [Fact]
    public void Prefers_the_aad_object_id_lower_cased() =>
        Assert.Equal("aad:6f1c2a9e-aaaa-bbbb-cccc-0123456789ab", UserKeys.For(" 6F1C2A9E-AAAA-BBBB-CCCC-0123456789AB ", "someone@example.com"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Falls_back_to_the_upn_lower_cased(string? aad) =>
        Assert.Equal("upn:alexw@example.com", UserKeys.For(aad, " AlexW@Example.COM "));

    [Theory]
    [InlineData("00000000-0000-0000-0000-0000000000201", "aad:00000000-0000-0000-0000-0000000000201")] // 13 digits: not a Guid
    [InlineData("user-id-0", "aad:user-id-0")]
    public void Accepts_ids_that_are_not_guids(string aad, string expected) =>
        Assert.Equal(expected, UserKeys.For(aad, null));

    [Fact]
    public void Needs_one_of_the_two() =>
        Assert.Throws<ArgumentException>(() => UserKeys.For(" ", null));
}
