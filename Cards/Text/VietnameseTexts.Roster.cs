using DanVan.Domain.Roster;

namespace DanVan.Cards.Text;

internal sealed partial class VietnameseTexts
{

    public override string Refused(Refusal refusal) => refusal switch
    {
        Refusal.UnitHeadsOnly => UnitHeadsOnly,
        Refusal.OfficeAndLeadersOnly => OfficeAndLeadersOnly,
        Refusal.DepartmentView => SummaryUnitHeadRefusal,
        Refusal.OfficeOnly => "Chức năng này chỉ dành cho Văn phòng Sở. Thao tác đã bị từ chối và được ghi vào nhật ký.",
        _ => "Anh/chị chỉ được xem và cập nhật số liệu của đơn vị mình. Thao tác với đơn vị khác đã bị từ chối và được ghi vào nhật ký.",
    };

    public override string RefusalReason(Refusal refusal) => refusal switch
    {
        Refusal.UnitHeadsOnly => "chỉ dành cho thủ trưởng đơn vị",
        Refusal.OfficeAndLeadersOnly => "chỉ dành cho Văn phòng Sở và Lãnh đạo Sở",
        Refusal.DepartmentView => "tổng hợp toàn Sở chỉ dành cho Văn phòng Sở và Lãnh đạo Sở",
        Refusal.OfficeOnly => "chỉ dành cho Văn phòng Sở",
        _ => "dữ liệu thẻ chỉ sang đơn vị khác",
    };

    public override string RosterTitle => "Danh bạ đơn vị";
    public override string RosterSummary(int units, int active, int heads, int office, int leaders) =>
        $"{Number(units)} đơn vị ({Number(active)} đang hoạt động), {Number(heads)} thủ trưởng/cấp phó, {Number(office)} cán bộ Văn phòng Sở, {Number(leaders)} Lãnh đạo Sở.";
    public override string RosterPage(int page, int pages) => $"Trang {Number(page)}/{Number(pages)} của danh bạ";
    public override string RosterReadOnly => "Lãnh đạo Sở xem danh bạ; chỉ Văn phòng Sở được thay đổi.";
    public override string RosterUnitLine(string id, bool active) => $"Mã {id} · {UnitStatus(active)}";
    public override string RosterHeads(IReadOnlyList<string> names) =>
        names.Count == 0 ? "Chưa có thủ trưởng." : "Thủ trưởng: " + string.Join(", ", names);
    public override string RosterManageButton => "Quản lý";
    public override string RosterViewButton => "Xem chi tiết";
    public override string RosterAddUnitButton => "Thêm đơn vị";
    public override string RosterPeopleButton => "Văn phòng Sở, Lãnh đạo Sở";
    public override string RosterLogButton => "Nhật ký";
    public override string RosterBackButton => "Danh bạ";
    public override string RosterPreviousButton => "Trang trước";
    public override string RosterNextButton => "Trang kế tiếp";

    public override string UnitStatus(bool active) => active ? "đang hoạt động" : "ngừng hoạt động";
    public override string UnitIdLabel => "Mã đơn vị (chữ không dấu, số, - hoặc _, ví dụ CCKL)";
    public override string UnitNameLabel => "Tên đơn vị";
    public override string UnitRenameButton => "Đổi tên";
    public override string UnitDeactivateButton => "Ngừng hoạt động";
    public override string UnitReactivateButton => "Hoạt động trở lại";
    public override string UnitInactiveNote =>
        "Đơn vị đã ngừng hoạt động: không được tính khi xếp hạng, không nhận nhắc hạn, và thủ trưởng của đơn vị không dùng được DanVan cho đến khi đơn vị hoạt động trở lại.";
    public override string UnitHeadsHeading => "**Thủ trưởng, cấp phó**";
    public override string UnitNoHeads => "Đơn vị chưa có thủ trưởng: chưa ai báo cáo được cho đơn vị này.";
    public override string AssignHeadHeading => "**Gán thủ trưởng hoặc cấp phó**";
    public override string AssignHeadButton => "Gán thủ trưởng";
    public override string PersonPickerLabel => "Chọn người trong Sở";
    public override string PersonPickerPlaceholder => "Gõ tên để tìm";
    public override string AccountLabel => "Hoặc nhập tài khoản Microsoft 365: email/UPN hoặc Object ID";
    public override string AccountPlaceholder => "ví dụ: nguyenvana@tayninh.gov.vn";
    public override string DisplayNameLabel => "Họ và tên";
    public override string RemoveButton => "Gỡ";
    public override string ConfirmTitle => "Xác nhận thao tác";
    public override string ConfirmHint => "Chưa có gì thay đổi. Bấm \"Xác nhận\" để thực hiện, hoặc \"Hủy\" để quay lại.";
    public override string ConfirmButton => "Xác nhận";
    public override string ConfirmDeactivate(string unitName) => $"Ngừng hoạt động {unitName}? Đơn vị sẽ không còn trong tổng hợp và không được nhắc hạn; có thể cho hoạt động lại sau.";
    public override string ConfirmRemoveHead(string name, string unitName) => $"Gỡ {name} khỏi vai trò thủ trưởng {unitName}? Người này sẽ không còn báo cáo được cho đơn vị.";
    public override string ConfirmRemovePerson(string name) => $"Gỡ {name} khỏi danh bạ? Người này sẽ không còn dùng được DanVan.";
    public override string NewUnitTitle => "Thêm đơn vị";
    public override string NewUnitIntro => "Mã đơn vị không đổi được sau khi thêm; tên đơn vị đổi được bất cứ lúc nào.";

