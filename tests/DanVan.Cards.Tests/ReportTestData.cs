using DanVan.Cards.Forms;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Reports;
using DanVan.Domain.Validation;
using F = DanVan.Domain.Reports.ReportFields;

namespace DanVan.Cards.Tests;

/// <summary>Sample results reports (targets 3–5) and their cards, for <see cref="TestData.AllCards"/> and the report card tests.</summary>
internal static class ReportTestData
{
    public static readonly DateOnly Today = new(2024, 10, 20);

    /// <summary>On time, everything done but the suggestion box, 18/20 reform tasks, rated Tốt.</summary>
    public static readonly ResultsReport OnTime = new(true, true, true, true, true, false, 18, 20, 92.5m, 4, 12, 10,
        SelfRating.Good, "25/BC-CCKL", new DateOnly(2024, 10, 10), "https://snnptnt.tayninh.gov.vn/van-ban/25-bc-cckl.pdf");

    public static readonly ResultsReport LateAndShort = new(true, false, true, true, false, true, 7, 10, 85m, 0, 0, 0,
        SelfRating.Fair, "31/BC-CCKL", new DateOnly(2024, 10, 18), null);

    public static readonly ResultsReport AllDone = OnTime with { FeedbackChannel = true, ReformTasksDone = 20, Rating = SelfRating.Excellent };

    /// <summary>The longest values the server accepts, in Vietnamese (multi-byte) letters.</summary>
    public static readonly ResultsReport Longest = new(false, false, false, false, false, false, 9_999, ReportValidator.MaxCount, 99.9m,
        ReportValidator.MaxCount, ReportValidator.MaxCount, 9_999, SelfRating.Average,
        "1234/BC-" + new string('Đ', ReportValidator.MaxNumberLength - 8), new DateOnly(2024, 10, 15),
        "https://snnptnt.tayninh.gov.vn/" + new string('ư', ReportValidator.MaxLinkLength - 31));

    public static readonly FieldError[] AllFieldErrors =
    [
        new(F.HeadDialogue, ErrorCode.NotAChoice),
        new(F.ReformTasksTotal, ErrorCode.MustBePositive),
        new(F.ReformTasksDone, ErrorCode.ExceedsRelated, 20),
        new(F.Satisfaction, ErrorCode.NotAPercent),
        new(F.CitizenDialogues, ErrorCode.Negative),
        new(F.PetitionsReceived, ErrorCode.TooLarge, ReportValidator.MaxCount),
        new(F.PetitionsResolved, ErrorCode.ExceedsRelated, 12),
        new(F.Rating, ErrorCode.NotAChoice),
        new(F.ReportNumber, ErrorCode.NotADocumentNumber),
        new(F.ReportDate, ErrorCode.InFuture),
        new(F.Link, ErrorCode.NotALink),
    ];

    public static ReportStanding Standing(ResultsReport? r, DateOnly? today = null) => ReportStanding.Of(r, TestData.Plan, today ?? Today);

    public static Card Receipt(Texts t, ResultsReport r, string unit = TestData.Unit) =>
        ReportCards.Receipt(new ReceiptModel<ResultsReport>(t, TestData.Plan, unit, r, "09:15 20/10/2024", "Alex Wilber", Today), Standing(r));

    /// <param name="step">The step (1-based) the card is asked for, as a "Tiếp"/"Quay lại" button sends it; null: the first.</param>
    public static Card Form(Texts t, string unit, ResultsReport? values, string? version, IReadOnlyList<FieldError>? errors = null, string? notice = null,
        int? step = null)
    {
        var fields = values is null ? new Dictionary<string, string?>() : new Dictionary<string, string?>(ReportCards.Fields(values));
        if (step is { } s) fields[Verbs.Step] = s.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ReportCards.Form(new FormModel(t, TestData.Plan, unit, fields, version, errors ?? [], notice));
    }

    /// <summary>Every step of the form, in order.</summary>
    public static IReadOnlyList<Card> AllSteps(Texts t, ResultsReport? values, string? version = null) =>
        [.. Enumerable.Range(1, ReportCards.Steps.Count).Select(s => Form(t, TestData.Unit, values, version, step: s))];

    public static void AddCards(Dictionary<string, Card> cards, string lang, Texts t, string unit)
    {
        cards[$"{lang}/report/form-empty"] = Form(t, unit, null, null);
        cards[$"{lang}/report/form-filled"] = Form(t, unit, OnTime, TestData.Version);
        for (var step = 2; step <= ReportCards.Steps.Count; step++)
        {
            cards[$"{lang}/report/form-step-{step}"] = Form(t, unit, OnTime, TestData.Version, step: step);
            cards[$"{lang}/report/form-longest-step-{step}"] = Form(t, unit, Longest, TestData.Version, step: step);
        }
        cards[$"{lang}/report/form-longest"] = Form(t, unit, Longest, TestData.Version);
        cards[$"{lang}/report/form-errors"] = Form(t, unit, Longest, TestData.Version, AllFieldErrors);
        cards[$"{lang}/report/form-conflict"] = Form(t, unit, OnTime, TestData.Version, notice: t.Conflict("Nguyễn Thị Bình", "10:00 21/10/2024", "45/50 người, 2 buổi"));
        cards[$"{lang}/report/receipt"] = Receipt(t, OnTime, unit);
        cards[$"{lang}/report/receipt-late"] = Receipt(t, LateAndShort, unit);
        cards[$"{lang}/report/receipt-longest"] = Receipt(t, Longest, unit);
    }
}
