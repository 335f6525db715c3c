using System.Text.Json.Nodes;
using DanVan.Bot.Proactive;
using Microsoft.Extensions.DependencyInjection;
using DanVan.Domain.Reminders;
using DanVan.Domain.Roster;
using DanVan.Testing;

namespace DanVan.Bot.Tests;

/// <summary>
/// The office's "nhắc hạn thử" and "nhắc hạn" over real HTTP and Azurite, at the host's clock moved to Tuesday
/// 08/10/2024 08:05 in Vietnam: T-7 of the results report (due 15/10/2024), and a day of the daily digest since the
/// unit plan (due 20/04/2024) is still missing.
/// </summary>
public sealed class ReminderCommandTests : BotTest
{
    private const string AlexKey = "aad:00000000-0000-0000-0000-000000000020";

    /// <summary>An office member with an Entra id (the sample roster has the office by UPN only).</summary>
    private static readonly TeamsUser Office = new("29:office", "00000000-0000-0000-0000-000000000041", "Văn phòng Sở");

    private static readonly DateTimeOffset ReportT7 = new(2024, 10, 8, 8, 5, 0, TimeSpan.FromHours(7));

    private async Task SetUpAsync()
    {
        await Bot.Storage.Roster.SeedAsync(new RosterSeed(false, [], [new Member(Office.AadObjectId, null, Office.Name, Role.Office, null)]), default);
        Assert.Equal(200, (await Teams.SendAsync(Teams.InstallationUpdate(TeamsUser.Alex))).Status);
        Connector.TakeAll(); // the welcome card
        Bot.Clock.SetUtcNow(ReportT7);
    }

    /// <summary>Says something and returns what reached the connector; steps the host's fake clock meanwhile, so
    /// a send waiting on the sender's pacing finishes without real sleeps.</summary>
    private async Task<IReadOnlyList<JsonObject>> SayPacedAsync(TeamsUser user, string text)
    {
        var turn = Teams.SendAsync(Teams.Message(user, text));
        for (var i = 0; i < 3000 && !turn.IsCompleted; i++)
        {
            await Task.Delay(1);
            Bot.Clock.Advance(TimeSpan.FromMilliseconds(10));
        }
        Assert.Equal(200, (await turn).Status);
        return Connector.TakeAll();
    }

    private ProactiveReminderCommands Commands => (ProactiveReminderCommands)Bot.Services.GetRequiredService<DanVan.App.Reminders.IReminderCommands>();

    /// <summary>Steps the fake clock until the send "nhắc hạn" started has ended, then returns what reached the connector.</summary>
    private async Task<IReadOnlyList<JsonObject>> FinishSendAsync()
    {
        var send = Commands.Current;
        for (var i = 0; i < 3000 && !send.IsCompleted; i++)
        {
            await Task.Delay(1);
            Bot.Clock.Advance(TimeSpan.FromMilliseconds(10));
        }
        await send;
        return Connector.TakeAll();
    }

    private static string Conversation(JsonObject activity) => (string)activity["conversation"]!["id"]!;

    [Fact]
    public async Task The_office_previews_then_sends_the_due_reminders_and_reads_the_counts()
    {
        await SetUpAsync();

        var preview = await SayPacedAsync(Office, "nhắc hạn thử");

        Assert.StartsWith("Nhắc hạn thử lúc 08:05 08/10/2024: sẽ nhắc 1 đơn vị chưa gửi báo cáo kết quả (1 người nhận); 1 tổng hợp. " +
            "Chưa gửi tin nào; gõ \"nhắc hạn\" để gửi ngay.", Text(Assert.Single(preview)));
        Assert.Equal("a:personal-29:office", Conversation(Assert.Single(preview)));
        Assert.False(await Bot.Storage.Pings.IsSentAsync(new PingKey("2024", "CCKL", AlexKey, "results-report", "t-7"), default));

        // Answered at once; the pings and then the counts follow from the background (in any order with the answer).
        Assert.Equal(200, (await Teams.SendAsync(Teams.Message(Office, "Nhắc hạn"))).Status);
        const string Started = "Đang gửi 2 tin nhắc hạn. DanVan sẽ báo kết quả tại đây khi gửi xong.";
        var all = await FinishSendAsync();
        Assert.Single(all, a => Text(a) == Started && Conversation(a) == "a:personal-29:office");
        // The office is also offered the nudge of the overdue unit plans (NudgeTests): a card in its chat, not a reminder.
        var offer = Assert.Single(all, a => a["attachments"] is JsonArray { Count: > 0 } && CardText(CardOf(a)).StartsWith("Nhắc ngay các đơn vị quá hạn"));
        Assert.Equal("a:personal-29:office", Conversation(offer));
        var sent = all.Where(a => Text(a) != Started && a != offer).ToList();

        Assert.Equal(3, sent.Count);
        var ping = Assert.Single(sent, a => Conversation(a) == "a:personal-29:alex");
        Assert.StartsWith("Nhắc hạn: Chi cục Kiểm lâm chưa gửi báo cáo kết quả", Text(ping));
        Assert.Contains("hạn 15/10/2024", Text(ping));
        var toOffice = sent.Where(a => Conversation(a) == "a:personal-29:office").ToList();
        Assert.Equal(2, toOffice.Count);
        Assert.Contains(toOffice, a => Text(a)?.StartsWith("Tổng hợp ngày 08/10/2024:") == true);
        Assert.Equal("Đã gửi nhắc hạn: 2 tin, 0 bị chặn, 0 lỗi; 0 tin đã gửi trước đó.", Text(toOffice[^1]));
        Assert.True(await Bot.Storage.Pings.IsSentAsync(new PingKey("2024", "CCKL", AlexKey, "results-report", "t-7"), default));

        // Once sent, nothing is left: both commands say so and nothing more goes out.
        Assert.Equal(["Hiện không có nhắc hạn nào đến hạn."], (await SayPacedAsync(Office, "nhac han")).Select(Text).OfType<string>());
        Assert.Equal(["Hiện không có nhắc hạn nào đến hạn."], (await SayPacedAsync(Office, "nhac han thu")).Select(Text));
        Assert.Empty(await FinishSendAsync());
    }

