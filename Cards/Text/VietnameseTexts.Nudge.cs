using DanVan.Cards.Json;
using DanVan.Cards.Reminders;

namespace DanVan.Cards.Text;

internal sealed partial class VietnameseTexts
{
    public override string NudgeMenuTitle(int planYear) => $"Nhắc ngay các đơn vị quá hạn — kế hoạch năm {planYear}";
    public override string NudgeMenuHint =>
        "Chọn một hạn: DanVan cho xem các đơn vị và người sẽ nhận trước khi gửi. Mỗi đơn vị được nhắc về một hạn tối đa một lần mỗi ngày.";
    public override string NudgeNoneOverdue => "Hiện không có đơn vị nào quá hạn.";
    public override string NudgeOptionButton(string deadlineTitle, DateOnly deadline, int units) =>
        $"{deadlineTitle} (hạn {Date(deadline)}): {Number(units)} đơn vị quá hạn";
    public override string NudgeConfirmTitle(ReminderSubject item, DateOnly deadline) => $"Nhắc ngay: quá hạn gửi {ReminderItemShort(item)} (hạn {Date(deadline)})";
    public override string NudgeConfirmWho(int units, int people) =>
        $"DanVan sẽ nhắc {Number(units)} đơn vị ({Number(people)} người nhận), mỗi người một tin trong chat riêng với DanVan:";
    public override string NudgeNobodyLeft => "Không còn đơn vị nào để nhắc hôm nay.";
    public override string NudgeMore(int more) => $"… và {Number(more)} đơn vị khác.";
    public override string NudgeAlreadyToday(IReadOnlyList<string> names, int total) =>
        $"Đã được nhắc hôm nay, không nhắc lại: {Number(total)} đơn vị ({Names(names, total)}).";
    public override string NudgeUnreachable(IReadOnlyList<string> names, int total) =>
        $"Không nhắc được {Number(total)} đơn vị (chưa có trưởng đơn vị, hoặc trưởng đơn vị chưa mở hay đã chặn DanVan): {Names(names, total)}.";
    public override string NudgeConfirmHint => "Chưa gửi tin nào. Bấm \"Nhắc ngay\" để gửi, hoặc \"Hủy\" để quay lại mà không gửi.";
    public override string NudgeSendButton => "Nhắc ngay";
    public override string NudgeBackButton => "Danh sách hạn";
    public override string NudgeStarted(ReminderSubject item, int units, int people) =>
        $"Đang nhắc {Number(units)} đơn vị quá hạn gửi {ReminderItemShort(item)} ({Number(people)} người nhận). DanVan sẽ báo kết quả tại đây khi gửi xong.";
    public override string NudgeAlreadyRunning(DateTimeOffset localSince) =>
        $"Lượt nhắc bắt đầu lúc {DateTime(localSince)} vẫn đang gửi; DanVan sẽ báo kết quả khi gửi xong. Chưa gửi thêm tin nào.";
    public override string NudgeDone(ReminderSubject item, DateOnly deadline, int sent, int people, int alreadyToday, int failed,
        IReadOnlyList<string> unreachable, int unreachableTotal)
    {
        var text = $"Nhắc quá hạn gửi {ReminderItemShort(item)} (hạn {Date(deadline)}): đã nhắc {Number(sent)} đơn vị ({Number(people)} người nhận); " +
            $"{Number(alreadyToday)} đơn vị đã được nhắc hôm nay nên không nhắc lại; {Number(failed)} đơn vị gửi lỗi; {Number(unreachableTotal)} đơn vị không nhắc được";
        text += unreachableTotal == 0 ? "." : $" (chưa có trưởng đơn vị, hoặc trưởng đơn vị chưa mở hay đã chặn DanVan): {Names(unreachable, unreachableTotal)}.";
        return failed > 0 ? text + " Có thể bấm nhắc lại sau ít phút: đơn vị đã nhận tin sẽ không bị nhắc lần nữa." : text;
    }
    public override string NudgeStopped =>
        "Lượt nhắc bị dừng do lỗi. Đơn vị nào đã nhận tin sẽ không bị nhắc lại hôm nay; có thể bấm nhắc lại sau ít phút.";
    public override string NudgeUnknownDeadline => "Hạn này không có trong kế hoạch hoặc không còn đơn vị nào quá hạn. Chưa gửi tin nào.";
    public override string NudgeOutsideHours(TimeOnly start, TimeOnly end, DateTimeOffset? localNext) =>
        $"Ngoài giờ gửi tin: DanVan chỉ nhắc trong giờ hành chính ({start:HH\\:mm}–{end:HH\\:mm}) các ngày làm việc. Chưa gửi tin nào. " +
        (localNext is { } next ? $"Có thể nhắc từ {next:HH\\:mm} {DayName(next.DayOfWeek)}, {Date(DateOnly.FromDateTime(next.DateTime))}."
            : "Năm kế hoạch khép lại trước ngày làm việc tiếp theo, nên không nhắc được nữa.");
    public override string NudgeYearClosed(int planYear, DateOnly closedOn) =>
        $"Kế hoạch năm {planYear} đã khép lại ngày {Date(closedOn)}: không nhắc hạn nữa. Chưa gửi tin nào.";

    private string Names(IReadOnlyList<string> names, int total) =>
        string.Join("; ", names.Select(n => Markdown.Escape(n, inline: true))) + (total > names.Count ? $"; … và {Number(total - names.Count)} đơn vị khác" : "");
}
