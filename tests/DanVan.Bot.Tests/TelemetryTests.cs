using System.Diagnostics;
using DanVan.App.Telemetry;
using DanVan.Bot.Hosting;
using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace DanVan.Bot.Tests;

/// <summary>DanVan's instruments are process-wide: these tests run alone, so every measurement is theirs.</summary>
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryCollection;

/// <summary>
/// The host's OpenTelemetry pipeline (the one Telemetry.AddDanVanTelemetry adds when an exporter is configured)
/// with in-memory exporters after its redaction, as the console and Azure Monitor exporters: what a real turn
/// produces, and that no attribute names the user, their account or what they typed.
/// </summary>
[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests : IAsyncLifetime
{
    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];
    private LoopbackConnector _connector = null!;
    private BotServer _bot = null!;
    private TeamsChannel _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _bot = await BotServer.StartAsync(replaceServices: s => Telemetry.AddPipeline(s, console: false, azureMonitor: false)
            .WithTracing(t => t.AddInMemoryExporter(_spans))
            .WithMetrics(m => m.AddInMemoryExporter(_metrics)));
        _teams = new TeamsChannel(_bot, _connector);
    }

    public async Task DisposeAsync()
    {
        foreach (var table in _bot.Storage.Tables.All) await table.DeleteAsync();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_training_submission_turn_gives_its_spans_and_counters()
    {
        var (status, _) = await _teams.SendAsync(_teams.CardAction(TeamsUser.Alex, "training.submit", TrainingForm));
        Assert.Equal(200, status);
        var spans = Flush();

        var turn = Assert.Single(spans, s => s.OperationName == "danvan.turn");
        Assert.Equal("card-action", turn.GetTagItem("danvan.turn.kind"));
        Assert.Equal("training.submit", turn.GetTagItem("danvan.verb"));
        Assert.Equal("ok", turn.GetTagItem("danvan.outcome"));
        Assert.Equal(DanVanTelemetry.UserHash(TeamsUser.Alex.AadObjectId!), turn.GetTagItem("danvan.user"));
        // Under the ASP.NET Core request span of POST /api/messages (the loopback connector's own requests are there too).
        var request = Assert.Single(spans, s => s.SpanId == turn.ParentSpanId);
        Assert.Equal("Microsoft.AspNetCore.Hosting.HttpRequestIn", request.OperationName);
        Assert.Equal("/api/messages", request.GetTagItem("url.path"));

        var submit = Assert.Single(spans, s => s.OperationName == "danvan.submit");
        Assert.Equal(turn.SpanId, submit.ParentSpanId);
        Assert.Equal("training", submit.GetTagItem("danvan.item"));
        Assert.Equal("saved", submit.GetTagItem("danvan.outcome"));
        // The storage calls and the reply to the connector, as children of the turn (HttpClient instrumentation).
        var outgoing = spans.Where(s => s.Kind == ActivityKind.Client && s.TraceId == turn.TraceId).Select(s => (string?)s.GetTagItem("url.full")).ToList();
        Assert.Contains(outgoing, u => u!.Contains("UnitData"));
        Assert.Contains(outgoing, u => u!.Contains("/v3/conversations/{id}/activities"));

        Assert.Equal(1, Sum("danvan.turns", ("danvan.turn.kind", "card-action"), ("danvan.outcome", "ok")));
        Assert.Equal(1, HistogramCount("danvan.turn.duration", ("danvan.turn.kind", "card-action")));
        Assert.Equal(1, Sum("danvan.submissions", ("danvan.item", "training")));
    }

    [Fact]
    public async Task No_attribute_names_the_user_their_account_or_what_they_typed()
    {
        await _teams.SendAsync(_teams.Message(TeamsUser.Alex, "tình hình"));
        await _teams.SendAsync(_teams.Message(TeamsUser.Alex, "tổng hợp")); // refused: a unit head is not the office
        await _teams.SendAsync(_teams.CardAction(TeamsUser.Alex, "training.submit", TrainingForm));
        var spans = Flush();

        Assert.Equal(3, spans.Count(s => s.OperationName == "danvan.turn"));
        Assert.Equal(1, Sum("danvan.refusals"));
        Assert.Equal(2, Sum("danvan.turns", ("danvan.turn.kind", "message")));
        string[] personal = [TeamsUser.Alex.AadObjectId!, "Alex", "alexw", "29:alex", "tình hình", "tổng hợp", "t%C3%ACnh"];
        var values = spans.SelectMany(s => s.TagObjects.Select(t => $"{s.OperationName} {t.Key}={t.Value}").Append($"{s.OperationName} name={s.DisplayName}"))
            .Concat(_metrics.SelectMany(m => m.MetricPoints.SelectMany(p => Tags(p).Select(t => $"{m.Name} {t.Key}={t.Value}"))))
            .ToList();
        Assert.NotEmpty(values);
        foreach (var value in values)
            foreach (var word in personal)
                Assert.False(value.Contains(word, StringComparison.OrdinalIgnoreCase), $"\"{word}\" in {value}");
    }

    [Fact]
    public async Task A_reminder_run_counts_its_claims_and_sends()
    {
        Assert.Equal(200, (await _teams.SendAsync(_teams.InstallationUpdate(TeamsUser.Alex))).Status);
        var run = _bot.Services.GetRequiredService<DanVan.Bot.Proactive.ReminderRun>()
            .RunOnceAsync(new DateTimeOffset(2024, 4, 12, 8, 5, 0, TimeSpan.FromHours(7)), "test-1", default);
        // The sender paces on the host's fake clock: step it until the run ends.
        for (var i = 0; i < 3000 && !run.IsCompleted; i++)
        {
            await Task.Delay(1);
            _bot.Clock.Advance(TimeSpan.FromMilliseconds(100));
        }
        Assert.Equal(1, (await run).Sent);
        Flush();

        Assert.Equal(1, Sum("danvan.reminders", ("danvan.outcome", "claimed")));
        Assert.Equal(1, Sum("danvan.reminders", ("danvan.outcome", "sent")));
        Assert.Equal(1, Sum("danvan.turns", ("danvan.turn.kind", "installation-update")));
    }

    [Fact]
    public async Task Export_downloads_are_counted_by_format_and_outcome_and_the_link_token_is_never_recorded()
    {
        var megan = new TeamsUser("29:megan", "00000000-0000-0000-0000-000000000021", "Megan Bowen"); // office, sample roster
        await _teams.SendAsync(_teams.Message(megan, "xuất báo cáo"));
        var card = _connector.TakeAll().Select(a => a["attachments"]?[0]?["content"]).Single(c => c is not null)!;
        var links = card["body"]!.AsArray().Where(e => (string?)e!["type"] == "ActionSet")
            .SelectMany(e => e!["actions"]!.AsArray()).ToDictionary(a => (string)a!["title"]!, a => (string)a!["url"]!);
        var xlsx = links["Tải tệp Excel (.xlsx)"];
        Assert.Equal(200, (int)(await _bot.Http.GetAsync(xlsx)).StatusCode);
        Assert.Equal(404, (int)(await _bot.Http.GetAsync(_bot.BaseUrl + "/export/not-a-token")).StatusCode);
        var spans = Flush();

        Assert.Equal(1, Sum("danvan.exports", ("danvan.export.format", "xlsx"), ("danvan.outcome", "ok")));
        Assert.Equal(1, Sum("danvan.exports", ("danvan.outcome", "notfound")));
        var token = xlsx[(xlsx.LastIndexOf('/') + 1)..];
        var downloads = spans.Where(s => s.OperationName == "Microsoft.AspNetCore.Hosting.HttpRequestIn" && s.DisplayName.Contains("export")).ToList();
        Assert.Equal(2, downloads.Count);
        Assert.All(downloads, d => Assert.Equal("/export/{token}", d.GetTagItem("url.path")));
        foreach (var s in spans)
            foreach (var tag in s.TagObjects)
                Assert.DoesNotContain(token[..20], $"{tag.Value}");
    }

    private static Dictionary<string, string?> TrainingForm => new()
    {
        ["totalStaff"] = "50", ["trained"] = "45", ["sessions"] = "2", ["lastSessionDate"] = "2024-03-15", ["baseVersion"] = "",
    };

    private List<Activity> Flush()
    {
        Assert.True(_bot.Services.GetRequiredService<TracerProvider>().ForceFlush());
        Assert.True(_bot.Services.GetRequiredService<MeterProvider>().ForceFlush());
        return [.. _spans];
    }

    private static IEnumerable<KeyValuePair<string, object?>> Tags(MetricPoint p)
    {
        foreach (var tag in p.Tags) yield return tag;
    }

    private IEnumerable<MetricPoint> Points(string name, (string Key, string Value)[] tags)
    {
        // Cumulative: the latest export holds every point so far.
        var metric = _metrics.LastOrDefault(m => m.Name == name);
        if (metric is null) return [];
        return metric.MetricPoints.Where(p => tags.All(t => Tags(p).Any(kv => kv.Key == t.Key && Equals(kv.Value, t.Value))));
    }

    private long Sum(string name, params (string Key, string Value)[] tags) => Points(name, tags).Sum(p => p.GetSumLong());

    private long HistogramCount(string name, params (string Key, string Value)[] tags) => Points(name, tags).Sum(p => p.GetHistogramCount());
}

/// <summary>Without an exporter configured, no OpenTelemetry SDK runs in the host (nothing recorded for nobody).</summary>
public sealed class TelemetryOffTests
{
    [Fact]
    public async Task No_exporter_means_no_pipeline()
    {
        await using var bot = await BotServer.StartAsync();
        Assert.Null(bot.Services.GetService<TracerProvider>());
        Assert.Null(bot.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task The_console_setting_starts_the_pipeline()
    {
        await using var bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["Telemetry:Console"] = "true" });
        Assert.NotNull(bot.Services.GetService<TracerProvider>());
        Assert.NotNull(bot.Services.GetService<MeterProvider>());
    }
}
