using DanVan.Cards.Reminders;

namespace DanVan.Cards.Text;

internal sealed partial class VietnameseTexts
{
    public override string OfficeAndLeadersOnly => "Chức năng này dành cho Văn phòng Sở và Lãnh đạo Sở.";
    public override string RemindersNoneDue => "Hiện không có nhắc hạn nào đến hạn.";

    public override string RemindersPreview(DateTimeOffset local, IReadOnlyList<(ReminderSubject Item, int Units, int Recipients)> parts, int digests)
    {
        var pings = parts.Select(p => $"{Number(p.Units)} đơn vị chưa gửi {ReminderItemShort(p.Item)} ({Number(p.Recipients)} người nhận)");
        var what = parts.Count == 0 ? "không nhắc đơn vị nào" : "sẽ nhắc " + string.Join("; ", pings);
        return $"Nhắc hạn thử lúc {DateTime(local)}: {what}; {Number(digests)} tổng hợp. Chưa gửi tin nào; gõ \"nhắc hạn\" để gửi ngay.";
    }

    public override string RemindersPreviewWho(IReadOnlyList<(ReminderSubject Item, IReadOnlyList<(string Unit, string Person)> Pings)> parts,
        IReadOnlyList<string> unreachable)
    {
        var lines = parts.Where(p => p.Pings.Count > 0)
            .Select(p => $"Nhắc {ReminderItemShort(p.Item)}: {string.Join("; ", p.Pings.Select(x => $"{Json.Markdown.Escape(x.Unit, inline: true)} — {Json.Markdown.Escape(x.Person, inline: true)}"))}.").ToList();
        if (unreachable.Count > 0)
            lines.Add($"Không nhắc được {Number(unreachable.Count)} đơn vị (chưa có trưởng đơn vị, hoặc trưởng đơn vị chưa mở hay đã chặn DanVan): {string.Join("; ", unreachable.Select(u => Json.Markdown.Escape(u, inline: true)))}.");
        return string.Join("\n\n", lines);
    }

    public override string RemindersStarted(int due) =>
        $"Đang gửi {Number(due)} tin nhắc hạn. DanVan sẽ báo kết quả tại đây khi gửi xong.";

    public override string RemindersAlreadyRunning(DateTimeOffset localSince) =>
        $"Lượt gửi nhắc hạn bắt đầu lúc {DateTime(localSince)} vẫn đang chạy; DanVan sẽ báo kết quả khi gửi xong.";

    public override string RemindersSendStopped =>
        "Lượt gửi nhắc hạn bị dừng do lỗi. Các tin chưa gửi sẽ được gửi lại ở lượt nhắc tự động sau; không đơn vị nào bị nhắc hai lần.";

    public override string RemindersSent(int sent, int blocked, int failed, int alreadySent) =>
        $"Đã gửi nhắc hạn: {Number(sent)} tin, {Number(blocked)} bị chặn, {Number(failed)} lỗi; {Number(alreadySent)} tin đã gửi trước đó.";
}
