using DanVan.Cards.Forms;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Models;
using DanVan.Domain.Validation;
using F = DanVan.Domain.Models.ModelFields;

namespace DanVan.Cards.Tests;

/// <summary>Sample "Dân vận khéo" models and their cards, for <see cref="TestData.AllCards"/> and the model card tests.</summary>
internal static class ModelTestData
{
    public const string Id = "0123456789abcdef0123456789abcdef";
    public static readonly IReadOnlyDictionary<string, string> Record = ModelCards.RecordData(Id);

    public static readonly DanVanKheoModel Forest = new("Vận động Nhân dân tham gia bảo vệ rừng", ModelField.DefenceSecurity, true,
        new DateOnly(2022, 3, 1), "Thành lập tổ tự quản bảo vệ rừng ở 3 ấp giáp ranh Vườn quốc gia Lò Gò - Xa Mát.",
        "Năm 2023 không xảy ra cháy rừng trên địa bàn.", 1200, ModelStatus.Recognised);
    public static readonly DanVanKheoModel Roads = new("Dân vận khéo trong vận động hiến đất làm đường giao thông nội đồng", ModelField.Economy,
        true, new DateOnly(2024, 2, 15), "Vận động hộ dân hiến đất, góp công làm 5 km đường nội đồng.", null, 350, ModelStatus.InProgress);
    public static readonly DanVanKheoModel Reception = new("Tiếp công dân “4 không”", ModelField.PoliticalSystem, false,
        new DateOnly(2019, 9, 1), "Không để công dân chờ lâu, không hẹn nhiều lần.", null, 0, ModelStatus.Registered);

    /// <summary>The longest values the server accepts, in Vietnamese (multi-byte) letters.</summary>
    public static readonly DanVanKheoModel Longest = new(new string('Ệ', ModelValidator.MaxNameLength), ModelField.PoliticalSystem, true,
        new DateOnly(2015, 1, 1), new string('ữ', TestData.Plan.Limits.MaxTextLength), new string('ộ', TestData.Plan.Limits.MaxTextLength),
        ModelValidator.MaxBeneficiaries, ModelStatus.Awarded);

    public static readonly FieldError[] AllFieldErrors =
    [
        new(F.Name, ErrorCode.TooLong, ModelValidator.MaxNameLength),
        new(F.Field, ErrorCode.NotAChoice),
        new(F.NewRuralArea, ErrorCode.NotAChoice),
        new(F.StartDate, ErrorCode.TooEarly, 2015),
        new(F.Description, ErrorCode.Required),
        new(F.Results, ErrorCode.TooLong, 2000),
        new(F.Beneficiaries, ErrorCode.TooLarge, ModelValidator.MaxBeneficiaries),
        new(F.Status, ErrorCode.NotAChoice),
    ];

    public static Card Form(Texts t, string unit, DanVanKheoModel? values, string? version, IReadOnlyList<FieldError>? errors = null, string? notice = null) =>
        ModelCards.Form(new FormModel(t, TestData.Plan, unit, Fields(values), version, errors ?? [], notice), Record);

    public static Card Receipt(Texts t, DanVanKheoModel m, string unit = TestData.Unit) =>
        ModelCards.Receipt(new ReceiptModel<DanVanKheoModel>(t, TestData.Plan, unit, m, "09:15 10/05/2024", "Alex Wilber", new DateOnly(2024, 5, 10)), Record);

    public static Card List(Texts t, string unit, params DanVanKheoModel[] models)
    {
        var list = models.Select((m, i) => (Id: i.ToString("x32"), Model: m)).ToList();
        return ModelCards.List(t, unit, list, ModelStanding.Of(models, TestData.Plan.Models));
    }

    public static IReadOnlyDictionary<string, string?> Fields(DanVanKheoModel? m) => m is null
        ? new Dictionary<string, string?>()
        : new Dictionary<string, string?>
        {
            [F.Name] = m.Name, [F.Field] = m.Field.ToString(), [F.NewRuralArea] = m.NewRuralArea ? "true" : "false",
            [F.StartDate] = m.StartDate.ToString("yyyy-MM-dd"), [F.Description] = m.Description, [F.Results] = m.Results,
            [F.Beneficiaries] = m.Beneficiaries.ToString(), [F.Status] = m.Status.ToString(),
        };

    public static void AddCards(Dictionary<string, Card> cards, string lang, Texts t, string unit)
    {
        cards[$"{lang}/model-form-new"] = Form(t, unit, null, null);
        cards[$"{lang}/model-form-filled"] = Form(t, unit, Forest, TestData.Version);
        cards[$"{lang}/model-form-errors"] = Form(t, unit, Longest, "", AllFieldErrors);
        cards[$"{lang}/model-form-conflict"] = Form(t, unit, Forest, TestData.Version, notice: t.Conflict("Nguyễn Thị Bình", "10:00 21/04/2024", "45/50 người, 2 buổi"));
        cards[$"{lang}/model-form-longest"] = Form(t, unit, Longest, TestData.Version);
        cards[$"{lang}/model-receipt"] = Receipt(t, Forest, unit);
        cards[$"{lang}/model-receipt-no-results"] = Receipt(t, Roads, unit);
        cards[$"{lang}/model-receipt-longest"] = Receipt(t, Longest, unit);
        cards[$"{lang}/model-list-empty"] = List(t, unit);
        cards[$"{lang}/model-list"] = List(t, unit, Forest, Roads, Reception);
        cards[$"{lang}/model-list-many-longest"] = List(t, unit, [.. Enumerable.Repeat(Longest, 75)]);
    }
}