    [Fact]
    public async Task The_preview_names_each_unit_and_person_and_lists_the_units_no_ping_can_reach()
    {
        await SetUpAsync();
        // Bob heads Chi cục Thủy lợi but never opened DanVan: his unit cannot be reminded.
        await Bot.Storage.Roster.SeedAsync(new RosterSeed(false, [],
            [new Member("00000000-0000-0000-0000-000000000031", null, "Bob Head", Role.UnitHead, "CCTL")]), default);

        var text = Text(Assert.Single(await SayPacedAsync(Office, "nhắc hạn thử")))!;

        Assert.Contains("Nhắc báo cáo kết quả: Chi cục Kiểm lâm — Alex Wilber.", text);
        var unreachable = text[text.IndexOf("Không nhắc được", StringComparison.Ordinal)..];
        Assert.StartsWith("Không nhắc được 14 đơn vị (chưa có trưởng đơn vị, hoặc trưởng đơn vị chưa mở hay đã chặn DanVan): ", unreachable);
        Assert.Contains("Chi cục Thủy lợi", unreachable);
        Assert.DoesNotContain("Chi cục Kiểm lâm", unreachable);
        Assert.Empty(Connector.TakeAll());
    }

    [Fact]
    public async Task A_send_in_progress_holds_up_no_turn_and_is_not_started_twice()
    {
        await SetUpAsync();
        Assert.Equal(200, (await Teams.SendAsync(Teams.InstallationUpdate(Office))).Status);
        Connector.TakeAll();

        // The clock stands still, so the paced fan-out stops after its first message and stays in progress.
        var started = await Teams.SendAsync(Teams.Message(Office, "nhắc hạn"));
        Assert.Equal(200, started.Status);
        Assert.False(Commands.Current.IsCompleted);

        var answered = await SayAsync(TeamsUser.Alex, "tình hình");   // another user's turn is answered meanwhile
        Assert.Contains(answered, a => a["attachments"] is JsonArray { Count: > 0 } && CardText(CardOf(a)!).Contains("Tình hình thực hiện — Chi cục Kiểm lâm"));
        Assert.Equal(["Lượt gửi nhắc hạn bắt đầu lúc 08:05 08/10/2024 vẫn đang chạy; DanVan sẽ báo kết quả khi gửi xong."],
            (await SayAsync(Office, "nhắc hạn")).Where(a => Text(a)?.StartsWith("Lượt") == true).Select(Text));
        Assert.False(Commands.Current.IsCompleted);

        var rest = await FinishSendAsync();
        Assert.Equal("Đã gửi nhắc hạn: 2 tin, 0 bị chặn, 0 lỗi; 0 tin đã gửi trước đó.", Text(rest[^1]));
        Assert.Equal("a:personal-29:office", Conversation(rest[^1]));
    }

    [Fact]
    public async Task A_unit_head_is_refused_and_nothing_is_sent()
    {
        await SetUpAsync();
        // The office has a chat, so a digest would be due if anything ran.
        Assert.Equal(200, (await Teams.SendAsync(Teams.InstallationUpdate(Office))).Status);
        Connector.TakeAll();

        var replies = await SayPacedAsync(TeamsUser.Alex, "nhắc hạn");

        Assert.Equal(["Chức năng này dành cho Văn phòng Sở và Lãnh đạo Sở."], replies.Select(Text));
        Assert.Equal("a:personal-29:alex", Conversation(Assert.Single(replies)));
        Assert.False(await Bot.Storage.Pings.IsSentAsync(new PingKey("2024", "CCKL", AlexKey, "results-report", "t-7"), default));
        Assert.Equal(["Chức năng này dành cho Văn phòng Sở và Lãnh đạo Sở."], (await SayPacedAsync(TeamsUser.Alex, "nhắc hạn thử")).Select(Text));
    }
}
