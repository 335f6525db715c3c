using DanVan.Cards.Forms;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.UnitPlans;
using DanVan.Domain.Validation;
using F = DanVan.Domain.UnitPlans.UnitPlanFields;

namespace DanVan.Cards.Tests;

/// <summary>Target 2's sample plans and cards, for <see cref="TestData.AllCards"/> and the unit-plan card tests.</summary>
internal static class UnitPlanTestData
{
    public static readonly DateOnly Today = new(2024, 5, 10);

    public static readonly UnitPlanReport OnTime = new(true, "12/KH-CCKL", new DateOnly(2024, 4, 5), new DateOnly(2024, 4, 18),
        "https://snnptnt.tayninh.gov.vn/van-ban/12-kh-cckl.pdf", "Kế hoạch đã được phổ biến đến các hạt kiểm lâm.");
    public static readonly UnitPlanReport Late = OnTime with { SentOn = new DateOnly(2024, 4, 25), Link = null, Note = null };
    public static readonly UnitPlanReport NotSent = OnTime with { SentOn = null };
    public static readonly UnitPlanReport NotIssued = UnitPlanReport.NotIssued("Đang xin ý kiến Chi ủy, dự kiến ban hành trong tháng 5.");

    /// <summary>The longest values the server accepts, in Vietnamese (multi-byte) letters.</summary>
    public static readonly UnitPlanReport Longest = new(true, "123/KH-" + new string('Đ', F.MaxNumberLength - 7),
        new DateOnly(2024, 4, 5), new DateOnly(2024, 4, 18),
        "https://snnptnt.tayninh.gov.vn/" + new string('ư', F.MaxLinkLength - 31),
        string.Concat(Enumerable.Repeat("Tổ chức quán triệt, triển khai thực hiện nghiêm túc. ", 40))[..TestData.Plan.Limits.MaxTextLength]);

    public static readonly FieldError[] AllFieldErrors =
    [
        new(F.Issued, ErrorCode.NotAChoice),
        new(F.Number, ErrorCode.NotADocumentNumber),
        new(F.IssuedOn, ErrorCode.InFuture),
        new(F.SentOn, ErrorCode.BeforeRelatedDate),
        new(F.Link, ErrorCode.NotALink),
        new(F.Note, ErrorCode.TooLong, 2000),
    ];

    public static UnitPlanStanding Standing(UnitPlanReport? r, DateOnly? today = null) =>
        UnitPlanStanding.Of(r, TestData.Plan, today ?? Today);

    public static Card Receipt(Texts t, UnitPlanReport r, string unit = TestData.Unit) =>
        UnitPlanCards.Receipt(new ReceiptModel<UnitPlanReport>(t, TestData.Plan, unit, r, "09:15 10/05/2024", "Alex Wilber", Today), Standing(r));

    public static Card Form(Texts t, string unit, UnitPlanReport? values, string? version, IReadOnlyList<FieldError>? errors = null, string? notice = null) =>
        UnitPlanCards.Form(new FormModel(t, TestData.Plan, unit, Fields(values), version, errors ?? [], notice));

    public static IReadOnlyDictionary<string, string?> Fields(UnitPlanReport? r) => r is null
        ? new Dictionary<string, string?>()
        : new Dictionary<string, string?>
        {
            [F.Issued] = r.Issued ? "true" : "false", [F.Number] = r.Number, [F.IssuedOn] = r.IssuedOn?.ToString("yyyy-MM-dd"),
            [F.SentOn] = r.SentOn?.ToString("yyyy-MM-dd"), [F.Link] = r.Link, [F.Note] = r.Note,
        };

    public static void AddCards(Dictionary<string, Card> cards, string lang, Texts t, string unit)
    {
        cards[$"{lang}/unit-plan/form-empty"] = Form(t, unit, null, null);
        cards[$"{lang}/unit-plan/form-filled"] = Form(t, unit, OnTime, TestData.Version);
        cards[$"{lang}/unit-plan/form-longest"] = Form(t, unit, Longest, TestData.Version);
        cards[$"{lang}/unit-plan/form-errors"] = Form(t, unit, Longest, TestData.Version, AllFieldErrors);
        cards[$"{lang}/unit-plan/form-conflict"] = Form(t, unit, OnTime, TestData.Version, notice: t.Conflict("Nguyễn Thị Bình", "10:00 21/04/2024", "45/50 người, 2 buổi"));
        cards[$"{lang}/unit-plan/receipt-on-time"] = Receipt(t, OnTime, unit);
        cards[$"{lang}/unit-plan/receipt-late"] = Receipt(t, Late, unit);
        cards[$"{lang}/unit-plan/receipt-not-sent"] = Receipt(t, NotSent, unit);
        cards[$"{lang}/unit-plan/receipt-not-issued"] = Receipt(t, NotIssued, unit);
        cards[$"{lang}/unit-plan/receipt-longest"] = Receipt(t, Longest, unit);
    }
}
