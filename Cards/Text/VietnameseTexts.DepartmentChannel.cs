using DanVan.Domain.Department;

namespace DanVan.Cards.Text;

internal sealed partial class VietnameseTexts
{
    public override string DepartmentChannelSet(DayOfWeek day, string at) =>
        $"Đã đặt kênh này làm kênh của Sở. Mỗi tuần, {DayName(day)} lúc {at} (ngày nghỉ thì sang ngày làm việc kế tiếp), DanVan sẽ đăng tình hình " +
        "công tác dân vận chính quyền toàn Sở vào đây: số liệu và biểu đồ theo chỉ tiêu, số đơn vị còn thiếu. Không nêu số liệu riêng của đơn vị nào. " +
        "Gõ \"dừng kênh sở\" để thôi.";
    public override string DepartmentChannelStopped => "Đã dừng: DanVan không đăng tình hình toàn Sở vào kênh của nhóm này nữa.";
    public override string DepartmentChannelNone => "Nhóm này chưa có kênh của Sở, không có gì để dừng.";
    public override string DepartmentChannelOnlyInChannel =>
        "Lệnh này gõ trong một kênh của nhóm (team): kênh đó sẽ nhận tình hình toàn Sở mỗi tuần.";
    public override string DayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "thứ Hai",
        DayOfWeek.Tuesday => "thứ Ba",
        DayOfWeek.Wednesday => "thứ Tư",
        DayOfWeek.Thursday => "thứ Năm",
        DayOfWeek.Friday => "thứ Sáu",
        DayOfWeek.Saturday => "thứ Bảy",
        _ => "Chủ nhật",
    };

    public override string DepartmentPostTitle(int planYear) => $"Tình hình toàn Sở — công tác dân vận chính quyền năm {planYear}";
    public override string DepartmentPostSubtitle(string asOf, int units) => $"Bản tin hằng tuần · số liệu lúc {asOf}, {Number(units)} đơn vị.";
    public override string DepartmentPostMissingHeading => "**Số đơn vị còn thiếu**";
    public override string DepartmentPostMissing(SummaryItem item, int count, string? due) =>
        count == 0 ? $"{ItemName(item)}: tất cả đơn vị đã hoàn thành."
            : $"{ItemName(item)}{(due is null ? "" : $" (hạn {due})")}: còn {Number(count)} đơn vị.";
    public override string DepartmentPostFooter =>
        "Thủ trưởng đơn vị xem tình hình của đơn vị mình trong chat riêng với DanVan (gõ \"tình hình\").";
}
