using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using DanVan.Cards;
using DanVan.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static DanVan.Bot.Tests.OfficeDepartment;

namespace DanVan.Bot.Tests;

/// <summary>
/// The official reports (.docx, Decree 30/2020/NĐ-CP) end to end over HTTP with Azurite: the office writes the
/// department report's words in its form (stored with the audit), gets the report as a signed link and as Teams'
/// file consent, which uploads it to the loopback connector's upload session; a unit head gets their own draft only.
/// Each document is read back with the Open XML SDK.
/// </summary>
public sealed class OfficialReportTests : BotTest
{
    protected override IDictionary<string, string?>? Settings => OfficeDepartment.Settings;

    private const string FileConsent = "application/vnd.microsoft.teams.card.file.consent";
    private const string FileInfo = "application/vnd.microsoft.teams.card.file.info";

    private static Dictionary<string, string?> Texts(string version = "", string leadership = "Sở đã ban hành Kế hoạch số 120/KH-SNN.\nLãnh đạo Sở chỉ đạo các đơn vị triển khai.",
        string assessment = "Các đơn vị cơ bản hoàn thành chỉ tiêu.") => new()
    {
        ["leadership"] = leadership, ["assessment"] = assessment, ["directions"] = "", ["recommendations"] = "  ", ["version"] = version,
    };

    private static string Link(JsonObject readyCard) =>
        (string)readyCard["body"]!.AsArray().Single(e => (string?)e!["type"] == "ActionSet")!["actions"]![0]!["url"]!;

    private static JsonObject Attachment(JsonObject activity) => activity["attachments"]![0]!.AsObject();

    /// <summary>The report's replies: the card with the link, then Teams' file consent card.</summary>
    private static (string Link, JsonObject Consent) Offered(IReadOnlyList<JsonObject> replies)
    {
        Assert.Equal(2, replies.Count);
        var ready = CardOf(replies[0])!;
        var consent = Attachment(replies[1]);
        Assert.Equal(FileConsent, (string?)consent["contentType"]);
        return (Link(ready), consent);
    }

    private async Task<byte[]> DownloadAsync(string url)
    {
        var response = await Bot.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static List<string> Paragraphs(WordprocessingDocument doc) =>
        doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();

    private static List<List<string>> Rows(DocumentFormat.OpenXml.Wordprocessing.Table t) =>
        t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();

    private async Task<int> RowsInAsync(string partition)
    {
        var n = 0;
        await foreach (var _ in Bot.Storage.Tables.UnitData.QueryAsync<TableEntity>(e => e.PartitionKey == partition)) n++;
        return n;
    }

    [Fact]
    public async Task The_office_saves_its_words_and_the_report_reads_back_in_the_decree_30_layout_with_the_stored_figures()
    {
        await SeedAsync(Bot);
        var form = CardOf(Assert.Single(await SayAsync(Office, "báo cáo sở")))!;
        Assert.Contains("I. Công tác lãnh đạo, chỉ đạo", CardText(form));

        var (card, replies) = await ClickAsync(Office, OfficialReportCards.SaveVerb, Texts());

        Assert.Contains("Đã lưu nội dung báo cáo của Sở (Nguyễn Văn Phòng, 09:00 20/10/2024).", CardText(card));
        // The texts and their audit entry, in the department's own partition.
        Assert.Equal(2, await RowsInAsync("2024|~so"));
        var (link, consent) = Offered(replies);
        Assert.EndsWith(".docx", (string?)consent["name"]);
        Assert.Contains("Còn 4 phần được tô vàng", CardText(CardOf(replies[0])));

        using var doc = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync(link)), false);
        var main = doc.MainDocumentPart!;

        // Page: A4 portrait; margins within Decree 30's bounds (twips: 20–25 mm = 1134–1417, 30–35 mm = 1701–1984,
        // 15–20 mm = 850–1134); a first page of its own, whose header has no page number.
        var section = main.Document.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.InRange(margin.Top!.Value, 1134, 1417);
        Assert.InRange(margin.Bottom!.Value, 1134, 1417);
        Assert.InRange(margin.Left!.Value, 1701u, 1984u);
        Assert.InRange(margin.Right!.Value, 850u, 1134u);
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        string HeaderText(HeaderFooterValues type) => ((HeaderPart)main.GetPartById(section.Elements<HeaderReference>().Single(h => h.Type! == type).Id!)).Header.InnerXml;
        Assert.Contains("PAGE", HeaderText(HeaderFooterValues.Default));
        Assert.DoesNotContain("PAGE", HeaderText(HeaderFooterValues.First));

