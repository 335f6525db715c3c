using DanVan.Domain.Roster;
using DanVan.Testing;

namespace DanVan.Bot.Tests;

/// <summary>Roster:OfficeUsers at start-up: adds the office members that are missing and changes nobody else.</summary>
public sealed class OfficeBootstrapTurnTests : BotTest
{
    private static readonly TeamsUser Office = new("29:vp", "00000000-0000-0000-0000-000000000042", "Cán bộ Văn phòng");

    // Alex is already on the roster as a unit head (the sample seed, or an office edit): the setting must not promote him.
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Roster:OfficeUsers"] = "AlexW@Example.com, 00000000-0000-0000-0000-000000000042",
    };

    [Fact]
    public async Task A_configured_member_missing_from_the_roster_becomes_office_and_an_existing_member_is_left_alone()
    {
        Assert.Equal(new Member(Office.AadObjectId, null, "Văn phòng Sở", Role.Office, null),
            await Bot.Storage.Roster.FindMemberAsync("aad:" + Office.AadObjectId, default));
        Assert.Equal(Role.UnitHead, (await Bot.Storage.Roster.FindMemberAsync("upn:alexw@example.com", default))!.Role);

        Assert.Equal("Chức năng này dành cho Văn phòng Sở và Lãnh đạo Sở.", Text((await SayAsync(TeamsUser.Alex, "danh bạ")).Single()));
        Assert.Contains("Danh bạ đơn vị", CardText(CardOf((await SayAsync(Office, "danh bạ")).Single())));
    }

    [Fact]
    public async Task The_office_reads_its_own_commands_in_the_help_and_a_unit_head_does_not()
    {
        var help = Text((await SayAsync(Office, "trợ giúp")).Single());
        Assert.Contains("**danh bạ** (hoặc **quản lý đơn vị**)", help);
        Assert.Contains("- **tổng hợp** — số liệu toàn Sở", help);
        // Read from the route table: the office is not offered the unit forms it would be refused.
        Assert.DoesNotContain("**tập huấn**", help);
        Assert.DoesNotContain("danh bạ", Text((await SayAsync(TeamsUser.Alex, "trợ giúp")).Single()));
    }

    [Fact]
    public async Task The_office_welcome_leads_to_the_summary_and_its_help_button_lists_the_office_commands()
    {
        var (card, replies) = await ClickAsync(Office, DanVan.Cards.Verbs.Help, new Dictionary<string, string?>());

        Assert.Contains("Tổng hợp", CardText(card));
        Assert.Contains("- **tổng hợp** — số liệu toàn Sở", Text(Assert.Single(replies)));
        var (summary, _) = await ClickAsync(Office, DanVan.Cards.Summary.SummaryCard.ShowVerb, new Dictionary<string, string?> { ["page"] = "1" });
        Assert.Contains("Tổng hợp toàn Sở", CardText(summary));
    }
}
