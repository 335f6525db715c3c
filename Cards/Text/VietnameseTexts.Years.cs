using DanVan.Domain.Plans;

namespace DanVan.Cards.Text;

internal sealed partial class VietnameseTexts
{
    public override string YearCardTitle(int year, bool current) => current ? $"Năm {year} (năm hiện tại)" : $"Năm {year}";
    public override string YearPhaseLine(YearPhase phase, DateOnly opensOn, DateOnly closesOn) => phase switch
    {
        YearPhase.Upcoming => $"Bắt đầu nhận số liệu từ ngày {Date(opensOn)}.",
        YearPhase.Open => $"Đang thực hiện, từ {Date(opensOn)}; khép lại ngày {Date(closesOn)}.",
        _ => $"Đã khép lại ngày {Date(closesOn)}: chỉ xem kết quả cuối cùng.",
    };
    public override string YearsButton => "Các năm";
    public override string ModelsButton => "Mô hình";
    public override string YearsTitle => "Các năm kế hoạch";
    public override string YearLabel(int year, bool current) => current ? $"Năm {year} (hiện tại)" : $"Năm {year}";
    public override string YearButton(int year) => $"Năm {year}";
    public override string YearUnknown(int year, IReadOnlyList<int> known) =>
        $"DanVan không có kế hoạch năm {year}. Các năm có thể xem: {string.Join(", ", known)} (ví dụ: **tình hình năm {known[0]}**).";
    public override string ModelContinuing(int fromYear) => $"Tiếp tục từ năm {fromYear}";

    public override string YearStartButton => "Bắt đầu năm mới";
    public override string YearStartTitle => "Bắt đầu năm kế hoạch mới";
    public override string YearStartIntro(string folder) => $"Chọn tệp kế hoạch năm mới (trong thư mục {folder}). DanVan kiểm tra tệp và cho xem lại trước khi ghi nhận.";
    public override string YearStartNoFiles(string folder) =>
        $"Thư mục {folder} không có tệp kế hoạch nào chưa dùng. Đặt tệp kế hoạch năm mới (JSON, như plans/ke-hoach-2027-mau.json) vào đó rồi gõ lại **năm mới**.";
    public override string YearFactFile => "Tệp";
    public override string YearFactYear => "Năm";
    public override string YearFactId => "Mã kế hoạch";
    public override string YearFactOpensOn => "Bắt đầu nhận số liệu";
    public override string YearFactClosesOn => "Khép lại";
    public override string YearPreviewTitle(int year) => $"Kế hoạch năm {year}: kiểm tra trước khi ghi nhận";
    public override string YearPreviewSample => "Đây là kế hoạch MẪU (\"sample\": true), không phải kế hoạch đã ban hành.";
    public override string YearPreviewWhat(DateOnly opensOn, string? previousYear) =>
        $"Khi xác nhận: từ ngày {Date(opensOn)} các đơn vị báo cáo theo kế hoạch này" +
        (previousYear is null ? "." : $"; các mô hình “Dân vận khéo” của năm {previousYear} được chuyển sang, đánh dấu là tiếp tục. Năm {previousYear} vẫn xem được (gõ **tình hình năm {previousYear}**).");
    public override string YearConfirmButton(int year) => $"Xác nhận bắt đầu năm {year}";
    public override string YearFileUnknown => "Không tìm thấy tệp kế hoạch này trong thư mục kế hoạch. Gõ **năm mới** để chọn lại.";
    public override string YearFileChanged => "Tệp kế hoạch đã thay đổi sau khi xem lại. Chưa ghi nhận gì; gõ **năm mới** để xem lại và xác nhận.";
    public override string YearPlanInvalid(string problem) => $"Tệp kế hoạch không hợp lệ, chưa ghi nhận gì: {problem}";
    public override string YearAlreadyKnown(int year, string id) => $"Kế hoạch năm {year} (mã {id}) đã có trong DanVan. Chưa ghi nhận gì thêm.";
    public override string YearStarted(int year, DateOnly opensOn, int carriedModels, int? fromYear) =>
        $"Đã ghi nhận kế hoạch năm {year}: từ ngày {Date(opensOn)} các đơn vị báo cáo theo kế hoạch này." +
        (fromYear is int y ? $" Đã chuyển {carriedModels} mô hình “Dân vận khéo” của năm {y} sang năm {year}." : "");
    public override string YearNotStored => "Không ghi nhận được kế hoạch năm mới (lỗi lưu trữ). Chưa có gì thay đổi; vui lòng thử lại.";
}
