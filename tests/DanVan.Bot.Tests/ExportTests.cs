using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DanVan.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static DanVan.Bot.Tests.OfficeDepartment;

namespace DanVan.Bot.Tests;

/// <summary>
/// "Xuất báo cáo" end to end: the card's links are fetched over HTTP from the bot, the workbook is opened with the
/// Open XML SDK and the CSV parsed; links are refused once expired, tampered with, or held by a demoted user.
/// </summary>
public sealed class ExportTests : BotTest
{
    protected override IDictionary<string, string?>? Settings => OfficeDepartment.Settings;

    private async Task<(string Xlsx, string Csv)> LinksAsync(TeamsUser user)
    {
        var card = CardOf(Assert.Single(await SayAsync(user, "xuất báo cáo")))!;
        Assert.Contains("hết hạn lúc 09:15 20/10/2024 (sau 15 phút)", CardText(card));
        var links = card["body"]!.AsArray().Where(e => (string?)e!["type"] == "ActionSet")
            .SelectMany(e => e!["actions"]!.AsArray()).ToDictionary(a => (string)a!["title"]!, a => (string)a!["url"]!);
        Assert.All(links.Values, url => Assert.StartsWith(Bot.BaseUrl + "/export/", url));
        return (links["Tải tệp Excel (.xlsx)"], links["Tải tệp CSV"]);
    }

    private async Task<(HttpStatusCode Status, HttpResponseMessage Response, byte[] Body)> GetAsync(string url)
    {
        var response = await Bot.Http.GetAsync(url);
        return (response.StatusCode, response, await response.Content.ReadAsByteArrayAsync());
    }

