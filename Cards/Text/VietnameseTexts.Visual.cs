using DanVan.Cards.Json;

namespace DanVan.Cards.Text;

internal sealed partial class VietnameseTexts
{
    public override string StandingRankShared(string completion, int position, int of, int sharing) =>
        $"Mức hoàn thành chung: {completion} · đồng hạng {position}/{of} (cùng {Number(sharing)} đơn vị).";
    public override string StandingUnranked(string completion) =>
        $"Mức hoàn thành chung: {completion} · chưa xếp hạng (đơn vị chưa có kết quả nào được tính).";
    public override string StandingCompactHint => "Gõ \"tình hình\" để xem chi tiết và các thời hạn.";

    public override string TargetsChartTitle => "Số đơn vị theo từng chỉ tiêu";
    public override string LegendMet => "Đạt";
    public override string LegendOverdue => "Quá hạn";
    public override string LegendNotYet => "Chưa đạt";
    public override string TallyLine(string target, int met, int overdue, int notYet) =>
        $"{target}: đạt {Number(met)} · quá hạn {Number(overdue)} · chưa đạt {Number(notYet)}";

    public override string ReformUnitsMetFact => "Đơn vị hoàn thành mọi nhiệm vụ CCHC";
    public override string ReformTasksFactTotal => "Nhiệm vụ CCHC đã hoàn thành";

    public override string RankingHeading(int page, int pages) =>
        $"**Xếp hạng đơn vị** (mức hoàn thành chung) — trang {Number(page)}/{Number(pages)}";
    public override string RankingLine(int position, bool shared, bool ranked, string unitName, string percent) =>
        ranked
            ? $"- {(shared ? "Đồng hạng " : "Hạng ")}{Number(position)}: {Markdown.Escape(unitName, inline: true)} — {percent}"
            : $"- Chưa xếp hạng: {Markdown.Escape(unitName, inline: true)} — {percent}";
    public override string NotRankedCell => "Chưa xếp hạng";
    public override string UnknownUserAccount(string account) => $"Tài khoản cần gửi Văn phòng Sở để được thêm: {account}";
}
