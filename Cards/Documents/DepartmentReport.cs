using System.Globalization;
using DanVan.Domain.Department;
using DanVan.Domain.OfficialReports;
using DanVan.Domain.Plans;
using DanVan.Domain.Reports;
using static DanVan.Cards.Documents.DocumentParts;

namespace DanVan.Cards.Documents;

/// <summary>
/// The department's annual "Báo cáo kết quả thực hiện công tác dân vận chính quyền năm {year}": figures and the units
/// still short from the summary, the office's own words for what data cannot say, and every gap marked
/// "[Văn phòng Sở bổ sung: …]" for the office to complete before signing.
/// </summary>
public static class DepartmentReport
{
    public const string GapPrefix = "[Văn phòng Sở bổ sung: ";

    public static string GapText(string what) => GapPrefix + what + "]";

    public static OfficialDocument Build(Plan plan, DepartmentSummary s, DepartmentReportTexts texts)
    {
        var head = plan.Letterhead;
        var n = s.Units.Count;
        var symbol = head?.Symbol is { Length: > 0 } sym ? sym : null;
        IReadOnlyList<Span> Line(string? value, string what) => value is { Length: > 0 } v ? Span.Of(v) : [new Span(GapText(what), true)];

        var heading = new DocumentHeading(
            Line(head?.GoverningBody, "cơ quan chủ quản"), Line(head?.IssuingBody, "tên cơ quan ban hành"),
            symbol is null ? [new Span($"Số: {NumberBlank}/{KindSymbol}-"), new Span(GapText("ký hiệu"), true)] : Span.Of($"Số: {NumberBlank}/{KindSymbol}-{symbol}"),
            PlaceAndDate(Line(head?.Place, "địa danh"), s.Today));

        var body = new List<Block>
        {
            Paragraph.Of($"Thực hiện {plan.Title} của {plan.Issuer}; căn cứ báo cáo của {n} phòng, cơ quan, đơn vị thuộc Sở " +
                $"(số liệu tổng hợp đến ngày {T.Date(s.Today)}), {plan.Issuer} báo cáo kết quả thực hiện công tác dân vận chính quyền năm {plan.Year} như sau:"),
            new SectionHeading("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"),
        };
        body.AddRange(Words(texts.Leadership, "công tác lãnh đạo, chỉ đạo, quán triệt và ban hành văn bản triển khai của Sở"));
        body.Add(new SectionHeading("II. KẾT QUẢ THỰC HIỆN"));
        body.AddRange(Training(plan, s));
        body.AddRange(UnitPlans(plan, s));
        body.AddRange(Democracy(plan, s));
        body.AddRange(Reform(plan, s));
        body.AddRange(Rating(plan, s));
        body.AddRange(Models(plan, s));
        body.Add(new SectionHeading("III. ĐÁNH GIÁ CHUNG"));
        body.AddRange(Words(texts.Assessment, "ưu điểm, hạn chế và nguyên nhân"));
        body.Add(new SectionHeading($"IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {plan.Year + 1}"));
        body.AddRange(Words(texts.Directions, "phương hướng, nhiệm vụ trọng tâm"));
        body.Add(new SectionHeading("V. KIẾN NGHỊ, ĐỀ XUẤT"));
        body.AddRange(Words(texts.Recommendations, "kiến nghị, đề xuất với UBND tỉnh và các cơ quan liên quan"));
        body.Add(Paragraph.Of($"Trên đây là báo cáo kết quả thực hiện công tác dân vận chính quyền năm {plan.Year} của {plan.Issuer}./."));

        var closing = new DocumentClosing(
            head is { Recipients.Count: > 0 } ? [.. head.Recipients.Select(r => Span.Of("- " + r))] : [[new Span("- "), new Span(GapText("nơi nhận"), true)]],
            head?.SignerAuthority is { Length: > 0 } a ? Span.Of(a) : [],
            Line(head?.SignerTitle, "chức vụ người ký"),
            head?.SignerName is { Length: > 0 } name ? Span.Of(name) : [new Span("[Họ và tên người ký]", true)]);

        var number = symbol is null ? $"{KindSymbol}-…" : $"{KindSymbol}-{symbol}";
        return new OfficialDocument(heading, "BÁO CÁO", $"Kết quả thực hiện công tác dân vận chính quyền năm {plan.Year}", body, closing,
        [
            new Appendix("Phụ lục I", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THEO ĐƠN VỊ",
                $"(Kèm theo Báo cáo số {NumberBlank}/{number} ngày {NumberBlank} tháng {s.Today.Month} năm {s.Today.Year})", UnitTable(s)),
            new Appendix("Phụ lục II", "MÔ HÌNH \"DÂN VẬN KHÉO\" CỦA CÁC ĐƠN VỊ",
                $"(Kèm theo Báo cáo số {NumberBlank}/{number} ngày {NumberBlank} tháng {s.Today.Month} năm {s.Today.Year})",
                new Table(ModelHeaders, ModelRowsOrNone(s.Units), ModelWidths)),
        ]);
    }

