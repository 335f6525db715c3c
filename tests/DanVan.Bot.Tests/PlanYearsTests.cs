using System.Text.Json.Nodes;
using Azure.Data.Tables;
using DanVan.Domain.Roster;
using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bot.Tests;

/// <summary>
/// Several plan years side by side, over HTTP with Azurite: the bot runs the 2024 plan (its <c>Plan:File</c>); on
/// 05/12/2026 the office starts 2027 from chat with the sample next-year plan of <c>plans/</c> (opening 01/12/2026).
/// From then units report against 2027 before 1 January, the 2024 models are there as continuing, and "năm 2024"
/// still reads 2024 — also on a restarted host on the same storage.
/// </summary>
public sealed class PlanYearsTests : BotTest, IDisposable
{
    private static readonly TeamsUser Carol = new("29:carol", "00000000-0000-0000-0000-000000000041", "Carol");
    private const string SampleFile = "ke-hoach-2027-mau.json";

    /// <summary>09:00 on Saturday 05/12/2026 in Vietnam: the 2027 sample plan opened on 01/12/2026.</summary>
    private static readonly DateTimeOffset December2026 = new(2026, 12, 5, 2, 0, 0, TimeSpan.Zero);

    private readonly string _prefix = Azurite.NewTablePrefix();
    private readonly string _folder = Directory.CreateTempSubdirectory("danvan-plans-").FullName;

