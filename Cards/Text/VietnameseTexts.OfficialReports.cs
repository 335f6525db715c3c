using DanVan.Domain.OfficialReports;

namespace DanVan.Cards.Text;

internal sealed partial class VietnameseTexts
{
    public override string DeptReportTitle(int planYear) => $"Báo cáo kết quả thực hiện công tác dân vận chính quyền năm {planYear} của Sở";
    public override string DeptReportIntro =>
        "Số liệu từng chỉ tiêu, đơn vị chưa đạt và mô hình \"Dân vận khéo\" được DanVan tổng hợp từ báo cáo của các đơn vị. " +
        "Văn phòng Sở nhập các phần số liệu không thể hiện được; phần để trống được đánh dấu \"[Văn phòng Sở bổ sung: …]\" trong báo cáo.";
    public override string DeptReportLabel(string field) => field switch
    {
        DepartmentReportFields.Leadership => "I. Công tác lãnh đạo, chỉ đạo",
        DepartmentReportFields.Assessment => "III. Đánh giá chung (ưu điểm, hạn chế, nguyên nhân)",
        DepartmentReportFields.Directions => "IV. Phương hướng, nhiệm vụ năm tới",
        _ => "V. Kiến nghị, đề xuất",
    };
    public override string DeptReportPlaceholder(string field) => "Mỗi đoạn một dòng";
    public override string DeptReportSaveButton => "Lưu và tạo báo cáo (.docx)";
    public override string DeptReportMakeButton => "Tạo báo cáo với nội dung đã lưu";
    public override string DeptReportSaved(string byName, string at) => $"Đã lưu nội dung báo cáo của Sở ({byName}, {at}).";
    public override string DeptReportNeverSaved => "Chưa có nội dung nào được lưu.";
    public override string DeptReportStale => "Nội dung vừa được người khác cập nhật; biểu mẫu đang hiển thị nội dung mới nhất. Chưa lưu — hãy xem lại rồi lưu.";
    public override string DeptReportNotSaved => "Chưa lưu: hãy sửa các mục được nêu.";
    public override string UnitDraftTitle(string unitName, int planYear) => $"Dự thảo báo cáo kết quả công tác dân vận chính quyền năm {planYear} — {unitName}";
    public override string DocumentReady(string expiresAt, int minutes) =>
        $"Báo cáo (.docx, thể thức Nghị định 30/2020/NĐ-CP) đã sẵn sàng. Tải bằng nút dưới đây (liên kết dùng được đến {expiresAt}, sau {minutes} phút, chỉ cho tài khoản của bạn), " +
        "hoặc bấm \"Cho phép\" trên thẻ tệp để DanVan lưu tệp vào OneDrive của bạn.";
    public override string DocumentGaps(int gaps) => gaps == 0
        ? "Báo cáo không còn phần nào cần bổ sung."
        : $"Còn {gaps} phần được tô vàng, đánh dấu \"[… bổ sung: …]\", cần hoàn thiện trước khi trình ký.";
    public override string DocumentDownloadButton => "Tải báo cáo (.docx)";
    public override string FileOfferDescription(string fileName) => $"{fileName} — báo cáo theo thể thức Nghị định 30/2020/NĐ-CP";
    public override string FileUploaded(string fileName) => $"DanVan đã lưu tệp {fileName} vào OneDrive của bạn.";
    public override string FileDeclined => "Bạn đã không nhận tệp; DanVan không lưu tệp nào vào OneDrive. Có thể tải báo cáo bằng liên kết, hoặc gõ lại lệnh để tạo lại.";
    public override string FileUploadFailed => "DanVan chưa lưu được tệp vào OneDrive của bạn. Hãy tải báo cáo bằng liên kết, hoặc gõ lại lệnh để thử lại.";
}
