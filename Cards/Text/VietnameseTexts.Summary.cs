using DanVan.Domain.Department;
using DanVan.Domain.Plans;

namespace DanVan.Cards.Text;

internal sealed partial class VietnameseTexts
{
    public override string SummaryButton => "Tổng hợp";
    public override string SummaryTitle(int planYear) => $"Tổng hợp toàn Sở — công tác dân vận chính quyền năm {planYear}";
    public override string SummarySubtitle(string asOf, int units) => $"Số liệu lúc {asOf}, {Number(units)} đơn vị.";
    public override string SummaryUnitHeadRefusal =>
        "Tổng hợp toàn Sở và xuất báo cáo dành cho Văn phòng Sở và Lãnh đạo Sở. Gõ \"tình hình\" để xem tình hình và xếp hạng của đơn vị mình.";
    public override string SummaryPageInvalid => "Số trang không hợp lệ. Bấm \"Tổng hợp\" để xem lại từ trang đầu.";

    public override string UnitsReportedFact => "Đơn vị đã báo cáo";
    public override string UnitsMetTrainingFact(string required) => $"Đơn vị đạt {required}";
    public override string StaffTrainedFact => "CCVCNLĐ đã học tập, quán triệt";
    public override string PlansOnTimeFact => "Gửi đúng hạn";
    public override string PlansLateFact => "Gửi trễ hạn";
    public override string PlansMissingFact => "Chưa gửi";
    public override string PlansMissingValue(int missing, int issuedNotSent) =>
        issuedNotSent == 0 ? Number(missing) : $"{Number(missing)} (trong đó {Number(issuedNotSent)} đã ban hành, chưa gửi)";
    public override string DemocracyCompliantFact => "Thực hiện đủ các nội dung dân chủ";
    public override string DemocracyCompliantValue(int compliant, int reported, string percent) =>
        $"{Number(compliant)}/{Number(reported)} đơn vị đã báo cáo ({percent})";
    public override string ModelsRegisteredFact => "Mô hình đã đăng ký";
    public override string ModelsRecognisedFact => "Mô hình được công nhận";
    public override string ModelsAwardedFact => "Trong đó được khen thưởng";
    public override string UnitsBelowModelsFact(int minPerUnit) => $"Đơn vị chưa đủ {Number(minPerUnit)} mô hình";
    public override string ReportsReceivedFact => "Báo cáo kết quả đã nhận";
    public override string ReportsReceivedValue(int received, int units, int onTime, int late) =>
        $"{Number(received)}/{Number(units)} ({Number(onTime)} đúng hạn, {Number(late)} trễ hạn)";
    public override string RatingsFact => "Tự đánh giá";

    public override string MissingHeading(int page, int pages) => $"**Đơn vị chưa hoàn thành** — trang {Number(page)}/{Number(pages)}";
    public override string MissingItem(SummaryItem item, int count, string? due) =>
        $"**{ItemName(item)}**{(due is null ? "" : $" (hạn {due})")}: {Number(count)} đơn vị";
    public override string MissingNone(SummaryItem item) => $"**{ItemName(item)}**: tất cả đơn vị đã hoàn thành.";
    public override string MissingLine(SummaryItem item, string unitName, MissingReason reason, int shortfall, int daysOverdue, string? trainedPercent)
    {
        var why = (item, reason) switch
        {
            (SummaryItem.Models, MissingReason.NotReported) => "chưa đăng ký mô hình nào",
            (SummaryItem.Models, _) => $"còn thiếu {Number(shortfall)} mô hình",
            (_, MissingReason.Short) when trainedPercent is not null => $"mới đạt {trainedPercent}, còn {Number(shortfall)} người",
            (_, MissingReason.Short) => $"còn thiếu {Number(shortfall)}",
            (_, MissingReason.NotIssued) => "chưa ban hành",
            (_, MissingReason.IssuedNotSent) => "đã ban hành, chưa gửi",
            _ => "chưa báo cáo",
        };
        // A Markdown list item (its TextBlock is Markdown): the unit name is escaped in it.
        return $"- {Json.Markdown.Escape(unitName, inline: true)}: {why}{(daysOverdue > 0 ? $", quá hạn {Number(daysOverdue)} ngày" : "")}";
    }
    public override string MissingFormItem(string name, int count, string? due) =>
        $"**{name}**{(due is null ? "" : $" (hạn {due})")}: {Number(count)} đơn vị";
    public override string MissingFormNone(string name) => $"**{name}**: tất cả đơn vị đã hoàn thành.";
    public override string MissingFormLine(string unitName, MissingReason reason, int daysOverdue) =>
        $"- {Json.Markdown.Escape(unitName, inline: true)}: {(reason == MissingReason.Short ? "chưa đạt" : "chưa báo cáo")}{(daysOverdue > 0 ? $", quá hạn {Number(daysOverdue)} ngày" : "")}";
    public override string PreviousPage => "◀ Trang trước";
    public override string NextPage => "Trang sau ▶";

    public override string ExportButton => "Xuất báo cáo";
    public override string ExportTitle(int planYear) => $"Báo cáo tổng hợp công tác dân vận chính quyền năm {planYear}";
    public override string ExportReady(string expiresAt, int minutes) =>
        $"Tệp được tạo từ số liệu mới nhất lúc anh/chị bấm tải. Liên kết gắn với tài khoản của anh/chị (quyền được kiểm tra lại khi tải), hết hạn lúc {expiresAt} (sau {Number(minutes)} phút); vui lòng không chuyển liên kết cho người khác.";
    public override string ExportXlsxButton => "Tải tệp Excel (.xlsx)";
    public override string ExportCsvButton => "Tải tệp CSV";
    public override string DownloadExpired => "Liên kết tải báo cáo đã hết hạn. Gõ \"xuất báo cáo\" trong DanVan để lấy liên kết mới.";
    public override string DownloadInvalid => "Liên kết tải báo cáo không hợp lệ. Gõ \"xuất báo cáo\" trong DanVan để lấy liên kết mới.";
    public override string DownloadNotAllowed => "Tài khoản của anh/chị không có quyền tải báo cáo tổng hợp. Vui lòng liên hệ Văn phòng Sở.";

    public override string ItemName(SummaryItem item) => item switch
    {
        SummaryItem.Training => "Học tập, quán triệt",
        SummaryItem.UnitPlan => "Kế hoạch của đơn vị",
        SummaryItem.Models => "Mô hình “Dân vận khéo”",
        _ => "Báo cáo kết quả",
    };

    public override string DeadlineText(DeadlineStatus s) => s.State switch
    {
        DeadlineState.OnTime => "đúng hạn",
        DeadlineState.Late => $"trễ {Number(s.Days)} ngày",
        DeadlineState.Pending => "chưa đến hạn",
        DeadlineState.DueToday => "đến hạn hôm nay",
        _ => $"quá hạn {Number(s.Days)} ngày",
    };
}
