namespace DanVan.Cards.Text;

internal sealed partial class VietnameseTexts
{
    public override string FinalResultTitle(string unitName, int planYear) => $"Kết quả năm {planYear} — {unitName}";
    public override string FinalResultSubtitle(int planYear, DateOnly closedOn, DateOnly lastOpenDay) =>
        $"Kế hoạch năm {planYear} đã khép lại ngày {Date(closedOn)}. Kết quả cuối cùng, theo số liệu đến hết ngày {Date(lastOpenDay)}.";
    public override string FinalResult(bool achieved) => achieved ? "Đạt" : "Chưa đạt";
    public override string FinalCompletion(string percent) => $"Hoàn thành {percent}";
    public override string YearClosed(int planYear, DateOnly closedOn) =>
        $"Kế hoạch năm {planYear} đã khép lại ngày {Date(closedOn)}: số liệu không còn sửa được. Gõ **tình hình** để xem kết quả cuối cùng.";
}