    private static List<List<string>> ReadSheet(WorkbookPart workbook, string name)
    {
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c =>
            c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "").ToList()).ToList();
    }

    private static Cell CellAt(WorkbookPart workbook, string sheetName, string reference)
    {
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
    }

    /// <summary>The number format a cell shows with: Excel's built-in 3 is "#,##0".</summary>
    private static string FormatOf(WorkbookPart workbook, string sheetName, string reference)
    {
        var style = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)CellAt(workbook, sheetName, reference).StyleIndex!.Value);
        var id = style.NumberFormatId!.Value;
        return id == 3 ? "#,##0" : workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == id).FormatCode!.Value!;
    }

    [Fact]
    public async Task The_office_downloads_the_workbook_and_reads_every_sheet_back()
    {
        await SeedAsync(Bot);
        var (xlsx, _) = await LinksAsync(Office);

        var (status, response, body) = await GetAsync(xlsx);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Tổng hợp dân vận chính quyền 2024 - 20.10.2024.xlsx", disposition.FileNameStar);
        Assert.Contains("filename=\"Tong hop dan van chinh quyen 2024 - 20.10.2024.xlsx\"", response.Content.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());

        using var doc = SpreadsheetDocument.Open(new MemoryStream(body), false);
        var wb = doc.WorkbookPart!;
        Assert.Equal(["Tổng hợp", "Theo đơn vị", "Học tập, quán triệt", "Kế hoạch đơn vị", "Mô hình Dân vận khéo", "Báo cáo kết quả"],
            wb.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));

        var summary = ReadSheet(wb, "Tổng hợp");
        Assert.Equal(["Chỉ tiêu", "Nội dung", "Số lượng", "Trên tổng số", "Tỷ lệ (%)"], summary[0]);
        Assert.Contains(["Chỉ tiêu 1 — Học tập, quán triệt", "CCVCNLĐ đã học tập, quán triệt", "145", "150", "96.7"], summary);
        Assert.Contains(["Chỉ tiêu 2 — Kế hoạch của đơn vị", "Gửi đúng hạn", "1", "4", "25"], summary);
        Assert.Contains(["Chỉ tiêu 3 — Thực hiện dân chủ", "Thực hiện đủ các nội dung dân chủ", "1", "2", "50"], summary);
        Assert.Contains(summary, r => r[0].StartsWith("Chỉ tiêu 4 — ", StringComparison.Ordinal) && r[1] == "Nhiệm vụ CCHC đã hoàn thành");
        // Whole numbers show as whole ("#,##0"), decimals with one decimal: no trailing separator.
        Assert.Equal("#,##0", FormatOf(wb, "Tổng hợp", "C2"));
        Assert.Equal("#,##0.0", FormatOf(wb, "Học tập, quán triệt", "E6"));

        var units = ReadSheet(wb, "Theo đơn vị");
        // Then the two file names and the two reviews.
        Assert.Equal(["Nhiệm vụ CCHC hoàn thành (%)", "Mức hoàn thành chung (%)", "Xếp hạng"], units[0][^7..^4]);
        Assert.Equal("1", units[1][units[0].IndexOf("Xếp hạng")]); // Chi cục Kiểm lâm: everything done

        var training = ReadSheet(wb, "Học tập, quán triệt");
        Assert.Equal(["STT", "Đơn vị", "Tổng số CCVCNLĐ", "Số đã học tập, quán triệt", "Tỷ lệ (%)", "Số người còn phải học tập", "Số buổi",
            "Ngày buổi gần nhất", "Đạt chỉ tiêu"], training[0]);
        Assert.Equal(["1", "Chi cục Kiểm lâm", "100", "100", "100", "0", "2", "45352", "Có"], training[1]);
        Assert.Equal(["2", "Chi cục Thủy lợi", "50", "45", "90", "5", "1", "45356", "Không"], training[2]);
        Assert.Equal(["3", "Đội kiểm tra", "Chưa báo cáo"], training[3]);
        Assert.Equal(["Toàn Sở", "150", "145", "96.7", "5", "3", "1/4"], training[5]);
        Assert.Equal(6, training.Count);
        // Numbers are numbers; dates are dates shown dd/MM/yyyy (45352 = 01/03/2024).
        Assert.Equal(CellValues.Number, CellAt(wb, "Học tập, quán triệt", "C2").DataType!.Value);
        Assert.Equal(new DateTime(2024, 3, 1), DateTime.FromOADate(double.Parse(CellAt(wb, "Học tập, quán triệt", "H2").CellValue!.Text, CultureInfo.InvariantCulture)));
        var dateStyle = wb.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)CellAt(wb, "Học tập, quán triệt", "H2").StyleIndex!.Value);
        Assert.Equal("dd/mm/yyyy", wb.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(f => f.NumberFormatId!.Value == dateStyle.NumberFormatId!.Value).FormatCode!.Value);

        var plans = ReadSheet(wb, "Kế hoạch đơn vị");
        Assert.Equal(["2", "Chi cục Thủy lợi", "Đã ban hành, trễ 5 ngày", "02/KH-CCTL", "45394", "45407", "trễ 5 ngày", "5", "Gửi bổ sung", "Chờ tiếp nhận"], plans[2]);
        Assert.Equal(["4", "Phòng Kế hoạch - Tài chính", "Đã ban hành, chưa gửi", "03/KH-KHTC", "45392", "quá hạn 183 ngày", "183", "Chờ tiếp nhận"], plans[4]);

        var models = ReadSheet(wb, "Mô hình Dân vận khéo");
        Assert.Equal(["1", "Chi cục Kiểm lâm", "Vườn ươm cộng đồng", "Kinh tế", "Có", "45323", "Được công nhận", "120", "Tốt"], models[1]);
        Assert.Equal(["2", "Chi cục Thủy lợi", "Chưa đăng ký mô hình"], models[3]);

        var reports = ReadSheet(wb, "Báo cáo kết quả");
        Assert.Equal(26, reports[0].Count);
        Assert.Equal(["2", "Chi cục Thủy lợi", "trễ 2 ngày", "12/BC-CCTL", "45582", "2", "Có", "Không", "Có", "Có", "Có", "Có", "5", "3", "4", "90",
            "2", "5", "4", "Khá", "Chờ tiếp nhận"], reports[2]);
        Assert.Equal(["3", "Đội kiểm tra", "Chưa báo cáo, quá hạn 5 ngày", "5", "Chưa gửi"], reports[3]);
    }

    [Fact]
    public async Task The_leader_downloads_the_csv_in_utf8_with_a_bom_and_it_parses()
    {
        await SeedAsync(Bot);
        var (_, csv) = await LinksAsync(Leader);

        var (status, response, body) = await GetAsync(csv);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("Tổng hợp dân vận chính quyền 2024 - 20.10.2024.csv", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(Encoding.UTF8.GetPreamble(), body[..3]);
        var rows = ParseCsv(Encoding.UTF8.GetString(body[3..]));
        Assert.Equal(["STT", "Đơn vị", "Tổng số CCVCNLĐ", "Số đã học tập, quán triệt", "Tỷ lệ học tập, quán triệt (%)", "Kế hoạch của đơn vị",
            "Ngày gửi kế hoạch", "Số mô hình", "Mô hình được công nhận", "Báo cáo kết quả", "Ngày báo cáo", "Nội dung dân chủ đã thực hiện",
            "Tự đánh giá", "Nhiệm vụ CCHC hoàn thành (%)", "Mức hoàn thành chung (%)", "Xếp hạng", "Tệp kế hoạch", "Tệp báo cáo", "Tiếp nhận kế hoạch", "Tiếp nhận báo cáo kết quả"], rows[0]);
        Assert.Equal(5, rows.Count);
        Assert.Equal(["1", "Chi cục Kiểm lâm", "100", "100", "100", "Đã ban hành, đúng hạn", "15/04/2024", "2", "2", "đúng hạn", "10/10/2024", "6", "Xuất sắc", "100", "100", "1", "", "", "Chờ tiếp nhận", "Chờ tiếp nhận"], rows[1]);
        Assert.Equal(["2", "Chi cục Thủy lợi", "50", "45", "90", "Đã ban hành, trễ 5 ngày", "25/04/2024", "0", "0", "trễ 2 ngày", "17/10/2024", "5", "Khá", "75", "74.7", "2", "", "", "Chờ tiếp nhận", "Chờ tiếp nhận"], rows[2]); // (0,9 + 0,75 + 5/6 + 3/4 + 0,5) / 5
        Assert.Equal(["3", "Đội kiểm tra", "", "", "", "Chưa báo cáo", "", "0", "0", "Chưa báo cáo, quá hạn 5 ngày", "", "", "", "", "0", "Chưa xếp hạng", "", "", "Chưa gửi", "Chưa gửi"], rows[3]);
    }

    /// <summary>
    /// Rows stored before input was normalised (written straight to storage here, bypassing validation): a vertical tab
    /// (Word's Shift+Enter) once made every .xlsx export answer 500, and a formula typed as a unit name ran in Excel.
    /// </summary>
    [Fact]
    public async Task Text_stored_before_validation_still_exports_a_workbook_that_opens_and_a_csv_with_formulas_neutralised()
    {
        await SeedAsync(Bot);
        await Bot.Storage.Roster.SeedAsync(new Domain.Roster.RosterSeed(false,
        [
            new Domain.Roster.Unit("H", "\u0001=HYPERLINK(\"https://evil.example\",\"Mở\")"),
            new Domain.Roster.Unit("K", "+Trạm\u000B khuyến nông"), new Domain.Roster.Unit("M", "-2+3"), new Domain.Roster.Unit("N", "@SUM(A1)"),
        ], []), default);
        var stamp = new Domain.Repositories.Stamp("aad:seed", "Người nhập", new DateTimeOffset(2024, 4, 1, 8, 0, 0, TimeSpan.Zero));
        await Bot.Storage.Submissions.SaveAsync(new Domain.Repositories.SubmissionKey("2024", "H", Domain.Repositories.SubmissionItems.ModelPrefix + "m1"),
            new Domain.Models.DanVanKheoModel("A\u0001B", Domain.Models.ModelField.Economy, false, new DateOnly(2024, 2, 1), "x\u000By", "x\u000By",
                3, Domain.Models.ModelStatus.Registered), null, stamp, default);
        await Bot.Storage.Submissions.SaveAsync(new Domain.Repositories.SubmissionKey("2024", "K", Domain.Repositories.SubmissionItems.UnitPlan),
            new Domain.UnitPlans.UnitPlanReport(false, null, null, null, null, "Ghi chú\u0000\u001F\uFFFE cuối"), null, stamp, default);
        var (xlsx, csv) = await LinksAsync(Office);

        var (status, _, body) = await GetAsync(xlsx);

        Assert.Equal(HttpStatusCode.OK, status);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(body), false);
        var models = ReadSheet(doc.WorkbookPart!, "Mô hình Dân vận khéo");
        Assert.Contains(models, row => row.Contains("AB") && row.Contains("xy"));
        Assert.Contains(ReadSheet(doc.WorkbookPart!, "Kế hoạch đơn vị"), row => row.Contains("Ghi chú cuối"));

        var (csvStatus, _, csvBody) = await GetAsync(csv);

        Assert.Equal(HttpStatusCode.OK, csvStatus);
        var names = ParseCsv(Encoding.UTF8.GetString(csvBody[3..])).Skip(1).Select(r => r[1]).ToList();
        Assert.Contains("'=HYPERLINK(\"https://evil.example\",\"Mở\")", names);
        Assert.Contains("'+Trạm khuyến nông", names);
        Assert.Contains("'-2+3", names);   // text that looks like a sum is text; real numbers stay numbers
        Assert.Contains("'@SUM(A1)", names);
        Assert.DoesNotContain(names, n => n.Length > 0 && n[0] is '=' or '+' or '-' or '@' or '\t' or '\r');
    }

    /// <summary>RFC 4180: fields separated by commas, quoted when they hold a comma, quote or line break.</summary>
    internal static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; }
            else field.Append(c);
        }
        Assert.False(quoted);
        Assert.Empty(row);
        return rows;
    }

    [Fact]
    public async Task An_expired_link_is_refused_with_a_vietnamese_message()
    {
        await SeedAsync(Bot);
        var (xlsx, _) = await LinksAsync(Office);

        Bot.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(xlsx)).Status);
        Bot.Clock.Advance(TimeSpan.FromMinutes(1));
        var (status, response, body) = await GetAsync(xlsx);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Equal("Liên kết tải báo cáo đã hết hạn. Gõ \"xuất báo cáo\" trong DanVan để lấy liên kết mới.", Encoding.UTF8.GetString(body));
    }

    [Fact]
    public async Task A_tampered_forged_or_missing_link_gets_nothing()
    {
        await SeedAsync(Bot);
        var (xlsx, _) = await LinksAsync(Office);
        var token = xlsx[(xlsx.LastIndexOf('/') + 1)..];
        var (payload, signature) = (token.Split('.')[0], token.Split('.')[1]);

        // Another user's key in the payload, with the office's signature.
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes(
            Encoding.UTF8.GetString(Convert.FromBase64String(payload.Replace('-', '+').Replace('_', '/') + new string('=', (4 - payload.Length % 4) % 4)))
                .Replace(Office.AadObjectId!, Head.AadObjectId!))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var flipped = signature[..^2] + (signature[^2] == 'A' ? 'B' : 'A') + signature[^1];

        foreach (var (url, expected) in new[]
        {
            ($"{Bot.BaseUrl}/export/{payload}.{flipped}", HttpStatusCode.Forbidden),
            ($"{Bot.BaseUrl}/export/{forged}.{signature}", HttpStatusCode.Forbidden),
            ($"{Bot.BaseUrl}/export/{payload}", HttpStatusCode.NotFound),
            ($"{Bot.BaseUrl}/export/not-a-token", HttpStatusCode.NotFound),
            ($"{Bot.BaseUrl}/export/", HttpStatusCode.NotFound),
            ($"{Bot.BaseUrl}/export/{new string('a', 5000)}.{signature}", HttpStatusCode.NotFound),
        })
        {
            var (status, response, body) = await GetAsync(url);
            Assert.True(expected == status, $"{url[..Math.Min(url.Length, 120)]}: {status}");
            Assert.Null(response.Content.Headers.ContentDisposition);
            Assert.StartsWith("Liên kết tải báo cáo không hợp lệ.", Encoding.UTF8.GetString(body));
        }
    }

    [Fact]
    public async Task A_user_demoted_since_the_link_was_made_is_refused()
    {
        await SeedAsync(Bot);
        var (xlsx, csv) = await LinksAsync(Office);

        await DemoteAsync(Bot, Office);

        foreach (var url in new[] { xlsx, csv })
        {
            var (status, _, body) = await GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.Equal("Tài khoản của anh/chị không có quyền tải báo cáo tổng hợp. Vui lòng liên hệ Văn phòng Sở.", Encoding.UTF8.GetString(body));
        }
    }

    [Fact]
    public async Task The_export_button_on_the_summary_card_gives_the_links()
    {
        await SeedAsync(Bot);
        var (card, replies) = await ClickAsync(Office, "export.create", new Dictionary<string, string?>());
        var urls = card["body"]!.AsArray().Where(e => (string?)e!["type"] == "ActionSet")
            .SelectMany(e => e!["actions"]!.AsArray()).Select(a => (string)a!["url"]!).ToList();
        Assert.Equal(2, urls.Count);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(urls[1])).Status);
        Assert.Empty(replies);
    }
}