    /// <summary>The office's text as paragraphs, or one marked gap naming what belongs there.</summary>
    private static IEnumerable<Block> Words(string? text, string what)
    {
        var paragraphs = DepartmentReportFields.Paragraphs(text);
        return paragraphs.Count == 0 ? [Paragraph.Gap(GapText(what))] : paragraphs.Select(Paragraph.Of);
    }

    private static Paragraph Short(IEnumerable<string> units, string allMet)
    {
        var list = units.ToList();
        return list.Count == 0 ? Paragraph.Of(allMet) : Paragraph.Of($"Đơn vị chưa đạt ({list.Count}): {Names(list)}.");
    }

    private static IEnumerable<Block> Training(Plan plan, DepartmentSummary s)
    {
        var f = s.Training;
        yield return new PartHeading("1. " + Target(plan, 1));
        yield return Paragraph.Of("Chỉ tiêu: " + plan.Target(1).Text);
        yield return Paragraph.Of($"Kết quả: {Of(f.UnitsReported, s.Units.Count)} đơn vị đã báo cáo; {f.Trained.ToString("N0", Vi)}/{f.TotalStaff.ToString("N0", Vi)} " +
            $"CCVCNLĐ đã được học tập, quán triệt (đạt {Percent(f.Percent)}); {Of(f.UnitsMet, s.Units.Count)} đơn vị đạt chỉ tiêu.");
        yield return Short(s.Missing.Single(m => m.Item == SummaryItem.Training).Units.Select(u =>
            u.Reason == MissingReason.Short ? $"{u.Unit.Name} (còn {u.Shortfall} người chưa học tập)" : $"{u.Unit.Name} (chưa báo cáo)"),
            "Tất cả đơn vị đã đạt chỉ tiêu.");
    }

    private static IEnumerable<Block> UnitPlans(Plan plan, DepartmentSummary s)
    {
        var f = s.UnitPlan;
        var due = plan.Deadline(DeadlineIds.UnitPlan).Date;
        yield return new PartHeading("2. " + Target(plan, 2));
        yield return Paragraph.Of("Chỉ tiêu: " + plan.Target(2).Text);
        yield return Paragraph.Of($"Kết quả: {Of(f.OnTime + f.Late, s.Units.Count)} đơn vị đã xây dựng và gửi kế hoạch về Sở (qua Văn phòng Sở), " +
            $"trong đó {f.OnTime} đơn vị gửi đúng hạn (trước ngày {T.Date(due)}), {f.Late} đơn vị gửi trễ hạn; {f.Missing} đơn vị chưa gửi" +
            (f.IssuedNotSent > 0 ? $" ({f.IssuedNotSent} đơn vị đã ban hành nhưng chưa gửi)." : "."));
        yield return Short(s.Missing.Single(m => m.Item == SummaryItem.UnitPlan).Units.Select(u => u.Unit.Name + u.Reason switch
        {
            MissingReason.IssuedNotSent => " (đã ban hành, chưa gửi)",
            MissingReason.NotIssued => " (chưa ban hành)",
            _ => " (chưa báo cáo)",
        }), "Tất cả đơn vị đã gửi kế hoạch.");
    }

    private static IEnumerable<Block> Democracy(Plan plan, DepartmentSummary s)
    {
        var f = s.Democracy;
        yield return new PartHeading("3. " + Target(plan, 3));
        yield return Paragraph.Of("Chỉ tiêu: " + plan.Target(3).Text);
        yield return Paragraph.Of($"Kết quả: {Of(f.UnitsReported, s.Units.Count)} đơn vị đã gửi báo cáo kết quả; {Of(f.UnitsCompliant, f.UnitsReported)} đơn vị " +
            $"thực hiện đủ các nội dung dân chủ ({Percent(f.Percent)}). Theo từng nội dung: " +
            string.Join("; ", f.ByItem.Select(i => $"{T.DemocracyShort(i.Item)}: {Of(i.Units, f.UnitsReported)}")) + ".");
        yield return Short(s.Units.Where(u => !u.Report.DemocracyMet).Select(u => u.Report.Report is null
            ? $"{u.Unit.Name} (chưa báo cáo)"
            : $"{u.Unit.Name} (chưa thực hiện: {string.Join(", ", u.Report.DemocracyNotDone.Select(i => T.DemocracyShort(i).ToLower(Vi)))})"),
            "Tất cả đơn vị đã thực hiện đủ các nội dung dân chủ.");
    }

