using DanVan.Cards;
using DanVan.App.Reminders;
using DanVan.Cards.Reminders;

namespace DanVan.App.Tests;

/// <summary>"nhắc hạn thử" and "nhắc hạn": who may run them, and what they answer, over a fake fan-out.</summary>
public class ReminderCommandsTests
{
    private const string OfficeOnly = "Chức năng này dành cho Văn phòng Sở và Lãnh đạo Sở.";
    private const string NoneDue = "Hiện không có nhắc hạn nào đến hạn.";

    /// <summary>08:05 on 12/04/2024 in Vietnam.</summary>
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2024-04-12T01:05:00Z");

    private readonly FakeReminders _reminders = new();
    private readonly World _world;

    public ReminderCommandsTests() => _world = new World(reminders: _reminders);

    private async Task<string> SayAsync(Caller caller, string text) =>
        Assert.IsType<TextReply>(Assert.Single((await _world.Service.OnMessageAsync(caller, text, default)).Replies)).Text;

    [Theory]
    [InlineData("nhắc hạn thử", RouteNames.RemindersPreview)]
    [InlineData("Nhac han thu", RouteNames.RemindersPreview)]
    [InlineData("reminders preview", RouteNames.RemindersPreview)]
    [InlineData("Nhắc hạn", RouteNames.RemindersSend)]
    [InlineData("nhac han.", RouteNames.RemindersSend)]
    [InlineData("Reminders send", RouteNames.RemindersSend)]
    public void The_commands_are_recognised_with_or_without_diacritics(string text, string expected) =>
        Assert.Equal(expected, CommandsTests.Parse(text));

    [Fact]
    public async Task The_office_previews_the_counts_and_nothing_is_sent()
    {
        _reminders.Preview = new ReminderPreview(At, [new DeadlinePreview(ReminderSubject.UnitPlan, 12, 12)], 0);

        var text = await SayAsync(World.OfficeCaller, "nhắc hạn thử");

        Assert.Equal("Nhắc hạn thử lúc 08:05 12/04/2024: sẽ nhắc 12 đơn vị chưa gửi kế hoạch (12 người nhận); 0 tổng hợp. " +
            "Chưa gửi tin nào; gõ \"nhắc hạn\" để gửi ngay.", text);
        Assert.Equal((1, 0), (_reminders.Previews, _reminders.Sends));
    }

    [Fact]
    public async Task A_preview_lists_each_deadline_and_the_digests()
    {
        _reminders.Preview = new ReminderPreview(At,
            [new DeadlinePreview(ReminderSubject.UnitPlan, 3, 4), new DeadlinePreview(ReminderSubject.Report, 1, 1)], 2);

        var text = await SayAsync(World.LeaderCaller, "nhac han thu");

        Assert.Equal("Nhắc hạn thử lúc 08:05 12/04/2024: sẽ nhắc 3 đơn vị chưa gửi kế hoạch (4 người nhận); " +
            "1 đơn vị chưa gửi báo cáo kết quả (1 người nhận); 2 tổng hợp. Chưa gửi tin nào; gõ \"nhắc hạn\" để gửi ngay.", text);
    }

    [Fact]
    public async Task A_preview_of_digests_only_says_no_unit_is_reminded()
    {
        _reminders.Preview = new ReminderPreview(At, [], 2);

        Assert.Equal("Nhắc hạn thử lúc 08:05 12/04/2024: không nhắc đơn vị nào; 2 tổng hợp. Chưa gửi tin nào; gõ \"nhắc hạn\" để gửi ngay.",
            await SayAsync(World.OfficeCaller, "reminders preview"));
    }

    [Fact]
    public async Task A_leader_starts_a_send_and_is_answered_at_once_with_the_count_due()
    {
        _reminders.Start = new ReminderSendStart(At, Due: 15, AlreadyRunning: false);

        var text = await SayAsync(World.LeaderCaller, "Nhắc hạn");

        Assert.Equal("Đang gửi 15 tin nhắc hạn. DanVan sẽ báo kết quả tại đây khi gửi xong.", text);
        Assert.Equal((0, 1), (_reminders.Previews, _reminders.Sends));
        Assert.Equal(World.Leader.Key, _reminders.RequestedBy); // the counts go back to the leader
    }

    [Fact]
    public async Task A_send_still_running_is_not_started_again()
    {
        _reminders.Start = new ReminderSendStart(At, Due: 0, AlreadyRunning: true);

        Assert.Equal("Lượt gửi nhắc hạn bắt đầu lúc 08:05 12/04/2024 vẫn đang chạy; DanVan sẽ báo kết quả khi gửi xong.",
            await SayAsync(World.OfficeCaller, "nhac han"));
    }

    [Fact]
    public async Task Nothing_due_is_said_plainly()
    {
        _reminders.Preview = new ReminderPreview(At, [], 0);
        _reminders.Start = new ReminderSendStart(At, 0, AlreadyRunning: false);

        Assert.Equal(NoneDue, await SayAsync(World.OfficeCaller, "nhắc hạn thử"));
        Assert.Equal(NoneDue, await SayAsync(World.OfficeCaller, "nhắc hạn"));
    }

    [Theory]
    [InlineData("nhắc hạn thử")]
    [InlineData("nhắc hạn")]
    public async Task A_unit_head_is_refused_and_nothing_runs(string command)
    {
        Assert.Equal(OfficeOnly, await SayAsync(World.HeadCaller(), command));
        Assert.Equal((0, 0), (_reminders.Previews, _reminders.Sends));
    }

    [Fact]
    public async Task A_stranger_is_not_told_about_reminders()
    {
        var text = await SayAsync(World.Stranger, "nhắc hạn");

        Assert.StartsWith("Xin chào Khách!", text);
        Assert.Equal(0, _reminders.Sends);
    }

    private sealed class FakeReminders : IReminderCommands
    {
        public ReminderPreview Preview { get; set; } = new(At, [], 0);
        public ReminderSendStart Start { get; set; } = new(At, 0, false);
        public string? RequestedBy { get; private set; }
        public int Previews { get; private set; }
        public int Sends { get; private set; }

        public Task<ReminderPreview> PreviewAsync(CancellationToken ct)
        {
            Previews++;
            return Task.FromResult(Preview);
        }

        public Task<ReminderSendStart> StartSendAsync(string requesterKey, CancellationToken ct)
        {
            Sends++;
            RequestedBy = requesterKey;
            return Task.FromResult(Start);
        }
    }
}