        // Times New Roman 14 pt by default; no run sets another font; body text is 13–14 pt, justified, first-line indent.
        var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("Times New Roman", defaults.RunFonts.HighAnsi!.Value);
        Assert.Equal("28", defaults.FontSize!.Val!.Value);
        Assert.Empty(main.Document.Descendants<RunFonts>());
        var body = main.Document.Body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.Indentation?.FirstLine is not null).ToList();
        Assert.True(body.Count > 20);
        Assert.All(body, p =>
        {
            Assert.Equal(JustificationValues.Both, p.ParagraphProperties!.Justification!.Val!.Value);
            Assert.InRange(int.Parse(p.ParagraphProperties.Indentation!.FirstLine!.Value!, System.Globalization.CultureInfo.InvariantCulture), 567, 720);
            Assert.All(p.Descendants<RunProperties>(), r => Assert.InRange(int.Parse(r.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture), 26, 28));
        });

        // The heading: issuing bodies and number from the plan file, the motto bold with the motto line underlined.
        var heading = Rows(main.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().First());
        Assert.Equal("UBND TỈNH TÂY NINHSỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", heading[0][0]);
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc", heading[0][1]);
        Assert.Equal("Số:       /BC-SNN", heading[1][0]);
        Assert.Equal("Tây Ninh, ngày        tháng 10 năm 2024", heading[1][1]);
        var motto = main.Document.Descendants<Run>().Single(r => r.InnerText == "Độc lập - Tự do - Hạnh phúc");
        Assert.NotNull(motto.RunProperties!.Bold);
        Assert.Equal(UnderlineValues.Single, motto.RunProperties.Underline!.Val!.Value);
        Assert.NotNull(main.Document.Descendants<Run>().Single(r => r.InnerText == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").RunProperties!.Bold);
        Assert.All(main.Document.Descendants<Run>().First(r => r.InnerText == "Tây Ninh").Parent!.Elements<Run>(), r => Assert.NotNull(r.RunProperties!.Italic));

        // Sections in order, the office's words where they belong, gaps marked and highlighted.
        var text = Paragraphs(doc);
        int At(string start) => text.FindIndex(p => p.StartsWith(start, StringComparison.Ordinal)) is var i and >= 0 ? i : throw new Xunit.Sdk.XunitException($"\"{start}\" not found");
        string[] order =
        [
            "BÁO CÁO", "Kết quả thực hiện công tác dân vận chính quyền năm 2024", "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "Sở đã ban hành Kế hoạch số 120/KH-SNN.",
            "Lãnh đạo Sở chỉ đạo các đơn vị triển khai.", "II. KẾT QUẢ THỰC HIỆN", "1. Chỉ tiêu 1: Học tập, quán triệt", "2. Chỉ tiêu 2", "3. Chỉ tiêu 3",
            "4. Chỉ tiêu 4", "5. Chỉ tiêu 5", "6. Phong trào thi đua \"Dân vận khéo\"", "III. ĐÁNH GIÁ CHUNG", "Các đơn vị cơ bản hoàn thành chỉ tiêu.",
            "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "[Văn phòng Sở bổ sung: phương hướng, nhiệm vụ trọng tâm]", "V. KIẾN NGHỊ, ĐỀ XUẤT",
            "[Văn phòng Sở bổ sung: kiến nghị", "Trên đây là báo cáo", "Nơi nhận:", "- Sở Nội vụ;", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "[Họ và tên người ký]",
            "Phụ lục I", "Phụ lục II",
        ];
        var positions = order.Select(At).ToList();
        Assert.Equal(positions.Order().ToList(), positions);
        Assert.Equal(HighlightColorValues.Yellow, main.Document.Descendants<Run>()
            .Single(r => r.InnerText == "[Văn phòng Sở bổ sung: phương hướng, nhiệm vụ trọng tâm]").RunProperties!.Highlight!.Val!.Value);
        Assert.Contains(text, p => p.StartsWith("Kết quả: 2/4 đơn vị đã báo cáo; 145/150 CCVCNLĐ đã được học tập, quán triệt (đạt 96,7%); 1/4 đơn vị đạt chỉ tiêu.", StringComparison.Ordinal));
        Assert.Contains("Đơn vị chưa đạt (3): Chi cục Thủy lợi (còn 5 người chưa học tập); Đội kiểm tra (chưa báo cáo); Phòng Kế hoạch - Tài chính (chưa báo cáo).", text);
        Assert.Contains("Đơn vị chưa đạt (3): Chi cục Thủy lợi (hoàn thành 3/4 nhiệm vụ); Đội kiểm tra (chưa báo cáo); Phòng Kế hoạch - Tài chính (chưa báo cáo).", text);

        // Tables equal the stored data: the models (section 6) and appendix I, one row per active unit.
        var tables = main.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Select(Rows).ToList();
        // Section 6 and appendix II: the same table.
        var modelTables = tables.Where(t => t[0].SequenceEqual(["STT", "Đơn vị", "Tên mô hình", "Lĩnh vực", "Gắn với xây dựng nông thôn mới", "Tình trạng", "Số người hưởng lợi"])).ToList();
        Assert.Equal(2, modelTables.Count);
        var models = modelTables[0];
        Assert.Equal(3, models.Count);
        Assert.Equal(models, modelTables[1]);
        Assert.Equal(["1", "Chi cục Kiểm lâm", "Vườn ươm cộng đồng", "Kinh tế", "Có", "Được công nhận", "120"], models[1]);
        Assert.Equal(["2", "Chi cục Kiểm lâm", "Rừng xanh, sạch", "Văn hóa - xã hội", "Không", "Được khen thưởng", "40"], models[2]);
        var units = tables.Single(t => t[0][0] == "STT" && t[0][2] == "Học tập, quán triệt (người)");
        Assert.Equal(5, units.Count);
        Assert.Equal(["1", "Chi cục Kiểm lâm", "100/100", "100%", "01/KH-CCKL, gửi 15/04/2024", "6/6", "4/4", "2", "Xuất sắc"], units[1]);
        Assert.Equal(["2", "Chi cục Thủy lợi", "45/50", "90%", "02/KH-CCTL, gửi 25/04/2024", "5/6", "3/4", "0", "Khá"], units[2]);
        Assert.Equal(["3", "Đội kiểm tra", "Chưa báo cáo", "", "Chưa báo cáo", "Chưa báo cáo", "Chưa báo cáo", "0", "Chưa báo cáo"], units[3]);
        Assert.Equal(["4", "Phòng Kế hoạch - Tài chính", "Chưa báo cáo", "", "03/KH-KHTC, chưa gửi", "Chưa báo cáo", "Chưa báo cáo", "0", "Chưa báo cáo"], units[4]);
    }

    [Fact]
    public async Task A_save_over_texts_saved_since_the_form_opened_is_refused_and_a_control_character_stores_nothing()
    {
        await SeedAsync(Bot);
        await ClickAsync(Office, OfficialReportCards.SaveVerb, Texts());

        var (stale, staleReplies) = await ClickAsync(Office, OfficialReportCards.SaveVerb, Texts(assessment: "Ghi đè"));
        Assert.Contains("Nội dung vừa được người khác cập nhật", CardText(stale));
        Assert.Contains("Các đơn vị cơ bản hoàn thành chỉ tiêu.", CardText(stale));
        Assert.Empty(staleReplies);

        var version = (string)stale["actions"]![0]!["data"]!["version"]!;
        var (bad, badReplies) = await ClickAsync(Office, OfficialReportCards.SaveVerb, Texts(version, assessment: "Xuống dòng mềm\u000Bcủa Word"));
        Assert.Contains("Chưa lưu", CardText(bad));
        Assert.Empty(badReplies);
        Assert.Equal(2, await RowsInAsync("2024|~so"));
    }

    [Fact]
    public async Task The_office_accepts_the_file_consent_and_the_report_is_put_to_the_upload_url_then_shown_as_a_file_card()
    {
        await SeedAsync(Bot);
        var (ready, replies) = await ClickAsync(Office, OfficialReportCards.MakeVerb, new Dictionary<string, string?>());
        // The clicked form turns into the card with the link; Teams' file card follows in the personal chat.
        Assert.StartsWith(Bot.BaseUrl + "/export/", Link(ready));
        var consent = Attachment(Assert.Single(replies));
        Assert.Equal(FileConsent, (string?)consent["contentType"]);
        Assert.True(LoopbackConnector.PostedTo(replies[0], "a:personal-" + Office.Id));
        Assert.True((long)consent["content"]!["sizeInBytes"]! > 5000);
        Assert.Equal(OfficialReportCards.FileVerb, (string?)consent["content"]!["acceptContext"]!["verb"]);

        var (status, _) = await Teams.SendAsync(Teams.FileConsent(Office, "accept", consent["content"]!["acceptContext"]!.AsObject(), Connector.UploadUrl(),
            (string)consent["name"]!));

        Assert.Equal(200, status);
        var upload = Assert.Single(Connector.Uploads);
        Assert.Equal($"bytes 0-{upload.Content.Length - 1}/{upload.Content.Length}", upload.ContentRange);
        using (var doc = WordprocessingDocument.Open(new MemoryStream(upload.Content), false))
            Assert.Contains("Kết quả thực hiện công tác dân vận chính quyền năm 2024", Paragraphs(doc));
        var posted = Connector.TakeAll();
        var info = Attachment(posted.Single(a => a["attachments"]?.AsArray().Count > 0));
        Assert.Equal(FileInfo, (string?)info["contentType"]);
        Assert.Equal(Connector.ServiceUrl + "files/session-1", (string?)info["contentUrl"]);
        Assert.Equal((string?)consent["name"], (string?)info["name"]);
        Assert.Equal("docx", (string?)info["content"]!["fileType"]);
        Assert.Equal("1150D938-8870-4044-9F2C-5BBDEBA70C8C", (string?)info["content"]!["uniqueId"]);
        Assert.Contains(posted, a => Text(a)?.StartsWith("DanVan đã lưu tệp Báo cáo dân vận chính quyền 2024 - Sở - 20.10.2024.docx", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_declined_consent_an_upload_url_off_sharepoint_and_a_failed_upload_each_say_so_and_nothing_is_uploaded_twice()
    {
        await SeedAsync(Bot);
        var context = new JsonObject { ["verb"] = OfficialReportCards.FileVerb };

        Assert.Equal(200, (await Teams.SendAsync(Teams.FileConsent(Office, "decline", context))).Status);
        Assert.Equal("Bạn đã không nhận tệp; DanVan không lưu tệp nào vào OneDrive. Có thể tải báo cáo bằng liên kết, hoặc gõ lại lệnh để tạo lại.",
            Text(Assert.Single(Connector.TakeAll())));

        await Teams.SendAsync(Teams.FileConsent(Office, "accept", context, "https://evil.example.com/upload/session-1"));
        Assert.StartsWith("DanVan chưa lưu được tệp vào OneDrive", Text(Assert.Single(Connector.TakeAll())));
        Assert.Empty(Connector.Uploads);

        Connector.UploadStatus = 500;
        await Teams.SendAsync(Teams.FileConsent(Office, "accept", context, Connector.UploadUrl()));
        Assert.StartsWith("DanVan chưa lưu được tệp vào OneDrive", Text(Assert.Single(Connector.TakeAll())));
        Assert.Single(Connector.Uploads);
    }

    [Fact]
    public async Task A_unit_head_gets_their_own_draft_and_neither_another_units_nor_the_department_report()
    {
        await SeedAsync(Bot);
        var (link, consent) = Offered(await SayAsync(Head, "dự thảo báo cáo"));
        Assert.Equal(OfficialReportCards.DraftFileVerb, (string?)consent["content"]!["acceptContext"]!["verb"]);
        using (var doc = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync(link)), false))
        {
            var text = Paragraphs(doc);
            Assert.Contains("CHI CỤC KIỂM LÂM", text);
            Assert.Contains("Tổng số CCVCNLĐ: 100; đã được học tập, quán triệt: 100 (đạt 100%), qua 2 buổi, buổi gần nhất ngày 01/03/2024.", text);
            Assert.DoesNotContain(text, p => p.Contains("Thủy lợi", StringComparison.Ordinal));
            Assert.Contains("[Đơn vị bổ sung: ưu điểm, hạn chế và nguyên nhân]", text);
        }

        // The department report: neither typed nor through a consent naming its verb.
        Assert.StartsWith("Chức năng này chỉ dành cho Văn phòng Sở.", Text(Assert.Single(await SayAsync(Head, "báo cáo sở"))));
        await Teams.SendAsync(Teams.FileConsent(Head, "accept", new JsonObject { ["verb"] = OfficialReportCards.FileVerb }, Connector.UploadUrl()));
        Assert.DoesNotContain("DanVan đã lưu tệp", Text(Assert.Single(Connector.TakeAll())));
        Assert.Empty(Connector.Uploads);

        // Another unit's draft: card data naming it is refused.
        var (card, replies) = await ClickAsync(Head, OfficialReportCards.DraftVerb, new Dictionary<string, string?> { ["unitId"] = "B" });
        Assert.Contains("chỉ được xem và cập nhật số liệu của đơn vị mình", CardText(card));
        Assert.Empty(replies);

        // The office's department link is the office's: a unit head's consent for the draft uploads the draft only.
        await Teams.SendAsync(Teams.FileConsent(Head, "accept", new JsonObject { ["verb"] = OfficialReportCards.DraftFileVerb }, Connector.UploadUrl()));
        using (var doc = WordprocessingDocument.Open(new MemoryStream(Assert.Single(Connector.Uploads).Content), false))
            Assert.Contains("CHI CỤC KIỂM LÂM", Paragraphs(doc));
    }

    [Fact]
    public async Task A_report_link_is_refused_to_a_member_demoted_since()
    {
        await SeedAsync(Bot);
        var (ready, _) = await ClickAsync(Office, OfficialReportCards.MakeVerb, new Dictionary<string, string?>());
        var link = Link(ready);
        Assert.Equal(HttpStatusCode.OK, (await Bot.Http.GetAsync(link)).StatusCode);
        await DemoteAsync(Bot, Office);

        var response = await Bot.Http.GetAsync(link);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>
    /// LibreOffice (headless) opens the report and prints it to PDF: the document is one a word processor lays out,
    /// on a few A4 pages (report, signature, two appendices); the .docx and .pdf are kept in artifacts/docx/ for a person to look
    /// at (pdftoppm -png -f 1 -l 1 renders page 1). ./test.sh installs Debian's LibreOffice Writer when it is
    /// missing and sets DANVAN_REQUIRE_SOFFICE=1, so there a missing soffice fails; a bare `dotnet test` without it
    /// skips the conversion.
    /// </summary>
    [Fact]
    public async Task LibreOffice_converts_the_department_report_to_a_pdf_of_a_few_a4_pages()
    {
        var soffice = Soffice.Find();
        if (soffice is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("DANVAN_REQUIRE_SOFFICE") == "1", "soffice (LibreOffice) is not installed but DANVAN_REQUIRE_SOFFICE=1.");
            return;
        }
        await SeedAsync(Bot);
        await ClickAsync(Office, OfficialReportCards.SaveVerb, Texts());
        var (ready, _) = await ClickAsync(Office, OfficialReportCards.MakeVerb, new Dictionary<string, string?>());
        var dir = Directory.CreateTempSubdirectory("danvan-docx-");
        try
        {
            var docx = Path.Combine(dir.FullName, "bao-cao-so.docx");
            await File.WriteAllBytesAsync(docx, await DownloadAsync(Link(ready)));

            var pdf = await Soffice.ConvertAsync(soffice, docx, "pdf", dir.FullName);

            var bytes = await File.ReadAllTextAsync(pdf, System.Text.Encoding.Latin1);
            var pages = System.Text.RegularExpressions.Regex.Count(bytes, @"/Type\s*/Page(?![s\w])");
            Assert.InRange(pages, 3, 8);
            // A4 in points (595 × 842), as LibreOffice writes each page's MediaBox.
            Assert.Matches(@"/MediaBox\s*\[\s*0\s+0\s+595(\.\d+)?\s+841(\.\d+)?|/MediaBox\s*\[\s*0\s+0\s+595(\.\d+)?\s+842", bytes);

            var artifacts = Path.Combine(Soffice.RepositoryRoot(), "artifacts", "docx");
            Directory.CreateDirectory(artifacts);
            File.Copy(docx, Path.Combine(artifacts, "bao-cao-so.docx"), overwrite: true);
            File.Copy(pdf, Path.Combine(artifacts, "bao-cao-so.pdf"), overwrite: true);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