    private static IEnumerable<Block> Reform(Plan plan, DepartmentSummary s)
    {
        var f = ReformReportFigures.Of(s.Units);
        yield return new PartHeading("4. " + Target(plan, 4));
        yield return Paragraph.Of("Chỉ tiêu: " + plan.Target(4).Text);
        yield return Paragraph.Of($"Kết quả (theo {f.Reports} báo cáo đã nhận): hoàn thành {f.TasksDone}/{f.TasksTotal} nhiệm vụ CCHC ({Percent(f.TasksPercent)}); " +
            $"mức độ hài lòng bình quân {(f.MeanSatisfaction is { } m ? Percent(m) : "chưa có số liệu")}; tổ chức {f.Dialogues} cuộc đối thoại với Nhân dân; " +
            $"tiếp nhận {f.PetitionsReceived} phản ánh, kiến nghị, đã giải quyết {f.PetitionsResolved}.");
        yield return Short(s.Units.Where(u => !u.Report.ReformMet).Select(u => u.Report.Report is { } r
            ? $"{u.Unit.Name} (hoàn thành {r.ReformTasksDone}/{r.ReformTasksTotal} nhiệm vụ)" : $"{u.Unit.Name} (chưa báo cáo)"),
            "Tất cả đơn vị đã hoàn thành các nhiệm vụ CCHC.");
    }

    private static IEnumerable<Block> Rating(Plan plan, DepartmentSummary s)
    {
        var f = s.Reports;
        yield return new PartHeading("5. " + Target(plan, 5));
        yield return Paragraph.Of("Chỉ tiêu: " + plan.Target(5).Text);
        yield return Paragraph.Of($"Kết quả tự đánh giá của các đơn vị ({f.Received} báo cáo đã nhận, {f.OnTime} đúng hạn, {f.Late} trễ hạn): " +
            string.Join("; ", f.Ratings.Select(r => $"{T.RatingName(r.Rating)}: {r.Units}")) + ".");
        yield return new Paragraph([new Span("Kết quả đánh giá, xếp loại của Sở: "), new Span(GapText("kết quả tự đánh giá, xếp loại công tác dân vận chính quyền của Sở"), true)]);
        yield return Short(s.Units.Where(u => !u.Report.RatingMet).Select(u => u.Report.Report is { } r
            ? $"{u.Unit.Name} ({T.RatingName(r.Rating)})" : $"{u.Unit.Name} (chưa báo cáo)"),
            "Tất cả đơn vị tự đánh giá từ Tốt trở lên.");
    }

    private static IEnumerable<Block> Models(Plan plan, DepartmentSummary s)
    {
        var f = s.Models;
        yield return new PartHeading("6. Phong trào thi đua \"Dân vận khéo\"");
        yield return Paragraph.Of($"Các đơn vị đã đăng ký, xây dựng {f.Registered} mô hình \"Dân vận khéo\", trong đó {f.Recognised} mô hình được công nhận " +
            $"({f.Awarded} mô hình được khen thưởng), {f.NewRuralArea} mô hình gắn với xây dựng nông thôn mới; {Of(f.UnitsMet, s.Units.Count)} đơn vị " +
            $"đạt tối thiểu {plan.Models.MinPerUnit} mô hình.");
        yield return new Table(ModelHeaders, ModelRowsOrNone(s.Units), ModelWidths);
        yield return Short(s.Missing.Single(m => m.Item == SummaryItem.Models).Units.Select(u =>
            u.Reason == MissingReason.Short ? $"{u.Unit.Name} (còn thiếu {u.Shortfall} mô hình)" : $"{u.Unit.Name} (chưa đăng ký mô hình)"),
            "Tất cả đơn vị đã có mô hình \"Dân vận khéo\".");
    }

    private static List<IReadOnlyList<string>> ModelRowsOrNone(IEnumerable<UnitSummary> units)
    {
        var rows = ModelRows(units);
        if (rows.Count == 0) rows.Add(["", "Chưa có mô hình nào được đăng ký", "", "", "", "", ""]);
        return rows;
    }

    /// <summary>Appendix I: one row per unit with every target's figure, as stored.</summary>
    private static Table UnitTable(DepartmentSummary s)
    {
        var rows = s.Units.Select((u, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), u.Unit.Name,
            u.Training is { } t ? $"{t.Trained}/{t.TotalStaff}" : "Chưa báo cáo",
            u.TrainingStanding is { } ts ? Percent(ts.Percent) : "",
            u.UnitPlan is { Issued: true } p ? (p.Number ?? "") + (p.SentOn is { } sent ? $", gửi {T.Date(sent)}" : ", chưa gửi") : u.UnitPlan is null ? "Chưa báo cáo" : "Chưa ban hành",
            u.Report.Report is null ? "Chưa báo cáo" : $"{u.Report.DemocracyDone}/{ReportStanding.DemocracyTotal}",
            u.Report.Report is { } r ? $"{r.ReformTasksDone}/{r.ReformTasksTotal}" : "Chưa báo cáo",
            u.ModelStanding.Count.ToString(CultureInfo.InvariantCulture),
            u.Report.Report is { } rr ? T.RatingName(rr.Rating) : "Chưa báo cáo",
        ]).ToList();
        return new Table(UnitHeaders, rows, [7, 21, 11, 9, 17, 9, 9, 7, 10]);
    }

    public static IReadOnlyList<string> UnitHeaders =>
        ["STT", "Đơn vị", "Học tập, quán triệt (người)", "Tỷ lệ", "Kế hoạch của đơn vị", "Nội dung dân chủ", "Nhiệm vụ CCHC", "Số mô hình", "Tự đánh giá"];
}