    public override string PeopleTitle => "Văn phòng Sở và Lãnh đạo Sở";
    public override string PeopleIntro => "Văn phòng Sở quản lý danh bạ và nhắc hạn; Lãnh đạo Sở xem danh bạ và nhận tổng hợp quá hạn.";
    public override string PeopleEmpty => "Chưa có ai.";
    public override string AddPersonHeading => "**Thêm người hoặc nâng quyền**";
    public override string AddPersonButton => "Lưu";
    public override string RoleLabel => "Vai trò";
    public override string RoleName(Role role) => role switch
    {
        Role.Office => "Văn phòng Sở",
        Role.Leader => "Lãnh đạo Sở",
        _ => "Thủ trưởng đơn vị",
    };

    public override string UnitAdded(string name) => $"Đã thêm đơn vị {name}. Hãy gán thủ trưởng để đơn vị bắt đầu báo cáo.";
    public override string UnitRenamed(string before, string after) => $"Đã đổi tên đơn vị “{before}” thành “{after}”.";
    public override string UnitDeactivated(string name) => $"Đã chuyển {name} sang ngừng hoạt động.";
    public override string UnitReactivated(string name) => $"{name} đã hoạt động trở lại.";
    public override string HeadAssigned(string person, string unit) => $"Đã gán {person} làm thủ trưởng {unit}.";
    public override string HeadMoved(string person, string fromUnit, string unit) => $"Đã chuyển {person} từ {fromUnit} sang làm thủ trưởng {unit}.";
    public override string HeadRemoved(string person, string unit) => $"Đã gỡ {person} khỏi {unit}.";
    public override string PersonSaved(string person, Role role) => $"Đã lưu {person} với vai trò {RoleName(role)}.";
    public override string PersonRemoved(string person) => $"Đã gỡ {person} khỏi danh bạ.";
    public override string RosterNoChange => "Không có gì thay đổi.";
    public override string RosterConflict => "Chưa lưu: danh bạ vừa được người khác thay đổi. Dưới đây là dữ liệu hiện tại — vui lòng kiểm tra rồi thao tác lại.";
    public override string RosterUnknownUnit => "Không tìm thấy đơn vị này trong danh bạ.";
    public override string RosterError(RosterError e) => e.Problem switch
    {
        RosterProblem.Required => "Vui lòng nhập mục này.",
        RosterProblem.TooLong => $"Quá dài (tối đa {e.Detail} ký tự).",
        RosterProblem.BadUnitId => "Mã đơn vị chỉ gồm chữ không dấu, chữ số, dấu - hoặc _, tối đa 20 ký tự (ví dụ CCKL).",
        RosterProblem.DuplicateUnitId => $"Mã này đã được dùng cho {e.Detail}.",
        RosterProblem.DuplicateUnitName => $"Đã có đơn vị cùng tên (mã {e.Detail}).",
        RosterProblem.UnknownUnit => RosterUnknownUnit,
        RosterProblem.UnitInactive => "Đơn vị đang ngừng hoạt động; cho đơn vị hoạt động trở lại trước khi gán thủ trưởng.",
        RosterProblem.BadAccount => "Vui lòng nhập email/UPN (ví dụ nguyenvana@tayninh.gov.vn) hoặc Object ID dạng 00000000-0000-0000-0000-000000000000.",
        RosterProblem.NotAChoice => "Vui lòng chọn một giá trị trong danh sách.",
        RosterProblem.LastOffice => "Không thể thực hiện: đây là cán bộ Văn phòng Sở cuối cùng, sẽ không còn ai quản lý được danh bạ. Hãy thêm một cán bộ Văn phòng Sở khác trước.",
        RosterProblem.NotOnRoster => "Người này không còn trong danh bạ.",
        RosterProblem.NotHeadOfUnit => "Người này không phải thủ trưởng của đơn vị này.",
        RosterProblem.ControlCharacter => "Có ký tự điều khiển không hiển thị (dấu tab, ngắt dòng, hoặc ký tự ngắt dòng của Word khi nhấn Shift+Enter); mục này chỉ gồm một dòng. Vui lòng xóa rồi gõ lại.",
        RosterProblem.InvalidCharacter => "Có ký tự bị lỗi (thường là một nửa biểu tượng cảm xúc bị cắt khi dán). Vui lòng xóa rồi gõ lại mục này.",
        _ => "Giá trị không hợp lệ.",
    };

