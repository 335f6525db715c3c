using System.Text.Json.Nodes;
using DanVan.Cards.Forms;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Roster;
using DanVan.Domain.Training;
using DanVan.Domain.Validation;
using F = DanVan.Domain.Training.TrainingFields;

namespace DanVan.Cards.Tests;

/// <summary>The real plan and roster, sample figures, and every card DanVan can send, by name.</summary>
internal static class TestData
{
    public static readonly Plan Plan = PlanFile.Load(Path.Combine(AppContext.BaseDirectory, "plans", "ke-hoach-2024.json"));
    public static readonly RosterSeed Roster = RosterFile.Load(Path.Combine(AppContext.BaseDirectory, "plans", "danh-sach-don-vi-mau.json"));
    public static readonly Texts Vi = Texts.Vietnamese;

    public const string Unit = "Chi cục Kiểm lâm";
    public const string Version = "W/\"datetime'2024-04-20T02%3A15%3A00.000Z'\"";

    public static readonly TrainingReport Report = new(50, 45, 2, new DateOnly(2024, 3, 5));

    public static readonly FieldError[] AllFieldErrors =
    [
        new(F.TotalStaff, ErrorCode.TooLarge, 2000),
        new(F.Trained, ErrorCode.TrainedExceedsTotal, 50),
        new(F.Sessions, ErrorCode.SessionsNeeded),
        new(F.LastSessionDate, ErrorCode.OutsidePlanYear, 2024),
    ];

    public static TrainingStanding Standing(TrainingReport r) => TrainingStanding.Of(r, Plan.Target(1));

    public static Card Receipt(Texts t, TrainingReport r, string unit = Unit) =>
        TrainingCards.Receipt(new ReceiptModel<TrainingReport>(t, Plan, unit, r, "09:15 20/04/2024", "Alex Wilber", new DateOnly(2024, 5, 10)), Standing(r));

    /// <summary>The form as the flow builds it: stored values as raw fields, or none.</summary>
    public static Card Form(Texts t, string unit, TrainingReport? values, string? version, IReadOnlyList<FieldError>? errors = null, string? notice = null) =>
        TrainingCards.Form(new FormModel(t, Plan, unit, Fields(values), version, errors ?? [], notice));

    public static IReadOnlyDictionary<string, string?> Fields(TrainingReport? r) => r is null
        ? new Dictionary<string, string?>()
        : new Dictionary<string, string?>
        {
            [F.TotalStaff] = r.TotalStaff.ToString(), [F.Trained] = r.Trained.ToString(), [F.Sessions] = r.Sessions.ToString(),
            [F.LastSessionDate] = r.LastSessionDate?.ToString("yyyy-MM-dd"),
        };

    /// <summary>
    /// The card catalogue: every card the bot builds, in both languages, for a unit called <paramref name="unit"/>,
    /// with representative data, error states, the longest accepted values and empty lists. Every entry is checked
    /// by the schema tests here and, through <see cref="CardCatalogueExport"/>, by Microsoft's Adaptive Cards parser
    /// (tools/checks/cards.test.mjs). A new card is one line here, or one AddCards line for a new feature's set.
    /// </summary>
    public static IReadOnlyDictionary<string, Card> AllCards(string unit = Unit)
    {
        var cards = new Dictionary<string, Card>();
        foreach (var (lang, t) in new[] { ("vi", Texts.Vietnamese), ("en", Texts.English) })
        {
            cards[$"{lang}/welcome"] = WelcomeCard.Build(t, Plan, "Alex Wilber", unit);
            cards[$"{lang}/welcome-office"] = WelcomeCard.Build(t, Plan, "Nguyễn Thị Bình", null);
            cards[$"{lang}/form-empty"] = Form(t, unit, null, null);
            cards[$"{lang}/form-filled"] = Form(t, unit, Report, Version);
            cards[$"{lang}/form-errors"] = Form(t, unit, Report, Version, AllFieldErrors);
            cards[$"{lang}/form-conflict"] = Form(t, unit, Report, Version, notice: t.Conflict("Nguyễn Thị Bình", "10:00 21/04/2024", "45/50 người, 2 buổi"));
            cards[$"{lang}/receipt"] = Receipt(t, Report, unit);
            cards[$"{lang}/receipt-no-date"] = Receipt(t, new TrainingReport(50, 0, 0, null), unit);
            cards[$"{lang}/message"] = MessageCard.Build(t.UnknownAction, TextStyle.Attention);
            cards[$"{lang}/message-unknown-user"] = MessageCard.Build(t.UnknownUser("Nguyễn Thị Phương Thảo", "Văn phòng Sở Nông nghiệp và PTNT"), TextStyle.Attention);
            cards[$"{lang}/message-unit-heads-only"] = MessageCard.Build(t.UnitHeadsOnly, TextStyle.Attention);
            cards[$"{lang}/message-error"] = MessageCard.Build(t.SomethingWentWrong, TextStyle.Attention);
            cards[$"{lang}/not-understood"] = SuggestionCard.Build(t, "báo cáo *quý* <b>", [(t.CommandButton(RouteNames.Report, "báo cáo"), "report.open"),
                (t.CommandButton(RouteNames.Deadlines, "hạn nộp"), DeadlinesCard.ShowVerb), (t.CommandButton(RouteNames.Help, "trợ giúp"), Verbs.Help)]);
            cards[$"{lang}/not-understood-nothing-close"] = SuggestionCard.Build(t, "?!", []);
            cards[$"{lang}/deadlines"] = DeadlinesCard.Build(t, Plan, new DateOnly(2024, 6, 15));
            UnitPlanTestData.AddCards(cards, lang, t, unit);
            ModelTestData.AddCards(cards, lang, t, unit);
            ReportTestData.AddCards(cards, lang, t, unit);
            ReminderTestData.AddCards(cards, lang, t, unit);
            NudgeTestData.AddCards(cards, lang, t, unit);
            StandingTestData.AddCards(cards, lang, t, unit);
            FinalResultTestData.AddCards(cards, lang, t, unit);
            OfficeTestData.AddCards(cards, lang, t, unit);
            FileTestData.AddCards(cards, lang, t, unit);
            ReviewTestData.AddCards(cards, lang, t, unit);
            OfficialReportTestData.AddCards(cards, lang, t, unit);
            YearTestData.AddCards(cards, lang, t, unit);
            HostileTextTestData.AddCards(cards, lang, t, unit);
        }
        return cards;
    }

    public static TheoryData<string> CardNames() => new(AllCards().Keys);
}

/// <summary>Reading card JSON the way a client would.</summary>
internal static class CardJson
{
    /// <summary>Every object in the card, depth first, in document order.</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Objects(p.Value))),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };

    public static IEnumerable<JsonObject> OfType(Card card, string prefix) =>
        Objects(card.ToJson()).Where(o => Type(o).StartsWith(prefix, StringComparison.Ordinal));

    public static string Type(JsonObject o) => o["type"]?.GetValue<string>() ?? "";

    public static JsonArray Body(Card card) => card.ToJson()["body"]!.AsArray();

    public static JsonObject Input(Card card, string id) => Assert.Single(OfType(card, "Input."), i => (string?)i["id"] == id);

    public static IEnumerable<string> TextBlocks(Card card) => OfType(card, "TextBlock").Select(b => (string)b["text"]!);

    public static IEnumerable<(string Title, string Value)> Facts(Card card) =>
        OfType(card, "FactSet").SelectMany(f => f["facts"]!.AsArray()).Select(f => ((string)f!["title"]!, (string)f["value"]!));
}
