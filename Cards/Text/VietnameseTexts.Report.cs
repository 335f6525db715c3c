using DanVan.Domain.Plans;
using DanVan.Domain.Reports;

namespace DanVan.Cards.Text;

internal sealed partial class VietnameseTexts
{
    public override string ReportButton => "Báo cáo kết quả";
    public override string ReportTitle(string unitName) => $"Báo cáo kết quả — {unitName}";
    public override string ReportIntro(int planYear, string due) =>
        $"Kết quả thực hiện công tác dân vận chính quyền năm {planYear} (chỉ tiêu 3, 4 và 5). Hạn gửi Văn phòng Sở: {due}.";

    public override string ReportDemocracySection => "1. Thực hiện dân chủ (Nghị định 59/2023/NĐ-CP)";
    public override string ReportDemocracyHint => "Đánh dấu các nội dung đơn vị đã thực hiện.";
    public override string DemocracyLabel(DemocracyItem item, int planYear) => item switch
    {
        DemocracyItem.Regulation => "Ban hành hoặc cập nhật Quy chế thực hiện dân chủ trong hoạt động của cơ quan, đơn vị",
        DemocracyItem.StaffConference => $"Tổ chức Hội nghị cán bộ, công chức, viên chức năm {planYear}",
        DemocracyItem.InformationPublic => "Công khai thông tin theo quy định (tài chính, tuyển dụng, thi đua - khen thưởng, …)",
        DemocracyItem.StaffConsulted => "Lấy ý kiến CBCCVC về các nội dung theo quy định",
        DemocracyItem.HeadDialogue => "Tổ chức đối thoại giữa người đứng đầu với CBCCVC",
        _ => "Duy trì hòm thư góp ý, kênh tiếp nhận phản ánh, kiến nghị",
    };
    public override string DemocracyShort(DemocracyItem item) => item switch
    {
        DemocracyItem.Regulation => "Quy chế dân chủ",
        DemocracyItem.StaffConference => "Hội nghị CBCCVC",
        DemocracyItem.InformationPublic => "Công khai thông tin",
        DemocracyItem.StaffConsulted => "Lấy ý kiến CBCCVC",
        DemocracyItem.HeadDialogue => "Đối thoại với CBCCVC",
        _ => "Hòm thư góp ý",
    };
    public override string DemocracyDone => "Đã thực hiện";
    public override string DemocracyNotDone => "Chưa thực hiện";

    public override string ReportReformSection => "2. Cải cách hành chính";
    public override string ReformTasksTotalLabel => "Tổng số nhiệm vụ CCHC của đơn vị trong năm";
    public override string ReformTasksDoneLabel => "Số nhiệm vụ CCHC đã hoàn thành";
    public override string SatisfactionLabel => "Mức độ hài lòng của cá nhân, tổ chức (%)";
    public override string SatisfactionPlaceholder => "Ví dụ: 92,5";
    public override string ReformTasksFact => "Nhiệm vụ CCHC hoàn thành";
    public override string SatisfactionFact => "Mức độ hài lòng";

    public override string ReportDialogueSection => "3. Đối thoại, tiếp nhận phản ánh, kiến nghị";
    public override string CitizenDialoguesLabel => "Số cuộc đối thoại với Nhân dân đã tổ chức";
    public override string PetitionsReceivedLabel => "Số phản ánh, kiến nghị, khiếu nại đã tiếp nhận";
    public override string PetitionsResolvedLabel => "Số phản ánh, kiến nghị, khiếu nại đã giải quyết";
    public override string CitizenDialoguesFact => "Đối thoại với Nhân dân";
    public override string PetitionsFact => "Phản ánh, kiến nghị, khiếu nại";
    public override string PetitionsValue(int resolved, int received) => $"đã giải quyết {Number(resolved)}/{Number(received)}";