    public override string LogTitle => "Nhật ký thay đổi danh bạ";
    public override string LogEmpty => "Chưa có thay đổi danh bạ nào.";
    public override string RefusalsButton => "Thao tác bị từ chối";
    public override string RefusalsTitle => "Các thao tác bị từ chối";
    public override string RefusalsEmpty => "Chưa có thao tác nào bị từ chối.";
    public override string RefusalRepeated(int count, string firstAt) => $"{count} lần, lần đầu {firstAt}";
    public override string LogUnitAdded(string unit) => $"Thêm đơn vị {unit}";
    public override string LogUnitChanged(string before, string after) => $"Đơn vị: {before} → {after}";
    public override string LogMemberAdded(string member) => $"Thêm {member}";
    public override string LogMemberRemoved(string member) => $"Gỡ {member}";
    public override string LogMemberChanged(string before, string after) => $"Thay đổi: {before} → {after}";
    protected override IReadOnlyDictionary<string, string> VerbNames { get; } = new Dictionary<string, string>
    {
        [RosterCards.ShowVerb] = "xem danh bạ",
        [RosterCards.UnitVerb] = "xem danh bạ",
        [RosterCards.PeopleVerb] = "xem danh bạ",
        [RosterCards.LogVerb] = "xem danh bạ",
        [RosterCards.RefusalsVerb] = "xem nhật ký truy cập",
        [RosterCards.NewUnitVerb] = "thêm đơn vị",
        [RosterCards.AddUnitVerb] = "thêm đơn vị",
        [RosterCards.RenameVerb] = "đổi tên đơn vị",
        [RosterCards.DeactivateVerb] = "cho đơn vị ngừng hoạt động",
        [RosterCards.ReactivateVerb] = "cho đơn vị hoạt động trở lại",
        [RosterCards.AssignHeadVerb] = "gán thủ trưởng",
        [RosterCards.RemoveHeadVerb] = "gỡ thủ trưởng",
        [RosterCards.AddPersonVerb] = "thêm hoặc nâng quyền Văn phòng Sở, Lãnh đạo Sở",
        [RosterCards.RemovePersonVerb] = "gỡ Văn phòng Sở, Lãnh đạo Sở",
        [Verbs.Standing] = "xem tình hình đơn vị",
        [Verbs.History] = "xem lịch sử đơn vị",
        [ModelCards.ListVerb] = "xem mô hình của đơn vị",
        [Summary.SummaryCard.ShowVerb] = "xem tổng hợp toàn Sở",
        [Summary.SummaryCard.ExportVerb] = "xuất báo cáo toàn Sở",
    };
    public override string SubmitFormName => "gửi biểu mẫu của đơn vị";
    public override string OpenFormName => "mở biểu mẫu của đơn vị";

    public override string LogRefused(string attempt, string reason, string? detail) =>
        $"Từ chối “{attempt}”: {reason}" + (detail is null ? "" : $" ({detail})");
}
