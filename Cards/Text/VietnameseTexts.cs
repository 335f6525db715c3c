using System.Globalization;
using DanVan.Domain.Validation;
using DanVan.Domain.Progress;

namespace DanVan.Cards.Text;

internal sealed partial class VietnameseTexts : Texts
{
    public override CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    public override string WelcomeTitle => "Chào mừng đến với DanVan";
    public override string WelcomeIntro(string name, string unitName, string issuer, int planYear) =>
        $"Xin chào {name}! DanVan giúp {unitName} báo cáo việc thực hiện Kế hoạch công tác dân vận chính quyền năm {planYear} của {issuer}, và cho biết mức độ hoàn thành các chỉ tiêu của đơn vị.";
    public override string WelcomeIntroOffice(string name, string issuer, int planYear) =>
        $"Xin chào {name}! DanVan tổng hợp báo cáo của các phòng, cơ quan, đơn vị về việc thực hiện Kế hoạch công tác dân vận chính quyền năm {planYear} của {issuer}.";
    public override string WelcomeDeadlines(DateOnly unitPlan, DateOnly report) =>
        $"Hạn gửi kế hoạch của đơn vị: {Date(unitPlan)}. Hạn báo cáo kết quả: {Date(report)}.";
    public override string WelcomeHelpHint => "Gõ **trợ giúp** bất cứ lúc nào để xem các lệnh.";
    public override string HelpButton => "Trợ giúp";
    public override string NotUnderstood(string said) =>
        $"DanVan chưa hiểu \"{Json.Markdown.Escape(said, inline: true)}\". Gõ \"trợ giúp\" để xem các lệnh.";
    public override string UnknownUser(string? name, string contact) =>
        $"Xin chào{(string.IsNullOrWhiteSpace(name) ? "" : " " + name)}! Tài khoản của anh/chị chưa có trong danh sách người dùng của DanVan nên chưa thể báo cáo. Vui lòng liên hệ {contact} để được thêm vào danh sách.";
    public override string UnitHeadsOnly => "Chức năng này dành cho thủ trưởng (hoặc cấp phó) của đơn vị.";
    public override string UnknownAction => "Thao tác này không hợp lệ hoặc đã hết hiệu lực. Gõ \"trợ giúp\" để xem các lệnh.";
    public override string SomethingWentWrong => "Xin lỗi, DanVan đang gặp sự cố và chưa lưu được thao tác vừa rồi. Vui lòng thử lại sau ít phút.";

    public override string TrainingButton => "Học tập, quán triệt";
    public override string TrainingTitle(string unitName) => $"Học tập, quán triệt — {unitName}";
    public override string TrainingTarget(string targetText) => $"Chỉ tiêu 1: {targetText}";
    public override string TotalStaffLabel => "Tổng số CCVCNLĐ của đơn vị";
    public override string TrainedLabel => "Số người đã được học tập, quán triệt";
    public override string SessionsLabel => "Số buổi (hội nghị) đã tổ chức";
    public override string LastSessionLabel => "Ngày tổ chức buổi gần nhất";
    public override string FormCancelled => "Đã hủy. Chưa có gì được lưu.";
    public override string FormReopenButton => "Mở lại biểu mẫu";
    public override string RequiredWhen(string label, string condition) => $"{label} (bắt buộc {condition})";
    public override string WhenSessionsHeld => "khi số buổi lớn hơn 0";
    public override string RefreshTitle => "Cập nhật";
    public override string SubmitButton => "Gửi số liệu";
    public override string CancelButton => "Hủy";
    public override string EditButton => "Sửa số liệu";
    public override string DatePlaceholder => "Chọn ngày (ngày/tháng/năm)";
    public override string FieldRequired => "Vui lòng nhập mục này.";
    public override string EnterWholeNumber => "Vui lòng nhập một số nguyên không âm.";
    public override string PickDate(int year) => $"Vui lòng chọn một ngày trong năm {year}.";
    public override string FixErrors(int count) => $"Chưa lưu: vui lòng sửa {count} mục được đánh dấu bên dưới.";
    public override string TrainingReceiptTitle => "Đã ghi nhận số liệu học tập, quán triệt";
    public override string UpdatedBy(string when, string who) => $"{who} cập nhật lúc {when}.";
    public override string TrainingStanding(int trained, int total, string percent, string required, int stillToTrain) =>
        stillToTrain == 0
            ? $"Đã học tập, quán triệt {Number(trained)}/{Number(total)} người ({percent}). Đã đạt chỉ tiêu {required}."
            : $"Đã học tập, quán triệt {Number(trained)}/{Number(total)} người ({percent}). Chỉ tiêu: {required} — còn {Number(stillToTrain)} người.";
    public override string Conflict(string who, string when, string stored) =>
        $"Chưa lưu: số liệu của đơn vị vừa được {who} cập nhật lúc {when}. Đang lưu: {stored}. Biểu mẫu dưới đây vẫn giữ số liệu anh/chị vừa nhập — bấm Gửi để thay bằng số liệu này, hoặc Hủy để giữ bản đang lưu.";

