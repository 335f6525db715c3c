using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using DanVan.App.Files;
using DanVan.Domain.Models;
using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Domain.UnitPlans;
using DanVan.Testing;
using static DanVan.Bot.Tests.OfficeDepartment;

namespace DanVan.Bot.Tests;

/// <summary>
/// Documents in, over HTTP with the real host, Azurite's tables and blobs, and the loopback connector serving the
/// file at the attachment's download address: the card asking what the file is, the choice, the blob and the
/// item's row with its audit; and every way it must store nothing.
/// </summary>
public sealed class FileTests : BotTest
{
    private const string SigningKey = "a-test-signing-key-of-at-least-32-characters";

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>(OfficeDepartment.Settings)
    {
        ["Export:SigningKey"] = SigningKey,
        ["Files:MaxMegabytes"] = "1",
        ["Files:DownloadTimeoutSeconds"] = "2",
    };

    private static readonly SubmissionKey PlanOfA = new("2024", "A", SubmissionItems.UnitPlan);

    private static byte[] Pdf(int size = 5000, int seed = 1)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    private static byte[] Zip(string entry)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        using (var w = new StreamWriter(zip.CreateEntry(entry).Open())) w.Write("<x/>");
        return buffer.ToArray();
    }

    private static string Sha(byte[] b) => Convert.ToHexStringLower(SHA256.HashData(b));

    /// <summary>Drops a file into the chat and returns the bot's one answer.</summary>
    private async Task<JsonObject> SendFileAsync(TeamsUser user, string name, string url, Func<JsonObject, JsonObject>? shape = null)
    {
        var activity = Teams.FileMessage(user, name, url);
        var (status, _) = await Teams.SendAsync(shape is null ? activity : shape(activity));
        Assert.Equal(200, status);
        return Assert.Single(Connector.TakeAll());
    }

    /// <summary>Serves <paramref name="file"/>, sends it, chooses <paramref name="target"/> on the card.</summary>
    private async Task<(JsonObject Card, IReadOnlyList<JsonObject> Replies)> AttachAsync(LoopbackConnector.ServedFile file, string target,
        string name = "Kế hoạch 01-KH.pdf", TeamsUser? user = null)
    {
        var served = "f" + Guid.NewGuid().ToString("N");
        Connector.Files[served] = file;
        var question = CardOf(await SendFileAsync(user ?? Head, name, Connector.FileUrl(served)))!;
        var offer = (string)question["actions"]![0]!["data"]!["offer"]!;
        return await ClickAsync(user ?? Head, "file.attach", new Dictionary<string, string?> { ["offer"] = offer, ["target"] = target });
    }

    private async Task<List<string>> BlobsAsync(string unit)
    {
        var names = new List<string>();
        if (!(await Bot.Storage.Files.Container.ExistsAsync()).Value) return names;
        await foreach (var b in Bot.Storage.Files.Container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"2024/{unit}/", default)) names.Add(b.Name);
        return names;
    }

    private async Task AssertNothingStoredAsync(int auditRowsBefore)
    {
        Assert.Empty(await BlobsAsync("A"));
        Assert.Null((await Bot.Storage.Submissions.GetAsync<UnitPlanReport>(PlanOfA, default))!.Files);
        Assert.Equal(auditRowsBefore, (await Bot.Storage.Submissions.HistoryAsync("2024", "A", 100, default)).Count);
    }

    [Fact]
    public async Task A_file_gets_a_card_asking_what_it_is_listing_the_units_items_and_models()
    {
        await SeedAsync(Bot);
        var served = "ask.pdf";
        Connector.Files[served] = new(Pdf());

        var card = CardOf(await SendFileAsync(Head, "Kế hoạch 01-KH.pdf", Connector.FileUrl(served)))!;

        var text = CardText(card);
        Assert.Contains("Bạn vừa gửi tệp «Kế hoạch 01-KH.pdf». Đây là tệp gì?", text);
        var choices = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "Input.ChoiceSet")!["choices"]!.AsArray()
            .Select(c => (string)c!["title"]!).ToList();
        Assert.Equal(["Kế hoạch của đơn vị", "Báo cáo kết quả", "Minh chứng mô hình «Rừng xanh, sạch»", "Minh chứng mô hình «Vườn ươm cộng đồng»"], choices);
        Assert.Contains("tối đa 1 MB", text);
        Assert.Equal("file.attach", (string?)card["actions"]![0]!["verb"]);
        // Asking downloads nothing and stores nothing.
        Assert.False(Connector.FileFetches.ContainsKey(served));
        Assert.Empty(await BlobsAsync("A"));
    }

    [Fact]
    public async Task The_chosen_file_is_stored_in_a_blob_with_its_hash_and_recorded_in_the_items_row_with_an_audit_row()
    {
        await SeedAsync(Bot);
        var before = (await Bot.Storage.Submissions.GetAsync<UnitPlanReport>(PlanOfA, default))!;
        var pdf = Pdf(300_000);

        var (card, replies) = await AttachAsync(new(pdf), SubmissionItems.UnitPlan);

        var receipt = CardText(card);
        Assert.Contains("Đã lưu tệp «Kế hoạch 01-KH.pdf» (293 KB) vào mục Kế hoạch của đơn vị.", receipt);
        Assert.Contains(DanVan.Cards.FileCards.Grouped(Sha(pdf)), receipt); // in groups of 16, so it wraps in the card
        var stored = (await Bot.Storage.Submissions.GetAsync<UnitPlanReport>(PlanOfA, default))!;
        Assert.Equal(before.Value, stored.Value); // the plan's figures are untouched
        var file = Assert.Single(stored.Files!.Versions);
        Assert.Equal(("Kế hoạch 01-KH.pdf", 300_000L, "application/pdf", Sha(pdf), Head.Name, Now),
            (file.Name, file.Size, file.ContentType, file.Sha256, file.ByUserName, file.UploadedAt));
        Assert.Equal(Head.Name, stored.Stamp.UserName);
        Assert.Equal([file.Blob], await BlobsAsync("A"));
        Assert.StartsWith("2024/A/unit-plan/", file.Blob);
        Assert.Equal(pdf, await Bot.Storage.Files.ReadAsync(file.Blob, default));
        var audit = (await Bot.Storage.Submissions.HistoryAsync("2024", "A", 10, default))[0];
        Assert.Equal((SubmissionItems.UnitPlan, Sha(pdf)), (audit.Item, audit.File!.Sha256));
        // The standing that follows shows the file.
        Assert.Contains("Đã gửi tệp kế hoạch: «Kế hoạch 01-KH.pdf» (293 KB), lúc 09:00 20/10/2024, người gửi Lê Thủ Trưởng.",
            CardText(CardOf(Assert.Single(replies))));
    }

    [Fact]
    public async Task Model_evidence_shows_in_the_standing_on_a_line_naming_the_model_it_belongs_to()
    {
        await SeedAsync(Bot);
        var modelId = new string('b', 32);
        await Bot.Storage.Submissions.SaveAsync(new SubmissionKey("2024", "A", SubmissionItems.ModelPrefix + modelId),
            new DanVanKheoModel("Dân vận khéo ở bản", ModelField.Economy, true, new DateOnly(2024, 2, 1), "Mô tả", null, 10, ModelStatus.Recognised),
            null, new Stamp("aad:seed", "Người nhập", Now), default);

        var (_, replies) = await AttachAsync(new(Pdf()), SubmissionItems.ModelPrefix + modelId, name: "minh-chung.pdf");

        const string Line = "Đã gửi tệp minh chứng mô hình «Dân vận khéo ở bản»: «minh-chung.pdf» (4,9 KB), lúc 09:00 20/10/2024, người gửi Lê Thủ Trưởng.";
        Assert.Contains(Line, CardText(CardOf(Assert.Single(replies))));
        var standing = CardText(CardOf(Assert.Single(await SayAsync(Head, "tình hình"))));
        Assert.Contains(Line, standing);
        // One line per model that has a document: the seeded models have none.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(standing, "Đã gửi tệp minh chứng"));
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("jpeg")]
    [InlineData("png")]
    public async Task Word_files_and_scans_are_recognised_by_their_content(string kind)
    {
        await SeedAsync(Bot);
        var (content, type) = kind switch
        {
            "docx" => (Zip("word/document.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "jpeg" => ([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'], "image/jpeg"),
            _ => (new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "image/png"),
        };

        // Named .pdf on purpose: the name says nothing.
        await AttachAsync(new(content), SubmissionItems.Report, name: "bao-cao.pdf");

        var stored = (await Bot.Storage.Submissions.GetAsync<ResultsReport>(new("2024", "A", SubmissionItems.Report), default))!;
        Assert.Equal(type, stored.Files!.Current.ContentType);
    }

    [Theory]
    [InlineData("exe")]
    [InlineData("xlsx")]
    [InlineData("text")]
    public async Task A_file_of_another_type_is_refused_whatever_its_name_and_nothing_is_stored(string kind)
    {
        await SeedAsync(Bot);
        var audit = (await Bot.Storage.Submissions.HistoryAsync("2024", "A", 100, default)).Count;
        var content = kind switch
        {
            "exe" => "MZ\u0090\0\u0003\0\0\0"u8.ToArray(),
            "xlsx" => Zip("xl/workbook.xml"),
            _ => Encoding.UTF8.GetBytes("Kế hoạch số 01"),
        };

        var (card, replies) = await AttachAsync(new(content), SubmissionItems.UnitPlan, name: "ke-hoach.pdf");

        Assert.Contains("Tệp không phải PDF, Word (.docx), ảnh JPG hay PNG", CardText(card));
        Assert.Contains("Chưa lưu gì.", CardText(card));
        Assert.Empty(replies);
        await AssertNothingStoredAsync(audit);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_file_over_the_limit_is_refused_with_its_limit_and_nothing_is_stored(bool withoutLength)
    {
        await SeedAsync(Bot);
        var audit = (await Bot.Storage.Submissions.HistoryAsync("2024", "A", 100, default)).Count;

        var (card, _) = await AttachAsync(new(Pdf(1024 * 1024 + 1), Chunked: withoutLength), SubmissionItems.UnitPlan);

        Assert.Contains("Tệp lớn hơn 1 MB, mức tối đa DanVan nhận. Chưa lưu gì.", CardText(card));
        await AssertNothingStoredAsync(audit);
    }

    [Fact]
    public async Task A_file_exactly_at_the_limit_is_stored()
    {
        await SeedAsync(Bot);

        await AttachAsync(new(Pdf(1024 * 1024), Chunked: true), SubmissionItems.UnitPlan);

        Assert.Equal(1024 * 1024, (await Bot.Storage.Submissions.GetAsync<UnitPlanReport>(PlanOfA, default))!.Files!.Current.Size);
    }

    [Theory]
    [InlineData("http://files.example.com/ke-hoach.pdf")]
    [InlineData("https://evil.example.com/ke-hoach.pdf")]
    [InlineData("https://contoso.sharepoint.com.evil.example/ke-hoach.pdf")]
    [InlineData("https://user:pw@contoso.sharepoint.com/ke-hoach.pdf")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public async Task A_download_address_off_Teams_and_SharePoint_is_refused_at_once_and_nothing_is_fetched(string url)
    {
        await SeedAsync(Bot);
        var audit = (await Bot.Storage.Submissions.HistoryAsync("2024", "A", 100, default)).Count;

        var answer = await SendFileAsync(Head, "ke-hoach.pdf", url);

        Assert.Equal("Không nhận tệp: địa chỉ tải tệp không phải của Microsoft Teams/SharePoint. Chưa lưu gì.", Text(answer));
        Assert.True(answer["attachments"] is null or JsonArray { Count: 0 });
        await AssertNothingStoredAsync(audit);
    }

    [Fact]
    public async Task A_redirect_is_not_followed_and_nothing_is_stored()
    {
        await SeedAsync(Bot);
        var audit = (await Bot.Storage.Submissions.HistoryAsync("2024", "A", 100, default)).Count;
        Connector.Files["elsewhere.pdf"] = new(Pdf());

        var (card, _) = await AttachAsync(new([], Status: 302, Location: Connector.FileUrl("elsewhere.pdf")), SubmissionItems.UnitPlan);

        Assert.Contains("địa chỉ tải tệp không phải của Microsoft Teams/SharePoint. Chưa lưu gì.", CardText(card));
        Assert.False(Connector.FileFetches.ContainsKey("elsewhere.pdf"));
        await AssertNothingStoredAsync(audit);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(404)]
    [InlineData(0)]
    public async Task A_failed_or_slow_download_says_so_and_nothing_is_stored(int status)
    {
        await SeedAsync(Bot);
        var audit = (await Bot.Storage.Submissions.HistoryAsync("2024", "A", 100, default)).Count;
        // 0: the file host never answers within Files:DownloadTimeoutSeconds (2 s).
        var file = status == 0 ? new LoopbackConnector.ServedFile(Pdf(), Delay: TimeSpan.FromSeconds(20)) : new LoopbackConnector.ServedFile([], Status: status);

        var started = System.Diagnostics.Stopwatch.StartNew();
        var (card, _) = await AttachAsync(file, SubmissionItems.UnitPlan);

        Assert.Contains("Không tải được tệp từ Teams. Chưa lưu gì. Vui lòng gửi lại tệp.", CardText(card));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(15), $"took {started.Elapsed}");
        await AssertNothingStoredAsync(audit);
    }

    [Fact]
    public async Task When_the_row_cannot_be_written_the_uploaded_blob_is_removed_and_the_user_told()
    {
        await SeedAsync(Bot);
        // Storage fails while the bot downloads: the blob goes up, the table write does not.
        var file = new LoopbackConnector.ServedFile(Pdf()) { OnServe = () => Bot.Storage.Tables.UnitData.DeleteAsync() };

        var (card, _) = await AttachAsync(file, SubmissionItems.UnitPlan);

        Assert.Contains("Không lưu được tệp do lỗi lưu trữ. Chưa lưu gì", CardText(card));
        Assert.Empty(await BlobsAsync("A"));
    }

    [Fact]
    public async Task A_replaced_file_keeps_its_history_and_a_form_save_keeps_the_files()
    {
        await SeedAsync(Bot);
        var (first, second) = (Pdf(seed: 1), Pdf(seed: 2));
        await AttachAsync(new(first), SubmissionItems.UnitPlan, name: "v1.pdf");
        await AttachAsync(new(second), SubmissionItems.UnitPlan, name: "v2.pdf");

        var stored = (await Bot.Storage.Submissions.GetAsync<UnitPlanReport>(PlanOfA, default))!;
        Assert.Equal(["v1.pdf", "v2.pdf"], stored.Files!.Versions.Select(v => v.Name));
        Assert.Equal(2, (await BlobsAsync("A")).Count);
        Assert.Equal(first, await Bot.Storage.Files.ReadAsync(stored.Files.Versions[0].Blob, default));
        Assert.Equal(second, await Bot.Storage.Files.ReadAsync(stored.Files.Current.Blob, default));

        // The unit head edits the plan's form afterwards: the documents stay with the item.
        var (_, _) = await ClickAsync(Head, "unit-plan.submit", new Dictionary<string, string?>
        {
            ["issued"] = "true", ["planNumber"] = "01/KH-CCKL", ["issuedOn"] = "2024-04-10", ["sentOn"] = "2024-04-15", ["link"] = "",
            ["note"] = "Sửa ghi chú", ["baseVersion"] = stored.Version,
        });
        var after = (await Bot.Storage.Submissions.GetAsync<UnitPlanReport>(PlanOfA, default))!;
        Assert.Equal("Sửa ghi chú", after.Value.Note);
        Assert.Equal(stored.Files.Versions, after.Files!.Versions);
    }

    [Fact]
    public async Task A_file_sent_in_a_channel_is_not_taken()
    {
        await SeedAsync(Bot);
        Connector.Files["c.pdf"] = new(Pdf());

        var answer = await SendFileAsync(Head, "c.pdf", Connector.FileUrl("c.pdf"), a => TeamsChannel.InChannel(a));

        Assert.Equal("DanVan chỉ nhận tệp trong chat riêng với DanVan: vui lòng gửi tệp ở đó. Tệp gửi ở đây không được lưu.", Text(answer));
        Assert.False(Connector.FileFetches.ContainsKey("c.pdf"));
    }

    [Fact]
    public async Task A_choice_from_someone_else_or_tampered_with_is_refused()
    {
        await SeedAsync(Bot);
        Connector.Files["t.pdf"] = new(Pdf());
        var question = CardOf(await SendFileAsync(Head, "t.pdf", Connector.FileUrl("t.pdf")))!;
        var offer = (string)question["actions"]![0]!["data"]!["offer"]!;

        // The office member clicks the head's card: the offer is bound to the head.
        var (_, byOther) = await Teams.SendAsync(Teams.CardAction(Office, "file.attach", new Dictionary<string, string?> { ["offer"] = offer, ["target"] = "unit-plan" }));
        var tampered = offer[..^4] + (offer[^4..] == "AAAA" ? "BBBB" : "AAAA");
        var (card, _) = await ClickAsync(Head, "file.attach", new Dictionary<string, string?> { ["offer"] = tampered, ["target"] = "unit-plan" });

        Assert.DoesNotContain("Đã lưu tệp", byOther!.ToJsonString());
        Assert.Contains("Lựa chọn này đã hết hạn hoặc không phải của bạn", CardText(card));
        Assert.False(Connector.FileFetches.ContainsKey("t.pdf"));
        Assert.Empty(await BlobsAsync("A"));
    }

    [Fact]
    public async Task History_summary_and_export_show_the_file()
    {
        await SeedAsync(Bot);
        await AttachAsync(new(Pdf(2048)), SubmissionItems.UnitPlan, name: "=KH+01.pdf");

        var history = CardText(CardOf(Assert.Single(await SayAsync(Head, "lịch sử"))));
        Assert.Contains("gửi tệp «=KH+01.pdf» (2 KB)", history);

        var summary = CardText(CardOf(Assert.Single(await SayAsync(Office, "tổng hợp"))));
        Assert.Contains("Tệp đã gửi", summary);
        Assert.Contains("kế hoạch 1/4 đơn vị, báo cáo 0/4 đơn vị, 0 tệp minh chứng", summary);

        var export = CardOf(Assert.Single(await SayAsync(Office, "xuất báo cáo")))!;
        var links = export["body"]!.AsArray().Where(e => (string?)e!["type"] == "ActionSet")
            .SelectMany(e => e!["actions"]!.AsArray()).Select(a => (string)a!["url"]!).ToList();
        var xlsx = await Bot.Http.GetByteArrayAsync(links[0]);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "Kế hoạch đơn vị");
        var rows = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet
            .Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>()
                .Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();
        // The file's five columns, then the office's review (the last column).
        Assert.Equal(["Tệp kế hoạch", "Dung lượng (byte)", "Gửi tệp lúc", "Người gửi tệp", "Mã SHA-256", "Tiếp nhận"], rows[0][^6..]);
        var a = rows.Single(r => r.Contains("Chi cục Kiểm lâm"));
        Assert.Equal(["=KH+01.pdf", "2048"], a[^6..^4]);
        Assert.Equal(Head.Name, a[^3]);

        var csv = Encoding.UTF8.GetString(await Bot.Http.GetByteArrayAsync(links[1]));
        // Untrusted names are written as text: a leading "=" never becomes a formula.
        Assert.Contains(",'=KH+01.pdf,", csv);
    }

    private async Task<Dictionary<string, string>> FileLinksAsync(TeamsUser user)
    {
        var card = CardOf(Assert.Single(await SayAsync(user, "tệp")))!;
        return card["body"]!.AsArray().Where(e => (string?)e!["type"] == "ActionSet")
            .SelectMany(e => e!["actions"]!.AsArray()).ToDictionary(a => (string)a!["title"]!, a => (string)a!["url"]!);
    }

    private static List<(string Name, string Sha)> ReadZip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return [.. archive.Entries.Select(e =>
        {
            using var s = e.Open();
            using var copy = new MemoryStream();
            s.CopyTo(copy);
            return (e.FullName, Sha(copy.ToArray()));
        }).OrderBy(e => e.FullName, StringComparer.Ordinal)];
    }

    [Fact]
    public async Task The_office_downloads_all_plans_and_one_units_files_as_zips_whose_contents_match_the_stored_hashes()
    {
        await SeedAsync(Bot);
        var modelId = new string('a', 32);
        await Bot.Storage.Submissions.SaveAsync(new SubmissionKey("2024", "A", SubmissionItems.ModelPrefix + modelId),
            new DanVanKheoModel("Dân vận khéo ở bản", ModelField.Economy, true, new DateOnly(2024, 2, 1), "Mô tả", null, 10, ModelStatus.Recognised),
            null, new Stamp("aad:seed", "Người nhập", Now), default);
        var (plan, evidence) = (Pdf(seed: 3), Pdf(seed: 4));
        await AttachAsync(new(plan), SubmissionItems.UnitPlan, name: "KH 01.pdf");
        await AttachAsync(new(evidence), SubmissionItems.ModelPrefix + modelId, name: "anh/../minh-chung.pdf");

        var links = await FileLinksAsync(Office);
        Assert.All(links.Values, url => Assert.StartsWith(Bot.BaseUrl + "/files/", url));

        var all = await Bot.Http.GetAsync(links["Tất cả kế hoạch (1 đơn vị)"]);
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal("application/zip", all.Content.Headers.ContentType!.MediaType);
        Assert.Equal([("Chi cục Kiểm lâm/Kế hoạch của đơn vị - KH 01.pdf", Sha(plan))], ReadZip(await all.Content.ReadAsByteArrayAsync()));

        var unit = await Bot.Http.GetAsync(links["Chi cục Kiểm lâm (2 tệp)"]);
        Assert.Equal(
            [("Chi cục Kiểm lâm/Kế hoạch của đơn vị - KH 01.pdf", Sha(plan)), ("Chi cục Kiểm lâm/Minh chứng mô hình «Dân vận khéo ở bản» - minh-chung.pdf", Sha(evidence))],
            ReadZip(await unit.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task A_unit_head_gets_no_file_links_and_a_link_made_out_to_them_for_another_unit_is_refused()
    {
        await SeedAsync(Bot);
        await Bot.Storage.Submissions.AttachFileAsync(new SubmissionKey("2024", "B", SubmissionItems.UnitPlan),
            (await Bot.Storage.Submissions.GetAsync<UnitPlanReport>(new SubmissionKey("2024", "B", SubmissionItems.UnitPlan), default))!,
            DanVan.Domain.Files.ItemFiles.First(new("b.pdf", 3, "application/pdf", Sha([1, 2, 3]),
                await Bot.Storage.Files.PutAsync(new FileSlot("2024", "B", "unit-plan"), Sha([1, 2, 3]), "pdf", [1, 2, 3], "application/pdf", default),
                Now, "aad:b", "Người B")),
            new Stamp("aad:b", "Người B", Now), default);

        var refused = Text(Assert.Single(await SayAsync(Head, "tệp")));
        Assert.Contains("dành cho Văn phòng Sở", refused);

        var tokens = new FileTokens(Encoding.UTF8.GetBytes(SigningKey));
        string Link(TeamsUser u) => Bot.BaseUrl + "/files/" + tokens.Sign(new FileLinkGrant("aad:" + u.AadObjectId, "2024", "B", null, Now.AddMinutes(10)));
        Assert.Equal(HttpStatusCode.Forbidden, (await Bot.Http.GetAsync(Link(Head))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bot.Http.GetAsync(Link(Office))).StatusCode);
        var forged = new FileTokens(Encoding.UTF8.GetBytes("another-key-another-key-another-key!"))
            .Sign(new FileLinkGrant("aad:" + Office.AadObjectId, "2024", "B", null, Now.AddMinutes(10)));
        Assert.Equal(HttpStatusCode.Forbidden, (await Bot.Http.GetAsync(Bot.BaseUrl + "/files/" + forged)).StatusCode);
    }
}
