using DanVan.Domain.Department;
using DanVan.Domain.Plans;
using DanVan.Domain.Reports;
using static DanVan.Cards.Documents.DocumentParts;

namespace DanVan.Cards.Documents;

/// <summary>
/// A unit's own results-report draft, from its stored data, in the department report's format: figures filled in,
/// the words only the unit can write marked "[Đơn vị bổ sung: …]", for the unit head to finish and sign.
/// </summary>
public static class UnitReportDraft
{
    public const string GapPrefix = "[Đơn vị bổ sung: ";

    public static string GapText(string what) => GapPrefix + what + "]";

    public static OfficialDocument Build(Plan plan, UnitSummary u, DateOnly today)
    {
        var head = plan.Letterhead;
        var name = u.Unit.Name;
        IReadOnlyList<Span> Gap(string what) => [new Span(GapText(what), true)];

        var heading = new DocumentHeading(
            head?.IssuingBody is { Length: > 0 } body ? Span.Of(body) : Gap("cơ quan chủ quản"),
            Span.Of(Upper(name)),
            [new Span($"Số: {NumberBlank}/{KindSymbol}-"), new Span(GapText("ký hiệu"), true)],
            PlaceAndDate(head?.Place is { Length: > 0 } place ? Span.Of(place) : Gap("địa danh"), today));

        var blocks = new List<Block>
        {
            Paragraph.Of($"Thực hiện {plan.Title} của {plan.Issuer}, {name} báo cáo kết quả thực hiện công tác dân vận chính quyền năm {plan.Year} như sau:"),
            new SectionHeading("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"),
            u.UnitPlan is { Issued: true } p
                ? Paragraph.Of($"Đơn vị đã ban hành Kế hoạch số {p.Number} ngày {(p.IssuedOn is { } d ? T.Date(d) : "…")} thực hiện công tác dân vận chính quyền năm {plan.Year}" +
                    (p.SentOn is { } sent ? $" và gửi về Sở (qua Văn phòng Sở) ngày {T.Date(sent)}." : "; chưa gửi về Sở (qua Văn phòng Sở)."))
                : new Paragraph([new Span("Kế hoạch thực hiện công tác dân vận chính quyền của đơn vị: "), new Span(GapText("số, ngày ban hành kế hoạch của đơn vị"), true)]),
            Paragraph.Gap(GapText("công tác lãnh đạo, chỉ đạo, quán triệt tại đơn vị")),
            new SectionHeading("II. KẾT QUẢ THỰC HIỆN"),
            new PartHeading("1. " + Target(plan, 1)),
            u.Training is { } t && u.TrainingStanding is { } ts
                ? Paragraph.Of($"Tổng số CCVCNLĐ: {t.TotalStaff}; đã được học tập, quán triệt: {t.Trained} (đạt {Percent(ts.Percent)}), qua {t.Sessions} buổi" +
                    (t.LastSessionDate is { } last ? $", buổi gần nhất ngày {T.Date(last)}." : "."))
                : Paragraph.Gap(GapText("số CCVCNLĐ được học tập, quán triệt")),
            new PartHeading("2. " + Target(plan, 2)),
            Paragraph.Of(u.UnitPlanStanding.Progress switch
            {
                Domain.UnitPlans.UnitPlanProgress.SentOnTime => "Đơn vị đã xây dựng kế hoạch và gửi về Sở đúng hạn.",
                Domain.UnitPlans.UnitPlanProgress.SentLate => "Đơn vị đã xây dựng kế hoạch và gửi về Sở, trễ hạn.",
                Domain.UnitPlans.UnitPlanProgress.IssuedNotSent => "Đơn vị đã ban hành kế hoạch nhưng chưa gửi về Sở.",
                _ => "Đơn vị chưa báo cáo việc xây dựng kế hoạch.",
            }),
        };
        var r = u.Report.Report;
        blocks.Add(new PartHeading("3. " + Target(plan, 3)));
        blocks.Add(r is null ? Paragraph.Gap(GapText("việc thực hiện dân chủ theo Nghị định số 59/2023/NĐ-CP"))
            : Paragraph.Of($"Đơn vị đã thực hiện {u.Report.DemocracyDone}/{ReportStanding.DemocracyTotal} nội dung: " +
                string.Join("; ", r.Democracy().Select(d => $"{T.DemocracyShort(d.Item)}: {(d.Done ? "đã thực hiện" : "chưa thực hiện")}")) + "."));
        blocks.Add(new PartHeading("4. " + Target(plan, 4)));
        blocks.Add(r is null ? Paragraph.Gap(GapText("kết quả cải cách hành chính"))
            : Paragraph.Of($"Hoàn thành {r.ReformTasksDone}/{r.ReformTasksTotal} nhiệm vụ CCHC ({Percent(u.Report.ReformPercent)}); mức độ hài lòng {Percent(r.Satisfaction)}; " +
                $"tổ chức {r.CitizenDialogues} cuộc đối thoại với Nhân dân; tiếp nhận {r.PetitionsReceived} phản ánh, kiến nghị, đã giải quyết {r.PetitionsResolved}."));
        blocks.Add(new PartHeading("5. " + Target(plan, 5)));
        blocks.Add(r is null ? Paragraph.Gap(GapText("tự đánh giá, xếp loại")) : Paragraph.Of($"Đơn vị tự đánh giá: {T.RatingName(r.Rating)}."));
        blocks.Add(new PartHeading("6. Phong trào thi đua \"Dân vận khéo\""));
        var models = ModelRows([u]);
        if (models.Count == 0) blocks.Add(Paragraph.Gap(GapText("mô hình \"Dân vận khéo\" của đơn vị")));
        else
        {
            blocks.Add(Paragraph.Of($"Đơn vị đã đăng ký, xây dựng {models.Count} mô hình \"Dân vận khéo\":"));
            blocks.Add(new Table(ModelHeaders, models, ModelWidths));
        }
        blocks.Add(new SectionHeading("III. ĐÁNH GIÁ CHUNG"));
        blocks.Add(Paragraph.Gap(GapText("ưu điểm, hạn chế và nguyên nhân")));
        blocks.Add(new SectionHeading($"IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {plan.Year + 1}"));
        blocks.Add(Paragraph.Gap(GapText("phương hướng, nhiệm vụ")));
        blocks.Add(new SectionHeading("V. KIẾN NGHỊ, ĐỀ XUẤT"));
        blocks.Add(Paragraph.Gap(GapText("kiến nghị, đề xuất")));
        blocks.Add(Paragraph.Of($"Trên đây là báo cáo kết quả thực hiện công tác dân vận chính quyền năm {plan.Year} của {name}./."));

        var closing = new DocumentClosing(
            [Span.Of("- Văn phòng Sở (để tổng hợp);"), Span.Of("- Lưu: VT.")],
            [], Gap("chức vụ người ký"), [new Span("[Họ và tên người ký]", true)]);
        return new OfficialDocument(heading, "BÁO CÁO", $"Kết quả thực hiện công tác dân vận chính quyền năm {plan.Year}", blocks, closing, []);
    }
}