    public override string TrainingLine(int trained, int total, string percent) =>
        $"Đã học tập, quán triệt {Number(trained)}/{Number(total)} người ({percent}).";
    public override string TrainingSummary(int trained, int total, int sessions, string? lastSession) =>
        $"{Number(trained)}/{Number(total)} người, {Number(sessions)} buổi" + (lastSession is null ? "" : $", buổi gần nhất {lastSession}");
    public override string StillToTrainLine(int stillToTrain, string required) =>
        $"Còn {Number(stillToTrain)} người chưa học tập, quán triệt (chỉ tiêu {required}).";
    public override string NotReportedYet => "Chưa báo cáo.";
    public override string StandingTitle(string unitName) => $"Tình hình thực hiện — {unitName}";
    public override string StandingSubtitle(int planYear, string asOf) =>
        $"Kế hoạch công tác dân vận chính quyền năm {planYear} · số liệu lúc {asOf}";
    public override string StandingRank(string completion, int position, int of) =>
        $"Mức hoàn thành chung: {completion} · xếp thứ {position}/{of} đơn vị của Sở.";
    public override string TargetLabel(int number) => $"Chỉ tiêu {number}";
    public override string Status(ProgressStatus status) => status switch
    {
        ProgressStatus.Met => "đạt",
        ProgressStatus.InProgress => "đang thực hiện",
        ProgressStatus.NotMet => "chưa đạt",
        ProgressStatus.Overdue => "quá hạn",
        _ => "chưa báo cáo",
    };
    public override string DeadlinesHeading => "**Thời hạn**";
    public override string Countdown(Domain.Plans.DeadlineStatus s) => s.State switch
    {
        Domain.Plans.DeadlineState.Pending => $"còn {Number(s.Days)} ngày",
        Domain.Plans.DeadlineState.DueToday => "hạn chót là hôm nay",
        Domain.Plans.DeadlineState.Overdue => $"đã quá hạn {Number(s.Days)} ngày",
        Domain.Plans.DeadlineState.Late => $"gửi trễ {Number(s.Days)} ngày",
        _ => "đã gửi đúng hạn",
    };
    public override string StandingButton => "Tình hình";
    public override string HistoryButton => "Lịch sử thay đổi";
    public override string HistoryTitle(string unitName) => $"Lịch sử thay đổi — {unitName}";
    public override string HistoryEmpty => "Đơn vị chưa có thay đổi nào được ghi nhận.";
    public override string HistoryCreated => "(mới)";

    public override string Error(FieldError e) => e.Code switch
    {
        ErrorCode.Required => "Vui lòng nhập mục này.",
        ErrorCode.MustBePositive => "Phải lớn hơn 0.",
        ErrorCode.NotAWholeNumber => "Vui lòng nhập một số nguyên, ví dụ 45.",
        ErrorCode.Negative => "Không được là số âm.",
        ErrorCode.TooLarge => $"Số quá lớn (tối đa {Number(e.Limit ?? 0)}).",
        ErrorCode.NotADate => "Ngày không hợp lệ; vui lòng nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2024.",
        ErrorCode.OutsidePlanYear => $"Ngày phải thuộc năm {e.Limit} của kế hoạch.",
        ErrorCode.InFuture => "Ngày không được sau hôm nay.",
        ErrorCode.TrainedExceedsTotal => $"Không được lớn hơn tổng số CCVCNLĐ ({Number(e.Limit ?? 0)} người).",
        ErrorCode.SessionsNeeded => "Đã có người được học tập, quán triệt thì phải có ít nhất 1 buổi.",
        ErrorCode.DateNeeded => "Vui lòng chọn ngày tổ chức buổi gần nhất.",
        ErrorCode.TooLong => $"Quá dài (tối đa {Number(e.Limit ?? 0)} ký tự).",
        ErrorCode.NotALink => "Đường dẫn phải bắt đầu bằng http:// hoặc https://, ví dụ https://snnptnt.tayninh.gov.vn/van-ban/12-kh.",
        ErrorCode.BeforeRelatedDate => "Ngày này không được trước ngày liên quan (ví dụ ngày gửi không được trước ngày ban hành).",
        ErrorCode.NotAChoice => "Vui lòng chọn một giá trị trong danh sách.",
        ErrorCode.NotAPercent => "Tỷ lệ phải từ 0 đến 100.",
        ErrorCode.ExceedsRelated => $"Không được lớn hơn {Number(e.Limit ?? 0)}.",
        ErrorCode.NotADocumentNumber => "Số văn bản phải có chữ số và chỉ gồm chữ, số, khoảng trắng và các dấu / - . (ví dụ 12/KH-CCKL).",
        ErrorCode.SentButNotIssued => "Kế hoạch chưa ban hành thì chưa thể gửi: vui lòng đánh dấu ô “Đơn vị đã ban hành kế hoạch” và nhập số, ngày ban hành kế hoạch, hoặc xóa ngày gửi.",
        ErrorCode.TooEarly => $"Ngày không được trước ngày 01/01/{e.Limit}.",
        ErrorCode.ControlCharacter => "Có ký tự điều khiển không hiển thị (ví dụ ký tự ngắt dòng của Word khi nhấn Shift+Enter, hoặc dấu tab). Vui lòng xóa rồi gõ lại mục này.",
        ErrorCode.InvalidCharacter => "Có ký tự bị lỗi (thường là một nửa biểu tượng cảm xúc bị cắt khi dán). Vui lòng xóa rồi gõ lại mục này.",
        _ => "Giá trị không hợp lệ.",
    };
}
