using DanVan.Cards.Export;

namespace DanVan.Cards.Text;

internal sealed partial class VietnameseTexts
{
    public override string SheetName(SheetKind sheet) => sheet switch
    {
        SheetKind.Summary => "Tổng hợp",
        SheetKind.Units => "Theo đơn vị",
        SheetKind.Training => "Học tập, quán triệt",
        SheetKind.UnitPlan => "Kế hoạch đơn vị",
        SheetKind.Models => "Mô hình Dân vận khéo",
        _ => "Báo cáo kết quả",
    };

    public override IReadOnlyList<string> SheetHeaders(SheetKind sheet) => sheet switch
    {
        SheetKind.Summary => ["Chỉ tiêu", "Nội dung", "Số lượng", "Trên tổng số", "Tỷ lệ (%)"],
        SheetKind.Units =>
        [
            "STT", "Đơn vị", "Tổng số CCVCNLĐ", "Số đã học tập, quán triệt", "Tỷ lệ học tập, quán triệt (%)", "Kế hoạch của đơn vị",
            "Ngày gửi kế hoạch", "Số mô hình", "Mô hình được công nhận", "Báo cáo kết quả", "Ngày báo cáo",
            "Nội dung dân chủ đã thực hiện", "Tự đánh giá", "Nhiệm vụ CCHC hoàn thành (%)", "Mức hoàn thành chung (%)", "Xếp hạng", "Tệp kế hoạch", "Tệp báo cáo", "Tiếp nhận kế hoạch", "Tiếp nhận báo cáo kết quả",
        ],
        SheetKind.Training =>
        [
            "STT", "Đơn vị", "Tổng số CCVCNLĐ", "Số đã học tập, quán triệt", "Tỷ lệ (%)", "Số người còn phải học tập", "Số buổi",
            "Ngày buổi gần nhất", "Đạt chỉ tiêu",
        ],
        SheetKind.UnitPlan =>
        [
            "STT", "Đơn vị", "Tình trạng", "Số kế hoạch", "Ngày ban hành", "Ngày gửi Văn phòng Sở", "Đúng hạn / trễ hạn",
            "Số ngày trễ hoặc quá hạn", "Liên kết", "Ghi chú", "Tệp kế hoạch", "Dung lượng (byte)", "Gửi tệp lúc", "Người gửi tệp", "Mã SHA-256", "Tiếp nhận",
        ],
        SheetKind.Models =>
        [
            "STT", "Đơn vị", "Tên mô hình", "Lĩnh vực", "Gắn với xây dựng nông thôn mới", "Ngày bắt đầu", "Tình trạng",
            "Số người hưởng lợi", "Kết quả", "Tệp minh chứng", "Dung lượng (byte)", "Gửi tệp lúc", "Người gửi tệp", "Mã SHA-256",
        ],
        _ =>
        [
            "STT", "Đơn vị", "Tình trạng", "Số báo cáo", "Ngày báo cáo", "Số ngày trễ hoặc quá hạn",
            "Quy chế dân chủ", "Hội nghị CBCCVC", "Công khai thông tin", "Lấy ý kiến CBCCVC", "Đối thoại với CBCCVC", "Hòm thư góp ý",
            "Nội dung dân chủ đã thực hiện", "Nhiệm vụ CCHC đã hoàn thành", "Tổng số nhiệm vụ CCHC", "Mức độ hài lòng (%)",
            "Số cuộc đối thoại với Nhân dân", "Số đơn thư đã nhận", "Số đơn thư đã giải quyết", "Tự đánh giá",
            "Tệp báo cáo", "Dung lượng (byte)", "Gửi tệp lúc", "Người gửi tệp", "Mã SHA-256", "Tiếp nhận",
        ],
    };

    public override string WholeDepartment => "Toàn Sở";
    public override string Yes => "Có";
    public override string No => "Không";
    public override string NoModelYet => "Chưa đăng ký mô hình";
    public override string ExportFileName(int planYear, DateOnly today) =>
        $"Tổng hợp dân vận chính quyền {planYear} - {today.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)}";
}
