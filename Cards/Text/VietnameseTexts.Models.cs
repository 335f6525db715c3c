namespace DanVan.Cards.Text;

internal sealed partial class VietnameseTexts
{
    public override string ModelsTitle => "Mô hình “Dân vận khéo”";
    public override string ModelsListTitle(string unitName) => $"Mô hình “Dân vận khéo” — {unitName}";
    public override string ModelFormNewTitle(string unitName) => $"Đăng ký mô hình “Dân vận khéo” — {unitName}";
    public override string ModelFormEditTitle(string unitName) => $"Cập nhật mô hình “Dân vận khéo” — {unitName}";
    public override string ModelFormIntro(int minPerUnit) =>
        $"Mỗi đơn vị xây dựng ít nhất {Number(minPerUnit)} mô hình “Dân vận khéo”; khuyến khích mô hình gắn với xây dựng nông thôn mới.";

    public override string ModelNameLabel => "Tên mô hình";
    public override string ModelNamePlaceholder => "Ví dụ: Vận động Nhân dân tham gia bảo vệ rừng";
    public override string ModelFieldLabel => "Lĩnh vực";
    public override string ModelNewRuralAreaLabel => "Gắn với xây dựng nông thôn mới";
    public override string ModelStartDateLabel => "Ngày bắt đầu thực hiện";
    public override string ModelPickStartDate(int earliestYear) => $"Vui lòng chọn ngày bắt đầu, từ năm {earliestYear} đến hôm nay.";
    public override string ModelDescriptionLabel => "Nội dung, cách làm";
    public override string ModelResultsLabel => "Kết quả đạt được (nếu có)";
    public override string ModelBeneficiariesLabel => "Số người được hưởng lợi";
    public override string ModelStatusLabel => "Tình trạng";

    public override string FieldEconomy => "Kinh tế";
    public override string FieldCultureSociety => "Văn hóa - xã hội";
    public override string FieldDefenceSecurity => "Quốc phòng - an ninh";
    public override string FieldPoliticalSystem => "Xây dựng hệ thống chính trị";
    public override string StatusRegistered => "Đã đăng ký";
    public override string StatusInProgress => "Đang thực hiện";
    public override string StatusRecognised => "Được công nhận";
    public override string StatusAwarded => "Được khen thưởng";

    public override string ModelSubmitButton => "Lưu mô hình";
    public override string ModelEditButton => "Sửa";
    public override string ModelNewButton => "Đăng ký mô hình mới";
    public override string ModelListButton => "Danh sách mô hình";

    public override string ModelReceiptTitle => "Đã ghi nhận mô hình “Dân vận khéo”";
    public override string ModelYes => "Có";
    public override string ModelNo => "Không";
    public override string ModelPeople(int people) => $"{Number(people)} người";
    public override string ModelSaved(string name, string status) =>
        $"Đã ghi nhận mô hình “{name}” (tình trạng: {status.ToLowerInvariant()}).";
    public override string ModelSummary(string name, string status) => $"{name} (tình trạng: {status.ToLowerInvariant()})";

    public override string ModelsEmpty(int minPerUnit) =>
        $"Đơn vị chưa đăng ký mô hình “Dân vận khéo” nào. Kế hoạch yêu cầu mỗi đơn vị có ít nhất {Number(minPerUnit)} mô hình — bấm “Đăng ký mô hình mới” để bắt đầu.";
    public override string ModelsCount(int count, int minPerUnit) =>
        $"Đơn vị có {Number(count)} mô hình “Dân vận khéo” (yêu cầu: ít nhất {Number(minPerUnit)}).";
    public override string ModelRowDetails(string field, string status, string startDate, int beneficiaries, bool newRuralArea) =>
        $"{field} · {status} · bắt đầu {startDate} · {Number(beneficiaries)} người hưởng lợi" +
        (newRuralArea ? " · gắn với xây dựng nông thôn mới" : "");
    public override string ModelsNotShown(int hidden, int shown) =>
        $"Còn {Number(hidden)} mô hình khác chưa hiển thị (danh sách chỉ hiện {Number(shown)} mô hình bắt đầu gần đây nhất).";

    public override string ModelsDetail(int count, int recognised, int awarded, int newRuralArea)
    {
        if (count == 0) return "Chưa đăng ký mô hình nào.";
        var parts = new List<string>();
        if (recognised > 0) parts.Add($"{Number(recognised)} được công nhận");
        if (awarded > 0) parts.Add($"{Number(awarded)} được khen thưởng");
        if (newRuralArea > 0) parts.Add($"{Number(newRuralArea)} gắn với xây dựng nông thôn mới");
        return $"Đã đăng ký {Number(count)} mô hình" + (parts.Count > 0 ? $" ({string.Join(", ", parts)})." : ".");
    }

    public override string ModelsMissing(int minPerUnit, int stillNeeded) => stillNeeded >= minPerUnit
        ? $"Cần ít nhất {Number(minPerUnit)} mô hình."
        : $"Cần ít nhất {Number(minPerUnit)} mô hình — còn thiếu {Number(stillNeeded)}.";
}
