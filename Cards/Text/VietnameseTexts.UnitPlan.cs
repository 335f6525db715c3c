using DanVan.Domain.Plans;

namespace DanVan.Cards.Text;

internal sealed partial class VietnameseTexts
{
    public override string UnitPlanButton => "Kế hoạch của đơn vị";
    public override string UnitPlanTitle(string unitName) => $"Kế hoạch công tác dân vận chính quyền — {unitName}";
    public override string UnitPlanTarget(string targetText) => $"Chỉ tiêu 2: {targetText}";
    public override string UnitPlanDeadline(DateOnly deadline) => $"Hạn gửi kế hoạch về Văn phòng Sở: {Date(deadline)}.";
    public override string UnitPlanIssuedToggle => "Đơn vị đã ban hành kế hoạch";
    public override string UnitPlanHint =>
        "Nếu đã ban hành, vui lòng nhập số và ngày ban hành kế hoạch; chỉ nhập ngày gửi Văn phòng Sở khi đã gửi.";
    public override string UnitPlanNumberLabel => "Số kế hoạch";
    public override string UnitPlanNumberPlaceholder => "Ví dụ: 12/KH-CCKL";
    public override string UnitPlanIssuedOnLabel => "Ngày ban hành";
    public override string WhenPlanIssued => "khi đã ban hành";
    public override string UnitPlanSentOnLabel => "Ngày gửi Văn phòng Sở";
    public override string UnitPlanLinkLabel => "Đường dẫn đến văn bản (nếu có)";
    public override string UnitPlanLinkPlaceholder => "Ví dụ: https://…";
    public override string UnitPlanNoteLabel => "Ghi chú (nếu có)";
    public override string UnitPlanSaveButton => "Lưu thông tin";
    public override string UnitPlanEditButton => "Sửa thông tin kế hoạch";
    public override string UnitPlanReceiptTitle => "Đã ghi nhận thông tin kế hoạch của đơn vị";
    public override string UnitPlanStateLabel => "Tình trạng";
    public override string UnitPlanState(bool issued) => issued ? "Đã ban hành" : "Chưa ban hành";
    public override string UnitPlanNotSentYet => "Chưa gửi";
    public override string UnitPlanNote(string note) => $"Ghi chú: {note}";

    public override string UnitPlanSentOnTime(string number, DateOnly sentOn, DateOnly deadline) =>
        $"Kế hoạch số {number} đã gửi Văn phòng Sở ngày {Date(sentOn)} — đúng hạn (hạn {Date(deadline)}).";
    public override string UnitPlanSentLate(string number, DateOnly sentOn, int daysLate, DateOnly deadline) =>
        $"Kế hoạch số {number} đã gửi Văn phòng Sở ngày {Date(sentOn)} — trễ {Number(daysLate)} ngày so với hạn {Date(deadline)}.";
    public override string UnitPlanIssuedNotSent(string number, DateOnly issuedOn, DateOnly deadline, DeadlineStatus status) =>
        $"Đã ban hành kế hoạch số {number} ngày {Date(issuedOn)}, chưa gửi Văn phòng Sở; {UnitPlanDue(deadline, status)}.";
    public override string UnitPlanNotSent(DateOnly deadline, DeadlineStatus status) =>
        $"Đơn vị chưa gửi kế hoạch về Văn phòng Sở; {UnitPlanDue(deadline, status)}.";

    public override string UnitPlanNotIssuedLine => "Đơn vị chưa ban hành kế hoạch.";
    public override string UnitPlanIssuedNotSentLine(string number, DateOnly issuedOn) =>
        $"Đã ban hành kế hoạch số {number} ngày {Date(issuedOn)}, chưa gửi Văn phòng Sở.";
    public override string UnitPlanToSend(DateOnly deadline, DeadlineStatus status) =>
        $"Cần gửi kế hoạch về Văn phòng Sở; {UnitPlanDue(deadline, status)}.";

    public override string UnitPlanSummary(string number, DateOnly issuedOn, string? sentOn) =>
        $"Số {number} ngày {Date(issuedOn)}, " + (sentOn is null ? "chưa gửi Văn phòng Sở" : $"gửi Văn phòng Sở ngày {sentOn}");
    public override string UnitPlanSummaryNotIssued => "Chưa ban hành kế hoạch";

    private string UnitPlanDue(DateOnly deadline, DeadlineStatus s) => s.State switch
    {
        DeadlineState.Overdue => $"hạn {Date(deadline)}, đã quá hạn {Number(s.Days)} ngày",
        DeadlineState.DueToday => $"hôm nay ({Date(deadline)}) là hạn chót",
        _ => $"hạn {Date(deadline)}, còn {Number(s.Days)} ngày",
    };
}
