using DanVan.Domain.Repositories;
using DanVan.Domain.Reviews;

namespace DanVan.Cards.Text;

internal sealed partial class VietnameseTexts
{
    public override string ReviewStateName(ReviewState state) => state switch
    {
        ReviewState.Pending => "Chờ tiếp nhận",
        ReviewState.Accepted => "Đã tiếp nhận",
        ReviewState.Returned => "Bị trả lại",
        _ => "Chưa gửi",
    };

    public override string ReviewStateLine(ReviewState state, DateOnly? on, string? comment) => state switch
    {
        ReviewState.Accepted when on is { } d => $"Đã tiếp nhận ngày {Date(d)}",
        ReviewState.Returned when on is { } d => $"Bị trả lại ngày {Date(d)}: {comment}",
        _ => ReviewStateName(state),
    };

    public override string ReviewItemName(string item) => item == SubmissionItems.UnitPlan ? "Kế hoạch của đơn vị" : "Báo cáo kết quả";
    public override string ReviewFileLabel => "Tệp đính kèm";

    public override string ReviewQueueTitle => "Cần tiếp nhận";
    public override string ReviewQueueEmpty => "Không có hồ sơ nào chờ tiếp nhận.";
    public override string ReviewQueueSubtitle(int count, string asOf) => $"{count} hồ sơ chờ Văn phòng Sở tiếp nhận, gửi sớm nhất trước — lúc {asOf}";
    public override string ReviewQueueMore(int more) => $"… và {more} hồ sơ khác: tiếp nhận các hồ sơ trên rồi gõ lại \"cần tiếp nhận\".";
    public override string ReviewQueueEntry(string unitName, string item, string sentAt, string by) => $"{unitName} — {item} (gửi lúc {sentAt}, {by})";
    public override string ReviewViewButton => "Xem hồ sơ";
    public override string ReviewAcceptButton => "Tiếp nhận";
    public override string ReviewReturnButton => "Trả lại, yêu cầu bổ sung";
    public override string ReviewQueueButton => "Danh sách cần tiếp nhận";

    public override string ReviewTitle(string item, string unitName) => $"Tiếp nhận: {item} — {unitName}";
    public override string ReviewUnitFact => "Đơn vị";
    public override string ReviewContentFact => "Nội dung";
    public override string ReviewSentFact => "Gửi lúc";
    public override string ReviewStateFact => "Tình trạng";
    public override string ReviewFieldsLabel => "Mục cần bổ sung (khi trả lại)";
    public override string ReviewCommentLabel => "Nhận xét (bắt buộc khi trả lại)";
    public override string ReviewCommentPlaceholder => "Ghi rõ nội dung đơn vị cần bổ sung hoặc sửa";
    public override string ReviewCommentRequired => "Chưa lưu: Hãy ghi rõ nội dung đơn vị cần bổ sung trước khi trả lại.";
    public override string ReviewCommentTooLong(int max) => $"Chưa lưu: nhận xét dài quá {max} ký tự.";
    public override string ReviewCommentInvalid => "Chưa lưu: nhận xét có ký tự không hợp lệ (ký tự điều khiển hoặc ký tự lỗi); hãy gõ lại.";
    public override string ReviewNothingSubmitted(string unitName, string item) => $"{unitName} chưa gửi {item.ToLower(Culture)}: chưa có gì để tiếp nhận.";
    public override string ReviewUnknown => "Không tìm thấy hồ sơ này. Gõ \"cần tiếp nhận\" để xem danh sách hiện tại.";
    public override string ReviewResent(string when) => $"Chưa lưu: Đơn vị đã gửi lại hồ sơ lúc {when}, sau khi bạn mở. Dưới đây là bản mới — vui lòng xem lại rồi quyết định.";
    public override string ReviewAlreadyReviewed(string who, string when) => $"Chưa lưu: {who} đã xem xét hồ sơ này lúc {when}. Dưới đây là tình trạng hiện tại.";
    public override string ReviewHistoryHeading => "Các lần xem xét";

    public override string ReviewAcceptedTitle(string item, string unitName) => $"Đã tiếp nhận: {item} — {unitName}";
    public override string ReviewReturnedTitle(string item, string unitName) => $"Đã trả lại, yêu cầu bổ sung: {item} — {unitName}";
    public override string ReviewAcceptedReply(string item, string unitName) => $"Đã lưu: Văn phòng Sở tiếp nhận {item.ToLower(Culture)} của {unitName}.";
    public override string ReviewReturnedReply(string item, string unitName, int recipients) => recipients > 0
        ? $"Đã lưu: {item.ToLower(Culture)} của {unitName} bị trả lại. DanVan đang gửi nhận xét tới {recipients} thủ trưởng đơn vị trong chat riêng."
        : $"Đã lưu: {item.ToLower(Culture)} của {unitName} bị trả lại. Chưa có thủ trưởng nào của đơn vị mở chat với DanVan: hãy báo cho đơn vị bằng cách khác.";

    public override string ReviewNoticeTitle(string item) => $"{item} bị trả lại, yêu cầu bổ sung";
    public override string ReviewNoticeSummary(string item) => $"Văn phòng Sở trả lại {item.ToLower(Culture)}, yêu cầu bổ sung.";
    public override string ReviewNoticeBody(string reviewer, string when) => $"{reviewer} (Văn phòng Sở) trả lại lúc {when} với nhận xét:";
    public override string ReviewNoticeFields(string fields) => $"Mục cần bổ sung: {fields}";
    public override string ReviewNoticeHint => "Hồ sơ được tính là chưa gửi cho đến khi đơn vị gửi lại.";
    public override string ReviewOpenFormButton(string item) => $"Mở {item.ToLower(Culture)}";

    public override string ReviewSummaryHeading => "Tiếp nhận hồ sơ";
    public override string ReviewSummaryCounts(int pending, int accepted, int returned) =>
        $"chờ tiếp nhận {pending} · đã tiếp nhận {accepted} · bị trả lại {returned}";

    public override string ReviewHistoryItem(string item) => $"Tiếp nhận: {item.ToLower(Culture)}";
    public override string ReviewHistoryChange(ReviewDecision decision, string? comment) =>
        decision == ReviewDecision.Accepted ? "Tiếp nhận" : $"Trả lại, yêu cầu bổ sung: {comment}";
}
