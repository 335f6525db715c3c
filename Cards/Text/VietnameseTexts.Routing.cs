namespace DanVan.Cards.Text;

internal sealed partial class VietnameseTexts
{
    public override string HelpIntro => "Các lệnh của DanVan:";
    public override string HelpOutro => "Có thể gõ có dấu hoặc không dấu, ví dụ \"tap huan\".";
    public override string HelpSharedNote =>
        "Trong kênh hoặc nhóm chat, DanVan gửi câu trả lời vào chat riêng của bạn với DanVan; số liệu của đơn vị không hiển thị ở đây.";

    public override string? HelpLine(string route, bool senior) => route switch
    {
        RouteNames.Training when !senior => "**tập huấn** (hoặc **học tập, quán triệt**) — nhập số liệu học tập, quán triệt (chỉ tiêu 1)",
        RouteNames.UnitPlan when !senior => "**kế hoạch** — cập nhật kế hoạch công tác dân vận chính quyền của đơn vị: số, ngày ban hành, ngày gửi Văn phòng Sở (chỉ tiêu 2)",
        RouteNames.Models when !senior => "**mô hình** (hoặc **dân vận khéo**) — đăng ký, cập nhật và xem các mô hình “Dân vận khéo” của đơn vị",
        RouteNames.Report when !senior => "**báo cáo** (hoặc **báo cáo kết quả**) — gửi báo cáo kết quả thực hiện: dân chủ, cải cách hành chính, tự đánh giá (chỉ tiêu 3, 4, 5)",
        RouteNames.Standing when !senior => "**tình hình** — xem mức độ hoàn thành các chỉ tiêu và xếp hạng của đơn vị",
        RouteNames.History => senior ? "**lịch sử** — nhật ký thay đổi danh bạ và các thao tác bị từ chối" : "**lịch sử** — xem các thay đổi gần đây của đơn vị",
        RouteNames.Summary => "**tổng hợp** — số liệu toàn Sở theo từng chỉ tiêu và danh sách đơn vị chưa hoàn thành, số ngày quá hạn",
        RouteNames.Export => "**xuất báo cáo** — tải báo cáo tổng hợp dạng Excel (.xlsx) hoặc CSV",
        FileCards.LinksVerb => "**tệp** — tải các tệp đơn vị đã gửi (kế hoạch, báo cáo, minh chứng) thành tệp .zip",
        FileCards.ReceivedRoute when !senior => "**gửi tệp** — kéo tệp PDF, Word hoặc ảnh JPG/PNG vào chat này để nộp bản ký của kế hoạch, báo cáo kết quả hoặc minh chứng mô hình",
        RouteNames.DepartmentReport => "**báo cáo sở** (hoặc **xuất báo cáo năm**) — Văn phòng Sở nhập nội dung và tạo báo cáo kết quả năm của Sở (.docx, thể thức Nghị định 30/2020/NĐ-CP)",
        RouteNames.UnitDraft when !senior => "**dự thảo báo cáo** — tạo dự thảo báo cáo kết quả của đơn vị (.docx) từ số liệu đã nhập, để hoàn thiện và trình ký",
        RouteNames.Roster => "**danh bạ** (hoặc **quản lý đơn vị**) — danh sách đơn vị, thủ trưởng, cán bộ Văn phòng Sở và Lãnh đạo Sở; Văn phòng Sở thêm, đổi tên, ngừng hoạt động đơn vị, gán hoặc gỡ thủ trưởng, nâng quyền Văn phòng Sở, Lãnh đạo Sở",
        RouteNames.ReviewQueue => "**cần tiếp nhận** — các kế hoạch và báo cáo kết quả đơn vị đã gửi, chờ Văn phòng Sở tiếp nhận hoặc trả lại (gửi sớm nhất trước)",
        RouteNames.RemindersPreview => "**nhắc hạn thử**, **nhắc hạn** — xem trước hoặc gửi ngay các tin nhắc hạn",
        RouteNames.Nudge => "**nhắc quá hạn** — Văn phòng Sở chọn một hạn, xem các đơn vị quá hạn và người sẽ nhận, rồi nhắc ngay (mỗi đơn vị tối đa một lần mỗi ngày, trong giờ hành chính)",
        RouteNames.DepartmentChannelSet => "**đặt kênh sở** (gõ trong kênh của nhóm) — DanVan đăng tình hình toàn Sở vào kênh đó mỗi tuần; **dừng kênh sở** để thôi",
        YearCards.ListVerb => "**các năm** (hoặc **năm 2024**, **tình hình năm 2024**, **lịch sử năm 2024**) — xem các năm kế hoạch và số liệu của năm trước",
        YearCards.StartVerb => "**năm mới** — Văn phòng Sở chọn tệp kế hoạch năm mới, kiểm tra và xác nhận; các mô hình “Dân vận khéo” được chuyển sang năm mới",
        RouteNames.Help => "**trợ giúp** — xem danh sách lệnh này",
        RouteNames.Deadlines => "**hạn nộp** — xem các mốc thời hạn của kế hoạch",
        _ => null,
    };

    public override string SuggestionsIntro => "Có phải anh/chị muốn:";
    public override string DeadlinesTitle(int year) => $"Các mốc thời hạn của kế hoạch năm {year}";

    public override string TeamWelcome =>
        "Xin chào! DanVan giúp các đơn vị thuộc Sở báo cáo công tác dân vận chính quyền. Số liệu, biểu mẫu và nhắc hạn của " +
        "từng người chỉ gửi trong chat riêng với DanVan: hãy mở DanVan trong mục Ứng dụng hoặc gõ \"trợ giúp\" để xem các lệnh.";
    public override string SentToPersonalChat => "DanVan đã gửi câu trả lời vào chat riêng của bạn với DanVan.";
    public override string PersonalChatUnreachable =>
        "DanVan chưa gửi được câu trả lời vào chat riêng của bạn. Hãy mở chat riêng với DanVan (mục Ứng dụng → DanVan) rồi gõ lại lệnh ở đó.";
    public override string UsePersonalChat =>
        "Thao tác này chỉ thực hiện trong chat riêng với DanVan; chưa có gì được lưu. Hãy mở chat riêng với DanVan để tiếp tục.";

    public override string TooManyTurns(int seconds) =>
        $"Bạn đang gửi quá nhanh. DanVan tạm không xử lý các thao tác tiếp theo; vui lòng chờ khoảng {seconds} giây rồi thử lại.";
}