    public PlanYearsTests()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "plans", SampleFile), Path.Combine(_folder, SampleFile));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "plans", "danh-sach-don-vi-mau.json"), Path.Combine(_folder, "danh-sach-don-vi-mau.json"));
    }

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:TablePrefix"] = _prefix,
        ["Plan:Folder"] = _folder,
    };

    private async Task SeedOfficeAsync()
    {
        await Bot.Storage.Roster.SeedAsync(new RosterSeed(false, [], [new Member(Carol.AadObjectId, null, Carol.Name, Role.Office, null)]), default);
    }

    private async Task<string> RegisterModelAsync()
    {
        var (form, _) = await ClickAsync(TeamsUser.Alex, "model.open", new Dictionary<string, string?>());
        var id = (string)form["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "model.submit")!["data"]!["modelId"]!;
        await ClickAsync(TeamsUser.Alex, "model.submit", new Dictionary<string, string?>
        {
            ["name"] = "Vận động Nhân dân tham gia bảo vệ rừng", ["field"] = "DefenceSecurity", ["newRuralArea"] = "true",
            ["startDate"] = "2024-03-01", ["description"] = "Thành lập tổ tự quản bảo vệ rừng ở 3 ấp.", ["results"] = "",
            ["beneficiaries"] = "1200", ["status"] = "InProgress", ["modelId"] = id, ["baseVersion"] = "",
        });
        return id;
    }

    /// <summary>The office: "năm mới", the sample file's button, the preview; returns the preview's confirm data.</summary>
    private async Task<Dictionary<string, string?>> PreviewAsync()
    {
        var start = CardOf(Assert.Single(await SayAsync(Carol, "năm mới")))!;
        var pick = Actions(start).Single(a => (string?)a["verb"] == "year.pick");
        Assert.Equal(SampleFile, (string?)pick["title"]);
        // The roster file in the same folder is no plan: not offered.
        Assert.DoesNotContain("danh-sach-don-vi-mau.json", CardText(start));

        var (preview, _) = await ClickAsync(Carol, "year.pick", new Dictionary<string, string?> { ["file"] = SampleFile });
        var text = CardText(preview);
        Assert.Contains("Kế hoạch năm 2027: kiểm tra trước khi ghi nhận", text);
        Assert.Contains("01/12/2026", text);
        Assert.Contains("15/11/2027", text);
        Assert.Contains("20/04/2027", text);
        Assert.Contains("15/10/2027", text);
        Assert.Contains("kế hoạch MẪU", text);
        var confirm = Actions(preview).Single(a => (string?)a["verb"] == "year.confirm");
        return confirm["data"]!.AsObject().ToDictionary(kv => kv.Key, kv => (string?)kv.Value);
    }

    private static List<JsonObject> Actions(JsonNode? card) => card switch
    {
        JsonObject o when (string?)o["type"] == "Action.Execute" => [o, .. o.SelectMany(kv => Actions(kv.Value))],
        JsonObject o => [.. o.SelectMany(kv => Actions(kv.Value))],
        JsonArray a => [.. a.SelectMany(Actions)],
        _ => [],
    };

    [Fact]
    public async Task The_office_starts_2027_from_chat_units_report_before_1_January_models_continue_and_2024_stays_readable()
    {
        await SeedOfficeAsync();
        var modelId = await RegisterModelAsync();
        Connector.TakeAll();
        Bot.Clock.SetUtcNow(December2026);

        var confirm = await PreviewAsync();
        Assert.Equal(0, await UnitRowsAsync("CCKL", "2027")); // the preview stored nothing
        var (_, started) = await ClickAsync(Carol, "year.confirm", confirm);
        var said = Text(Assert.Single(started));
        Assert.Contains("Đã ghi nhận kế hoạch năm 2027: từ ngày 01/12/2026 các đơn vị báo cáo theo kế hoạch này.", said);
        Assert.Contains("Đã chuyển 1 mô hình “Dân vận khéo” của năm 2024 sang năm 2027.", said);
        // Recorded with its audit row: who and which file.
        var audit = Assert.Single(await PlanAuditAsync(), e => e.GetString("After") == "2027 (ke-hoach-2027-mau.json)");
        Assert.Equal("aad:" + Carol.AadObjectId, audit.GetString("ByUserKey"));
        Assert.Equal(["2024", "2027"], (await PlanIdsAsync()).Order());

        // The unit's plan, entered in December 2026, counts for 2027.
        var form = CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "kế hoạch")))!;
        Assert.Contains("20/04/2027", CardText(form));
        var (_, replies) = await ClickAsync(TeamsUser.Alex, "unit-plan.submit", new Dictionary<string, string?>
        {
            ["issued"] = "true", ["planNumber"] = "3/KH-CCKL", ["issuedOn"] = "2026-12-02", ["sentOn"] = "2026-12-04",
            ["link"] = "", ["note"] = "", ["baseVersion"] = "",
        });
        Assert.Equal("Kế hoạch số 3/KH-CCKL đã gửi Văn phòng Sở ngày 04/12/2026 — đúng hạn (hạn 20/04/2027).", Text(replies[0]));
        Assert.True(await UnitRowsAsync("CCKL", "2027") > 0);

        // The 2024 model is there in 2027, marked as continuing.
        var models = CardText(CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "mô hình"))));
        Assert.Contains("Vận động Nhân dân tham gia bảo vệ rừng", models);
        Assert.Contains("Tiếp tục từ năm 2024", models);
        Assert.NotNull(await Bot.Storage.Submissions.GetAsync<Domain.Models.DanVanKheoModel>(new("2027", "CCKL", "model|" + modelId), default));

        await AssertTwentyTwentyFourReadableAsync(Bot, Teams);

        // Another instance (a restart) on the same storage serves 2027 too, and still reads 2024.
        await using var restarted = await BotServer.StartAsync(Settings, now: December2026);
        var teams = new TeamsChannel(restarted, Connector);
        var standing = CardText(CardOf(Assert.Single(await SayOnAsync(teams, TeamsUser.Alex, "tình hình"))));
        Assert.Contains("2027", standing);
        Assert.Contains("Chỉ tiêu 2 — Kế hoạch của đơn vị: đạt", standing);
        await AssertTwentyTwentyFourReadableAsync(restarted, teams);
    }

    [Fact]
    public async Task The_office_s_nudge_in_the_next_year_chases_that_year_s_overdue_deadline()
    {
        await SeedOfficeAsync();
        Bot.Clock.SetUtcNow(December2026);
        await ClickAsync(Carol, "year.confirm", await PreviewAsync());

        // Thursday 22/04/2027 09:00 in Vietnam: 2027's unit-plan deadline (20/04/2027) has passed, no unit has sent one.
        Bot.Clock.SetUtcNow(new DateTimeOffset(2027, 4, 22, 2, 0, 0, TimeSpan.Zero));
        var menu = CardText(CardOf(Assert.Single(await SayAsync(Carol, "nhắc quá hạn"))));

        Assert.Contains("2027", menu);
        Assert.Contains("20/04/2027", menu);
    }

    private async Task AssertTwentyTwentyFourReadableAsync(BotServer bot, TeamsChannel teams)
    {
        // A unit head: 2024's final result, its cards' buttons naming 2024.
        var standing = CardOf(Assert.Single(await SayOnAsync(teams, TeamsUser.Alex, "tình hình năm 2024")))!;
        Assert.Contains("Kết quả năm 2024 — Chi cục Kiểm lâm", CardText(standing));
        Assert.Contains("đã khép lại ngày 15/11/2024", CardText(standing));
        Assert.All(Actions(standing), a => Assert.Equal("2024", (string?)a["data"]?["planYear"]));
        var history = CardText(CardOf(Assert.Single(await SayOnAsync(teams, TeamsUser.Alex, "lịch sử năm 2024"))));
        Assert.Contains("Vận động Nhân dân tham gia bảo vệ rừng", history);
        // A 2024 button, clicked: still 2024.
        var (clicked, _) = await ClickOnAsync(teams, TeamsUser.Alex, "standing.show", new Dictionary<string, string?> { ["planYear"] = "2024" });
        Assert.Contains("Kết quả năm 2024 — Chi cục Kiểm lâm", CardText(clicked));

        // The office: the 2024 summary, and an export of 2024 that downloads.
        var summary = CardOf(Assert.Single(await SayOnAsync(teams, Carol, "tổng hợp năm 2024")))!;
        Assert.Contains("2024", CardText(summary));
        Assert.DoesNotContain("2027", CardText(summary));
        var export = CardOf(Assert.Single(await SayOnAsync(teams, Carol, "xuất báo cáo năm 2024")))!;
        var xlsx = export["body"]!.AsArray().Where(e => (string?)e!["type"] == "ActionSet")
            .SelectMany(e => e!["actions"]!.AsArray()).Select(a => (string)a!["url"]!).First();
        var response = await bot.Http.GetAsync(xlsx);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2024", response.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Fact]
    public async Task The_office_drops_the_next_plan_file_into_the_chat_checks_what_was_read_and_confirms_it()
    {
        await SeedOfficeAsync();
        Bot.Clock.SetUtcNow(December2026);
        var sample = File.ReadAllBytes(Path.Combine(_folder, SampleFile));
        Connector.Files["broken"] = new LoopbackConnector.ServedFile(System.Text.Encoding.UTF8.GetBytes(
            System.Text.Encoding.UTF8.GetString(sample).Replace("\"2027-04-20\"", "\"2028-04-20\"")));
        Connector.Files["plan"] = new LoopbackConnector.ServedFile(sample);

        Assert.Equal(200, (await Teams.SendAsync(Teams.FileMessage(Carol, "ke-hoach-2027-loi.json", Connector.FileUrl("broken"), "json"))).Status);
        var refused = Text(Assert.Single(Connector.TakeAll()))!;
        Assert.StartsWith("Tệp kế hoạch không hợp lệ, chưa ghi nhận gì: ke-hoach-2027-loi.json: deadlines['unit-plan'].date 2028-04-20", refused);

        Assert.Equal(200, (await Teams.SendAsync(Teams.FileMessage(Carol, "Kế hoạch 2027.json", Connector.FileUrl("plan"), "json"))).Status);
        var preview = CardOf(Assert.Single(Connector.TakeAll()))!;
        Assert.Contains("Kế hoạch năm 2027: kiểm tra trước khi ghi nhận", CardText(preview));
        Assert.Contains("01/12/2026", CardText(preview));
        Assert.DoesNotContain("2027", await PlanIdsAsync());
        var confirm = Actions(preview).Single(a => (string?)a["verb"] == "year.confirm")["data"]!.AsObject().ToDictionary(kv => kv.Key, kv => (string?)kv.Value);

        var (_, started) = await ClickAsync(Carol, "year.confirm", confirm);

        Assert.Contains("Đã ghi nhận kế hoạch năm 2027", Text(Assert.Single(started)));
        Assert.Single(await PlanAuditAsync(), e => e.GetString("After") == "2027 (Kế hoạch 2027.json)");
        Assert.Contains("20/04/2027", CardText(CardOf(Assert.Single(await SayAsync(TeamsUser.Alex, "kế hoạch")))));

        // The office's links of the new year (not the host's own plan) download that year's files.
        var export = CardOf(Assert.Single(await SayAsync(Carol, "xuất báo cáo")))!;
        var xlsx = export["body"]!.AsArray().Where(e => (string?)e!["type"] == "ActionSet")
            .SelectMany(e => e!["actions"]!.AsArray()).Select(a => (string)a!["url"]!).First();
        var workbook = await Bot.Http.GetAsync(xlsx);
        Assert.Equal(System.Net.HttpStatusCode.OK, workbook.StatusCode);
        Assert.Contains("2027", workbook.Content.Headers.ContentDisposition!.FileNameStar);
        var tokens = Bot.Services.GetRequiredService<DanVan.App.Files.FileTokens>();
        var zip = await Bot.Http.GetAsync(Bot.BaseUrl + "/files/" + tokens.Sign(
            new DanVan.App.Files.FileLinkGrant("aad:" + Carol.AadObjectId, "2027", null, "unit-plan", December2026.AddMinutes(15))));
        Assert.Equal(System.Net.HttpStatusCode.OK, zip.StatusCode);
        Assert.Contains("2027", zip.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Fact]
    public async Task A_year_the_bot_does_not_know_is_named_back_with_the_years_it_knows()
    {
        var reply = Text(Assert.Single(await SayAsync(TeamsUser.Alex, "tình hình năm 2023")));

        Assert.Contains("DanVan không có kế hoạch năm 2023", reply);
        Assert.Contains("2024", reply);
    }

    [Fact]
    public async Task A_card_naming_an_unknown_year_a_path_or_a_changed_file_stores_nothing()
    {
        await SeedOfficeAsync();
        Bot.Clock.SetUtcNow(December2026);

        // An unknown year in card data: refused, not served as the current year.
        var (unknownYear, _) = await ClickAsync(TeamsUser.Alex, "standing.show", new Dictionary<string, string?> { ["planYear"] = "2099" });
        Assert.DoesNotContain("Chi cục Kiểm lâm", CardText(unknownYear));
        // A file outside the folder's list, by path: not read.
        foreach (var name in new[] { "../plans/ke-hoach-2024.json", "/etc/passwd", "ke-hoach-2024.json" })
        {
            var (picked, replies) = await ClickAsync(Carol, "year.pick", new Dictionary<string, string?> { ["file"] = name });
            Assert.Contains("Không tìm thấy tệp kế hoạch này", string.Join("\n", replies.Select(Text)) + CardText(picked));
        }
        // The file changed after the preview: nothing recorded.
        var confirm = await PreviewAsync();
        await File.AppendAllTextAsync(Path.Combine(_folder, SampleFile), "\n");
        var (_, changed) = await ClickAsync(Carol, "year.confirm", confirm);
        Assert.Contains("Tệp kế hoạch đã thay đổi sau khi xem lại", Text(Assert.Single(changed)));
        // A unit head may not confirm a year.
        var (refused, _) = await ClickAsync(TeamsUser.Alex, "year.confirm", confirm);
        Assert.DoesNotContain("Đã ghi nhận", CardText(refused));
        Assert.Empty(await PlanAuditAsync(e => e.GetString("After")!.StartsWith("2027", StringComparison.Ordinal)));
        Assert.DoesNotContain("2027", await PlanIdsAsync());
    }

    [Fact]
    public async Task A_broken_plan_file_gets_a_one_line_error_and_nothing_is_recorded()
    {
        await SeedOfficeAsync();
        var broken = File.ReadAllText(Path.Combine(_folder, SampleFile)).Replace("\"2027-04-20\"", "\"2028-04-20\"");
        File.WriteAllText(Path.Combine(_folder, SampleFile), broken);

        var (_, replies) = await ClickAsync(Carol, "year.pick", new Dictionary<string, string?> { ["file"] = SampleFile });

        var said = Text(Assert.Single(replies))!;
        Assert.StartsWith("Tệp kế hoạch không hợp lệ, chưa ghi nhận gì: ke-hoach-2027-mau.json: deadlines['unit-plan'].date 2028-04-20", said);
        Assert.DoesNotContain("\n", said);
        Assert.DoesNotContain("2027", await PlanIdsAsync());
    }

    private async Task<IReadOnlyList<JsonObject>> SayOnAsync(TeamsChannel teams, TeamsUser user, string text)
    {
        var (status, _) = await teams.SendAsync(teams.Message(user, text));
        Assert.Equal(200, status);
        return Connector.TakeAll();
    }

    private async Task<(JsonObject Card, IReadOnlyList<JsonObject> Replies)> ClickOnAsync(TeamsChannel teams, TeamsUser user, string verb, IDictionary<string, string?> data)
    {
        var (status, body) = await teams.SendAsync(teams.CardAction(user, verb, data));
        Assert.Equal(200, status);
        return (body!["value"]!.AsObject(), Connector.TakeAll());
    }

    private async Task<List<TableEntity>> PlanAuditAsync(Func<TableEntity, bool>? where = null)
    {
        var rows = new List<TableEntity>();
        await foreach (var e in Bot.Storage.Tables.Roster.QueryAsync<TableEntity>(e => e.PartitionKey == "plan"))
            if (e.RowKey.StartsWith("~audit|", StringComparison.Ordinal) && (where is null || where(e))) rows.Add(e);
        return rows;
    }

    /// <summary>The plan years recorded in storage (the roster table's "plan" partition, its audit rows left out).</summary>
    private async Task<List<string>> PlanIdsAsync()
    {
        var ids = new List<string>();
        await foreach (var e in Bot.Storage.Tables.Roster.QueryAsync<TableEntity>(e => e.PartitionKey == "plan"))
            if (!e.RowKey.StartsWith("~audit|", StringComparison.Ordinal)) ids.Add(e.RowKey);
        return ids;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<int> UnitRowsAsync(string unitId, string planId)
    {
        var n = 0;
        await foreach (var _ in Bot.Storage.Tables.UnitData.QueryAsync<TableEntity>(e => e.PartitionKey == planId + "|" + unitId)) n++;
        return n;
    }
}