    public override string ReportRatingSection => "4. Tự đánh giá, xếp loại";
    public override string RatingLabel => "Đơn vị tự đánh giá kết quả thực hiện công tác dân vận chính quyền";
    public override string RatingFact => "Đơn vị tự xếp loại";
    public override string RatingName(SelfRating rating) => rating switch
    {
        SelfRating.Excellent => "Xuất sắc",
        SelfRating.Good => "Tốt",
        SelfRating.Fair => "Khá",
        SelfRating.Average => "Trung bình",
        _ => "Kém",
    };

    public override string ReportDocumentSection => "5. Văn bản báo cáo";
    public override string ReportNumberLabel => "Số báo cáo";
    public override string ReportNumberPlaceholder => "Ví dụ: 25/BC-CCKL";
    public override string ReportDateLabel => "Ngày báo cáo";
    public override string ReportLinkLabel => "Đường dẫn đến văn bản (nếu có)";
    public override string ReportDocumentFact => "Số, ngày báo cáo";
    public override string ReportDocument(string number, string date) => $"{number} ngày {date}";
    public override string ReportLinkFact => "Đường dẫn";

    public override string ReportSubmitButton => "Gửi báo cáo";
    public override string ReportStep(int step, int of) => $"Bước {step}/{of}";
    public override string ReportErrorsInSteps(IReadOnlyList<int> steps) => $"Còn lỗi ở bước {string.Join(", ", steps)}: bấm \"Quay lại\" hoặc \"Tiếp\" để sửa.";
    public override string NextButton => "Tiếp";
    public override string BackButton => "Quay lại";
    public override string ReportReceiptTitle => "Đã nhận báo cáo kết quả";
    public override string ReportEditButton => "Sửa báo cáo";

    public override string ReportTimeliness(DeadlineStatus status, string due) => status.State == DeadlineState.Late
        ? $"gửi trễ {Number(status.Days)} ngày (hạn {due})"
        : $"đúng hạn (hạn {due})";
    public override string ReportSaved(string number, string date, string timeliness, int democracyDone, int democracyTotal,
        int tasksDone, int tasksTotal, string rating) =>
        $"Đã nhận báo cáo kết quả số {number} ngày {date} — {timeliness}. Dân chủ: {democracyDone}/{democracyTotal} nội dung; " +
        $"CCHC: {Number(tasksDone)}/{Number(tasksTotal)} nhiệm vụ; tự đánh giá: {rating}.";
    public override string ReportSummary(string number, string date, int democracyDone, int democracyTotal, int tasksDone,
        int tasksTotal, string satisfaction, string rating) =>
        $"Báo cáo {number} ngày {date}: dân chủ {democracyDone}/{democracyTotal}, CCHC {Number(tasksDone)}/{Number(tasksTotal)}, " +
        $"hài lòng {satisfaction}, tự đánh giá {rating}";

    public override string DemocracyTitle => "Thực hiện dân chủ";
    public override string ReformTitle => "Cải cách hành chính";
    public override string RatingTitle => "Tự đánh giá, xếp loại";
    public override string ReportNotSent(string due, DeadlineStatus status) => $"Chưa gửi báo cáo kết quả (hạn {due}, {Countdown(status)}).";
    public override string ReportLate(int days, string due) => $"Báo cáo gửi trễ {Number(days)} ngày (hạn {due}).";
    public override string DemocracyLine(int done, int total) => $"Đã thực hiện {done}/{total} nội dung.";
    public override string DemocracyMissing(string items) => $"Chưa thực hiện: {items}.";
    public override string ReformLine(int done, int total, string percent, string satisfaction) =>
        $"Đã hoàn thành {Number(done)}/{Number(total)} nhiệm vụ CCHC ({percent}); mức độ hài lòng {satisfaction}.";
    public override string ReformMissing(int left) => $"Còn {Number(left)} nhiệm vụ CCHC chưa hoàn thành.";
    public override string RatingLine(string rating) => $"Đơn vị tự đánh giá: {rating}.";
    public override string RatingMissing => "Mục tiêu của Sở: xếp loại Tốt trở lên.";
}
