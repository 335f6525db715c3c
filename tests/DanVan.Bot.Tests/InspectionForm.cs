using System.Globalization;
using DanVan.App.Forms;
using DanVan.Cards.Export;
using DanVan.Cards.Forms;
using DanVan.Cards.Json;
using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Progress;
using DanVan.Domain.Reminders;
using DanVan.Domain.Repositories;
using DanVan.Domain.Validation;

namespace DanVan.Bot.Tests;

/// <summary>A test-only form's value: how many on-site inspections the unit made.</summary>
public sealed record Inspection(int Visits);

/// <summary>
/// A fifth form that exists only in this test assembly, declared in this one file and registered with
/// <c>AddDanVanForm</c>: <see cref="FormModuleTests"/> checks that the summary, the export and the reminders take it
/// up from its declaration alone. Its texts are written here instead of in Cards/Text, as a test's own.
/// </summary>
public sealed class InspectionSpec : ItemSpec<Inspection>
{
    public const string Item = "inspection";
    public const string DeadlineId = "test-inspection";
    public const string Visits = "visits";

    public override string Name => Item;

    public override IReadOnlyList<string> Words => ["kiểm tra cơ sở"];

    /// <summary>One row of its own (no target number): met once the unit reported a visit; chased by its deadline,
    /// worded as the results report's reminders (a test form has no reminder texts of its own).</summary>
    public override ProgressItem Progress { get; } = new(Item, 50,
        (_, unit, _) => [new TargetProgress(null, unit.Get<Inspection>(Item)?.Value is { Visits: > 0 } ? ProgressStatus.Met : ProgressStatus.Missing,
            unit.Get<Inspection>(Item) is null ? 0m : 1m)],
        new ReminderItem(DeadlineId, Item, (_, unit, _) => unit.Get<Inspection>(Item) is null) { Wording = SubmissionItems.Report });

    /// <summary>One column among the figures: the number of visits.</summary>
    public override ExportPart Export { get; } = new([new UnitColumn(ColumnPlace.Figures, _ => "Số lần kiểm tra",
        (_, u) => Cell.Of(u.Data.Get<Inspection>(Item)?.Value.Visits))]);

    public override Validated<Inspection> Validate(IReadOnlyDictionary<string, string?> fields, Plan plan, DateOnly today) =>
        int.TryParse(fields.GetValueOrDefault(Visits), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? Validated<Inspection>.Ok(new Inspection(n))
            : Validated<Inspection>.Fail([new FieldError(Visits, ErrorCode.NotAWholeNumber)]);

    public override IReadOnlyDictionary<string, string?> ToFields(Inspection value) =>
        new Dictionary<string, string?> { [Visits] = value.Visits.ToString(CultureInfo.InvariantCulture) };

    public override Card Form(FormModel model, IReadOnlyDictionary<string, string> recordData) => Cards.MessageCard.Build("Kiểm tra cơ sở");

    public override Card Receipt(ReceiptModel<Inspection> model, IReadOnlyDictionary<string, string> recordData) =>
        Cards.MessageCard.Build($"Đã lưu {model.Value.Visits} lần kiểm tra.");

    public override string SavedText(Texts t, Plan plan, Inspection value, DateOnly today) => $"Đã lưu {value.Visits} lần kiểm tra.";

    public override string Describe(Texts t, Inspection value) => $"{value.Visits} lần kiểm tra";

    public override string Title(Texts t) => "Kiểm tra cơ sở";

    protected override IReadOnlyList<StandingLine> StandingOf(Texts t, Plan plan, Inspection? value, DateOnly today) => [];
}