/// <summary>The public base URL setting decides the links' host (behind a proxy or a tunnel).</summary>
public sealed class ExportBaseUrlTests : BotTest
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>(OfficeDepartment.Settings)
    {
        ["DanVan:PublicBaseUrl"] = "https://danvan.example.gov.vn/",
        ["Export:SigningKey"] = "khoa-ky-lien-ket-tai-bao-cao-0123456789",
        ["Export:LinkMinutes"] = "5",
    };

    [Fact]
    public async Task Links_use_the_configured_public_address_and_lifetime()
    {
        await SeedAsync(Bot);
        var card = CardOf(Assert.Single(await SayAsync(Office, "xuat bao cao")))!;
        var urls = card["body"]!.AsArray().Where(e => (string?)e!["type"] == "ActionSet")
            .SelectMany(e => e!["actions"]!.AsArray()).Select(a => (string)a!["url"]!).ToList();
        Assert.All(urls, u => Assert.StartsWith("https://danvan.example.gov.vn/export/", u));
        Assert.Contains("hết hạn lúc 09:05 20/10/2024 (sau 5 phút)", CardText(card));
        // The same token works against this host.
        Assert.Equal(HttpStatusCode.OK, (await Bot.Http.GetAsync(urls[0].Replace("https://danvan.example.gov.vn", Bot.BaseUrl))).StatusCode);
    }
}
