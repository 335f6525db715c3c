using System.Text.Json.Nodes;
using DanVan.Bot.Hosting;
using DanVan.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DanVan.Bot.Tests;

public sealed class DemoClockTests
{
    private static readonly DateTimeOffset RealNow = new(2026, 3, 1, 5, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2024-04-12T07:59", "2024-04-12T00:59:00Z")]                // no offset: Asia/Ho_Chi_Minh (UTC+7)
    [InlineData(" 2024-04-12T07:59:30 ", "2024-04-12T00:59:30Z")]
    [InlineData("2024-04-12", "2024-04-11T17:00:00Z")]                      // midnight in Vietnam
    [InlineData("2024-04-12T07:59+07:00", "2024-04-12T00:59:00Z")]
    [InlineData("2024-04-12T07:59+02:00", "2024-04-12T05:59:00Z")]          // an explicit offset wins
    [InlineData("2024-04-12T07:59Z", "2024-04-12T07:59:00Z")]
    public void Parses_local_department_time_or_an_explicit_offset(string setting, string utc)
    {
        var start = DemoClock.ParseStart(setting);

        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), start);
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, start.UtcDateTime);
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("12/04/2024 07:59")]
    [InlineData("2024-13-01T08:00")]
    [InlineData("2024-04-12T25:00")]
    public void An_invalid_value_fails_with_a_message_naming_the_setting_and_the_format(string setting)
    {
        var e = Assert.Throws<InvalidOperationException>(() => DemoClock.ParseStart(setting));

        Assert.Contains("DanVan:DemoStart", e.Message);
        Assert.Contains("DANVAN_DEMO_START", e.Message);
        Assert.Contains($"\"{setting}\"", e.Message);
        Assert.Contains("2024-04-12T07:59", e.Message);
    }

    [Fact]
    public void Off_by_default_an_empty_setting_is_the_base_clock()
    {
        var real = new FakeTimeProvider(RealNow);

        Assert.Same(real, DemoClock.FromSetting(null, real));
        Assert.Same(real, DemoClock.FromSetting("", real));
        Assert.Same(real, DemoClock.FromSetting("  ", real));
        Assert.IsType<DemoClock>(DemoClock.FromSetting("2024-04-12T07:59", real));
    }

    [Fact]
    public void Reads_the_start_then_advances_with_the_base_clock()
    {
        var real = new FakeTimeProvider(RealNow);
        var clock = new DemoClock(DemoClock.ParseStart("2024-04-12T07:59"), real);

        Assert.Equal(new DateTimeOffset(2024, 4, 12, 0, 59, 0, TimeSpan.Zero), clock.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
        var before = clock.GetTimestamp();

        real.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(new DateTimeOffset(2024, 4, 12, 1, 0, 0, TimeSpan.Zero), clock.GetUtcNow());   // 08:00 in Vietnam
        Assert.Equal(TimeSpan.FromMinutes(1), clock.GetElapsedTime(before));
        Assert.Equal(new DateOnly(2024, 4, 12), new Domain.Time.DepartmentClock(clock).Today);
        real.Advance(TimeSpan.FromHours(16));
        Assert.Equal(new DateOnly(2024, 4, 13), new Domain.Time.DepartmentClock(clock).Today);
    }

    [Fact]
    public async Task Timers_run_on_the_base_clock()
    {
        var real = new FakeTimeProvider(RealNow);
        var clock = new DemoClock(DemoClock.ParseStart("2024-04-12T07:59"), real);

        var delay = Task.Delay(TimeSpan.FromMinutes(1), clock);
        Assert.False(delay.IsCompleted);
        real.Advance(TimeSpan.FromMinutes(1));
        await delay.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task The_host_runs_on_the_demo_clock_when_the_setting_is_set_and_on_the_system_clock_otherwise()
    {
        await using (var demo = BuildHost("2024-04-12T07:59"))
        {
            var clock = Assert.IsType<DemoClock>(demo.Services.GetRequiredService<TimeProvider>());
            var now = new Domain.Time.DepartmentClock(clock).Now;
            Assert.Equal(new DateOnly(2024, 4, 12), DateOnly.FromDateTime(now.DateTime));
            Assert.InRange(now.TimeOfDay, new TimeSpan(7, 59, 0), new TimeSpan(8, 1, 0));
        }
        await using (var real = BuildHost(""))
            Assert.Same(TimeProvider.System, real.Services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void The_host_does_not_start_with_an_invalid_setting()
    {
        var e = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => BuildHost("12/04/2024"));
        Assert.Contains("DanVan:DemoStart", e.Message);
    }

    private static WebApplication BuildHost(string demoStart) => DanVanHost.Build([], builder =>
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DemoClock.Setting] = demoStart,
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["MicrosoftAppId"] = "",
            ["DanVan:AllowAnonymous"] = "true",
        }));
}

/// <summary>The real bot over HTTP on a demo clock: "tình hình" counts days from the demo date.</summary>
public sealed class DemoClockBotTests : IAsyncLifetime
{
    // Long after the plan year: only the demo clock can make 20/04/2024 "8 days away".
    private readonly FakeTimeProvider _real = new(new DateTimeOffset(2026, 3, 1, 5, 30, 0, TimeSpan.Zero));
    private LoopbackConnector _connector = null!;
    private BotServer _bot = null!;
    private TeamsChannel _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        var demo = new DemoClock(DemoClock.ParseStart("2024-04-12T09:00"), _real);
        _bot = await BotServer.StartAsync(replaceServices: s => s.AddSingleton<TimeProvider>(demo));
        _teams = new TeamsChannel(_bot, _connector);
    }

    public async Task DisposeAsync()
    {
        foreach (var table in _bot.Storage.Tables.All) await table.DeleteAsync();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Tinh_hinh_counts_deadlines_from_the_demo_date_and_follows_it()
    {
        Assert.Contains("20/04/2024 — còn 8 ngày", await StandingAsync());   // unit plan, due 20/04/2024
        Assert.Contains("15/10/2024 — còn 186 ngày", await StandingAsync());

        _real.Advance(TimeSpan.FromDays(9));                                  // the demo clock reads 21/04/2024

        Assert.Contains("20/04/2024 — đã quá hạn 1 ngày", await StandingAsync());
    }

    private async Task<string> StandingAsync()
    {
        var (status, _) = await _teams.SendAsync(_teams.Message(TeamsUser.Alex, "tình hình"));
        Assert.Equal(200, status);
        var reply = Assert.Single(_connector.TakeAll());
        return CardText(reply["attachments"]?[0]?["content"]);
    }

    private static string CardText(JsonNode? card) => card switch
    {
        JsonObject o => string.Join("\n", o.Where(kv => kv.Key is "text" or "title" or "value" or "label" && kv.Value is JsonValue)
            .Select(kv => kv.Value?.ToString()).Concat(o.Where(kv => kv.Value is JsonObject or JsonArray).Select(kv => CardText(kv.Value)))),
        JsonArray a => string.Join("\n", a.Select(CardText)),
        _ => "",
    };
}
