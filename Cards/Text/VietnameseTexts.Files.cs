namespace DanVan.Cards.Text;

internal sealed partial class VietnameseTexts
{
    public override string FileWhatIsIt(string name) => $"Bạn vừa gửi tệp «{name}». Đây là tệp gì?";
    public override string FileChoiceLabel => "Tệp này là";
    public override string FileChoiceRequired => "Vui lòng chọn tệp này là gì.";
    public override string FileAccepted(string maxSize) =>
        $"DanVan nhận tệp PDF, Word (.docx), ảnh JPG hoặc PNG, tối đa {maxSize}. Tệp được gắn vào mục đã có; tệp gửi lại sau sẽ là phiên bản mới, bản cũ vẫn được lưu.";
    public override string FileTargetUnitPlan => "Kế hoạch của đơn vị";
    public override string FileTargetReport => "Báo cáo kết quả";
    public override string FileTargetModel(string modelName) => $"Minh chứng mô hình «{modelName}»";
    public override string FileSaveButton => "Lưu tệp";

    public override string FileNothingToAttach(string name) =>
        $"Đã nhận tệp «{name}», nhưng đơn vị chưa có mục nào để gắn tệp. Vui lòng gửi kế hoạch (`kế hoạch`), báo cáo kết quả (`báo cáo`) hoặc đăng ký mô hình (`mô hình`) trước, rồi gửi lại tệp. Chưa lưu gì.";
    public override string FileBadUrl => "Không nhận tệp: địa chỉ tải tệp không phải của Microsoft Teams/SharePoint. Chưa lưu gì.";
    public override string FileTooLarge(string maxSize) =>
        $"Tệp lớn hơn {maxSize}, mức tối đa DanVan nhận. Chưa lưu gì. Vui lòng giảm dung lượng (nén PDF, quét ở độ phân giải thấp hơn) rồi gửi lại.";
    public override string FileWrongType =>
        "Tệp không phải PDF, Word (.docx), ảnh JPG hay PNG (DanVan xét nội dung tệp, không xét tên tệp). Chưa lưu gì.";
    public override string FileDownloadFailed => "Không tải được tệp từ Teams. Chưa lưu gì. Vui lòng gửi lại tệp.";
    public override string FileOfferExpired => "Lựa chọn này đã hết hạn hoặc không phải của bạn. Chưa lưu gì. Vui lòng gửi lại tệp.";
    public override string FileTargetMissing => "Mục đã chọn không có trong dữ liệu của đơn vị. Chưa lưu gì.";
    public override string FileNotStored => "Không lưu được tệp do lỗi lưu trữ. Chưa lưu gì; vui lòng gửi lại tệp sau ít phút.";
    public override string FileUsePersonalChat => "DanVan chỉ nhận tệp trong chat riêng với DanVan: vui lòng gửi tệp ở đó. Tệp gửi ở đây không được lưu.";

    public override string FileStoredTitle => "Đã lưu tệp";
    public override string FileStored(string target, string name, string size) => $"Đã lưu tệp «{name}» ({size}) vào mục {target}.";
    public override string FileNameFact => "Tên tệp";
    public override string FileSizeFact => "Dung lượng";
    public override string FileSentFact => "Gửi lúc";
    public override string FileByFact => "Người gửi";
    public override string FileHashFact => "Mã SHA-256";
    public override string FileVersionFact => "Phiên bản";
    public override string FileVersion(int n) => n == 1 ? "1" : $"{Number(n)} (các bản trước vẫn được lưu)";
    public override string FileSentLine(string what, string name, string size, string when, string by) =>
        $"Đã gửi tệp {what}: «{name}» ({size}), lúc {when}, người gửi {by}.";
    public override string FileWhatPlan => "kế hoạch";
    public override string FileWhatReport => "báo cáo";
    public override string FileWhatEvidence => "minh chứng";
    public override string FileWhatModelEvidence(string modelName) => $"minh chứng mô hình «{modelName}»";
    public override string FileHistory(string name, string size) => $"gửi tệp «{name}» ({size})";

    public override string FilesTitle(int year) => $"Tệp các đơn vị đã gửi — năm {year}";
    public override string FilesIntro(string expires, int minutes) =>
        $"Các liên kết tải tệp (.zip) dùng được trong {Number(minutes)} phút (đến {expires}), chỉ cho bạn.";
    public override string FilesNone => "Chưa đơn vị nào gửi tệp.";
    public override string FilesAllPlans(int units) => $"Tất cả kế hoạch ({Number(units)} đơn vị)";
    public override string FilesAllReports(int units) => $"Tất cả báo cáo kết quả ({Number(units)} đơn vị)";
    public override string FilesAllEvidence(int files) => $"Tất cả minh chứng mô hình ({Number(files)} tệp)";
    public override string FilesOfUnit(string unitName, int files) => $"{unitName} ({Number(files)} tệp)";
    public override string FilesMoreUnits(int more) => $"… và {Number(more)} đơn vị khác: dùng các liên kết tải theo mục ở trên.";
    public override string FilesButton => "Tệp đã gửi";
    public override string FilesSummaryFact => "Tệp đã gửi";
    public override string FilesSummary(int plans, int reports, int evidence, int units) =>
        $"kế hoạch {Number(plans)}/{Number(units)} đơn vị, báo cáo {Number(reports)}/{Number(units)} đơn vị, {Number(evidence)} tệp minh chứng";
}
