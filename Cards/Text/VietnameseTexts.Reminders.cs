using DanVan.Cards.Reminders;
using DanVan.Domain.Plans;

namespace DanVan.Cards.Text;

internal sealed partial class VietnameseTexts
{
    /// <summary>The item in full ("kế hoạch thực hiện công tác dân vận chính quyền năm 2024 của đơn vị").</summary>
    private static string ReminderItemName(ReminderSubject item, int planYear) => item switch
    {
        ReminderSubject.UnitPlan => $"kế hoạch thực hiện công tác dân vận chính quyền năm {planYear} của đơn vị",
        ReminderSubject.Report => $"báo cáo kết quả thực hiện công tác dân vận chính quyền năm {planYear}",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "No reminder wording for this item."),
    };

    /// <summary>The item in a few words ("kế hoạch", "báo cáo kết quả").</summary>
    private static string ReminderItemShort(ReminderSubject item) => item switch
    {
        ReminderSubject.UnitPlan => "kế hoạch",
        ReminderSubject.Report => "báo cáo kết quả",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "No reminder wording for this item."),
    };

    public override string ReminderTitle(ReminderSubject item, ReminderTone tone, DeadlineStatus status) => (tone, status.State) switch
    {
        (_, DeadlineState.Overdue) => $"Quá hạn gửi {ReminderItemShort(item)}",
        (_, DeadlineState.DueToday) => $"Hôm nay là hạn chót gửi {ReminderItemShort(item)}",
        (ReminderTone.Urgent, _) => $"Sắp hết hạn gửi {ReminderItemShort(item)}",
        _ => $"Nhắc hạn gửi {ReminderItemShort(item)}",
    };

    public override string ReminderGreeting(string unitName) => $"Kính gửi Thủ trưởng {unitName},";

    public override string ReminderBody(ReminderSubject item, int planYear, DateOnly deadline, ReminderTone tone, DeadlineStatus status)
    {
        var name = ReminderItemName(item, planYear);
        var shortName = ReminderItemShort(item);
        return (tone, status.State) switch
        {
            (_, DeadlineState.Overdue) =>
                $"Hạn gửi {name} về Văn phòng Sở là ngày {Date(deadline)}. Đến nay đã quá hạn {Number(status.Days)} ngày nhưng đơn vị vẫn chưa gửi {shortName}.",
            (_, DeadlineState.DueToday) =>
                $"Hôm nay ({Date(deadline)}) là hạn chót gửi {name} về Văn phòng Sở, nhưng đơn vị vẫn chưa gửi {shortName}.",
            (ReminderTone.Urgent, _) when status.Days == 1 =>
                $"Ngày mai ({Date(deadline)}) là hạn chót gửi {name} về Văn phòng Sở, nhưng đơn vị vẫn chưa gửi {shortName}.",
            (ReminderTone.Urgent, _) =>
                $"Chỉ còn {Number(status.Days)} ngày nữa là đến hạn gửi {name} về Văn phòng Sở ({Date(deadline)}), nhưng đơn vị vẫn chưa gửi {shortName}.",
            _ =>
                $"Hạn gửi {name} về Văn phòng Sở là ngày {Date(deadline)} (còn {Number(status.Days)} ngày). Theo ghi nhận trên DanVan, đơn vị chưa gửi {shortName}.",
        };
    }

    public override string ReminderRequest(ReminderSubject item, DateOnly deadline, ReminderTone tone, DeadlineStatus status) => (tone, status.State) switch
    {
        (_, DeadlineState.Overdue) =>
            $"Đề nghị đơn vị khẩn trương gửi {ReminderItemShort(item)} về Văn phòng Sở; trường hợp có khó khăn, vướng mắc, xin liên hệ Văn phòng Sở để được hỗ trợ.",
        (_, DeadlineState.DueToday) =>
            $"Đề nghị đơn vị khẩn trương hoàn thành và gửi {ReminderItemShort(item)} ngay trong ngày hôm nay.",
        (ReminderTone.Urgent, _) =>
            $"Đề nghị đơn vị khẩn trương hoàn thành và gửi {ReminderItemShort(item)} chậm nhất trong ngày {Date(deadline)}.",
        _ => "Kính đề nghị đơn vị chủ động sắp xếp, hoàn thành và gửi đúng thời hạn.",
    };

    public override string ReminderAlreadySent(string openButton) =>
        $"Nếu đơn vị đã gửi, xin vui lòng cập nhật qua nút “{openButton}” bên dưới để DanVan ghi nhận và ngừng nhắc.";
    public override string ReminderUnitLabel => "Đơn vị";
    public override string ReminderDeadlineLabel => "Hạn gửi";
    public override string ReminderOpenButton(ReminderSubject item) => item switch
    {
        ReminderSubject.UnitPlan => "Cập nhật kế hoạch",
        ReminderSubject.Report => "Gửi báo cáo kết quả",
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "No reminder wording for this item."),
    };
    public override string ReminderSummary(string unitName, ReminderSubject item, DateOnly deadline, DeadlineStatus status) =>
        $"Nhắc hạn: {unitName} chưa gửi {ReminderItemShort(item)} (hạn {Date(deadline)}, {Countdown(status)}).";

    public override string DigestTitle => "Danh sách đơn vị chưa gửi kế hoạch, báo cáo";
    public override string DigestSubtitle(DateOnly date, int planYear) =>
        $"Kế hoạch công tác dân vận chính quyền năm {planYear} · tổng hợp ngày {Date(date)}";
    public override string DigestItemHeading(ReminderSubject item, DateOnly deadline) =>
        $"**Đơn vị chưa gửi {ReminderItemShort(item)}** (hạn {Date(deadline)})";
    public override string DigestCounts(int sent, int total) =>
        $"{Number(sent)}/{Number(total)} đơn vị đã gửi; {Number(total - sent)} đơn vị chưa gửi.";
    public override string DigestUnitStatus(int daysOverdue) => daysOverdue > 0 ? $"quá hạn {Number(daysOverdue)} ngày" : "hạn chót hôm nay";
    public override string DigestMore(int more) => $"… và {Number(more)} đơn vị khác.";
    public override string DigestSummaryPrefix(DateOnly date) => $"Tổng hợp ngày {Date(date)}:";
    public override string DigestSummaryPart(ReminderSubject item, int missing) => $"{Number(missing)} đơn vị chưa gửi {ReminderItemShort(item)}";
}
