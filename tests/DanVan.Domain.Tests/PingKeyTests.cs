using DanVan.Domain.Reminders;
using DanVan.Domain.Roster;

namespace DanVan.Domain.Tests;

public class PingKeyTests
{
    private static readonly string Head = UserKeys.For("00000000-0000-0000-0000-000000000020", null);

    [Fact]
    public void Is_the_same_string_for_the_same_ping()
    {
        var key = new PingKey("2024", "CCKL", Head, "unit-plan", "t-7");

        Assert.Equal("2024|unit-plan|t-7|CCKL|aad~3A00000000-0000-0000-0000-000000000020", key.Value);
        Assert.Equal(key.Value, new PingKey("2024", "CCKL", Head, "unit-plan", "t-7").ToString());
    }

    [Fact]
    public void Differs_by_every_part()
    {
        var keys = new[]
        {
            new PingKey("2024", "CCKL", Head, "unit-plan", "t-7"),
            new PingKey("2025", "CCKL", Head, "unit-plan", "t-7"),
            new PingKey("2024", "CCTL", Head, "unit-plan", "t-7"),
            new PingKey("2024", "CCKL", "upn:a@b.vn", "unit-plan", "t-7"),
            new PingKey("2024", "CCKL", Head, "results-report", "t-7"),
            new PingKey("2024", "CCKL", Head, "unit-plan", "t-3"),
            PingKey.Digest("2024", Head, "unit-plan", "digest-2024-04-22"),
        };

        Assert.Equal(keys.Length, keys.Select(k => k.Value).Distinct().Count());
    }

    [Theory]
    [InlineData("upn:trưởng.phòng@snn.tayninh.gov.vn")]
    [InlineData("a/b\\c#d?e")]
    [InlineData("tab\there\nnewline\u007f\u0085")]
    [InlineData("100%'quoted'")]
    [InlineData("|pipe|")]
    [InlineData("~h0123")]
    public void Escapes_odd_ids_into_table_safe_characters(string odd)
    {
        var value = new PingKey("2024", odd, odd, "unit-plan", "t0").Value;

        Assert.Matches("^[A-Za-z0-9._~|-]+$", value);
        Assert.Equal(5, value.Split('|').Length);
    }

    [Fact]
    public void Separators_inside_a_part_cannot_make_two_pings_share_a_key()
    {
        var a = new PingKey("2024", "A|B", "C", "unit-plan", "t0");
        var b = new PingKey("2024", "A", "B|C", "unit-plan", "t0");

        Assert.NotEqual(a.Value, b.Value);
    }

    [Fact]
    public void Hashes_a_very_long_id_deterministically_and_stays_under_the_key_limit()
    {
        var long1 = "upn:" + new string('đ', 400) + "@x.vn";
        var long2 = "upn:" + new string('đ', 400) + "@y.vn";

        var key = new PingKey("2024", "CCKL", long1, "unit-plan", "overdue-5").Value;

        Assert.Equal(key, new PingKey("2024", "CCKL", long1, "unit-plan", "overdue-5").Value);
        Assert.NotEqual(key, new PingKey("2024", "CCKL", long2, "unit-plan", "overdue-5").Value);
        Assert.Matches(@"\|~h[0-9a-f]{64}$", key);
        Assert.True(key.Length < 1024);
    }
}
