using System.Text.Json;
using DanVan.Cards.Export;
using DanVan.Cards.Forms;
using DanVan.Cards.Json;
using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Progress;
using DanVan.Domain.Repositories;
using DanVan.Domain.Reviews;
using DanVan.Domain.Validation;

namespace DanVan.App.Forms;

/// <summary>What the standing and the history need of every item, whatever its value type.</summary>
public interface IItemSpec
{
    string Name { get; }
    string Title(Texts t);
    bool Owns(string item);
    IReadOnlyList<StandingLine> Standing(Texts t, Plan plan, UnitSubmissions unit, DateOnly today);

    /// <summary>Summarises a stored value (JSON, as <see cref="ISubmissionRepository"/> keeps it) for the history.</summary>
    string DescribeStored(Texts t, string json);

    /// <summary>The unit's stored value of this item, summarised (null: nothing stored): what Văn phòng Sở reviews.</summary>
    string? DescribeCurrent(Texts t, UnitSubmissions unit) => null;

    /// <summary>What the item counts for (its progress rows, report order, reminder item); null: it counts for nothing.</summary>
    ProgressItem? Progress => null;

    /// <summary>Its columns in the office's export and its own sheet; null: none.</summary>
    ExportPart? Export => null;
}

/// <summary>
/// One kind of item a unit head submits with a form (training figures, the unit's plan, a model, the results
/// report). <see cref="ItemFlow{T}"/> gives every item the same behaviour: validate everything server-side, refuse
/// stale edits, store once, answer with a receipt; a spec only says what is particular to its item.
/// </summary>
public abstract class ItemSpec<T> : IItemSpec where T : class
{
    private static readonly JsonSerializerOptions StoredJson = new(JsonSerializerDefaults.Web);

    /// <summary>Verb prefix ("training" → training.open/submit/refresh) and, for single items, the storage item.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// The storage item an action is about. Single items ignore the data; items kept as a list (models) read a
    /// record id from it, and return null when the id is malformed (the action is then refused).
    /// </summary>
    public virtual string? ItemKey(IReadOnlyDictionary<string, string?> data) => Name;

    /// <summary>The field ids of each step, for a form too long for one screen (its card shows one step at a time);
    /// null: one screen.</summary>
    public virtual IReadOnlyList<IReadOnlyList<string>>? Steps => null;

    /// <summary>What a unit head types to open this form (the first is the one shown); none: reached by buttons only.</summary>
    public virtual IReadOnlyList<string> Words => [];

    /// <summary>
    /// What the item counts for, declared by the domain beside its standing rule: its rows of the unit's progress
    /// (standing, rank, summary, export), its place in the office's reports, and what the reminders chase it by.
    /// </summary>
    public virtual ProgressItem? Progress => null;

    /// <summary>Its columns in the office's export (units sheet and CSV) and its own sheet.</summary>
    public virtual ExportPart? Export => null;

    /// <summary>Data a form or receipt must carry to name its record again (e.g. the model id).</summary>
    public virtual IReadOnlyDictionary<string, string> RecordData(string itemKey) => new Dictionary<string, string>();

    public abstract Validated<T> Validate(IReadOnlyDictionary<string, string?> fields, Plan plan, DateOnly today);

    /// <summary>The stored value as form fields, to prefill the form for editing.</summary>
    public abstract IReadOnlyDictionary<string, string?> ToFields(T value);

    /// <summary>The same in the reader's language, for fields people type numbers into ("92,5" for Vietnamese).</summary>
    public virtual IReadOnlyDictionary<string, string?> ToFields(T value, Texts t) => ToFields(value);

    public abstract Card Form(FormModel model, IReadOnlyDictionary<string, string> recordData);

    public abstract Card Receipt(ReceiptModel<T> model, IReadOnlyDictionary<string, string> recordData);

    /// <summary>The one-sentence standing on this item, posted to the chat after a save.</summary>
    public abstract string SavedText(Texts t, Plan plan, T value, DateOnly today);

    /// <summary>The same, for items whose sentence depends on the rest of the unit (e.g. how many models it has).</summary>
    public virtual string SavedText(Texts t, Plan plan, T value, UnitSubmissions unitNow, DateOnly today) => SavedText(t, plan, value, today);

    /// <summary>This item's rows in the unit's standing, from everything the unit has submitted (an item Văn phòng Sở
    /// returned counts as not sent, as in the rank).</summary>
    public virtual IReadOnlyList<StandingLine> Standing(Texts t, Plan plan, UnitSubmissions unit, DateOnly today)
    {
        var stored = unit.Get<T>(Name);
        var lines = StandingOf(t, plan, Reviewed.Value<T>(unit, Name), today);
        // The item's document, if one was sent, under the item's own (last) row: "Đã gửi tệp kế hoạch: …".
        return stored?.Files?.Current is { } file && lines.Count > 0
            ? [.. lines.SkipLast(1), lines[^1] with { Detail = lines[^1].Detail + "\n\n" + FileLine(t, file) }]
            : lines;
    }

    /// <summary>One sentence on a document: what it is (<paramref name="what"/>, or this item's kind), its name, size,
    /// when and by whom.</summary>
    public string FileLine(Texts t, Domain.Files.StoredFile file, string? what = null) =>
        t.FileSentLine(what ?? Name switch
            {
                SubmissionItems.UnitPlan => t.FileWhatPlan,
                SubmissionItems.Report => t.FileWhatReport,
                _ => t.FileWhatEvidence,
            }, file.Name, t.FileSize(file.Size), t.DateTime(Domain.Time.DepartmentClock.ToLocal(file.UploadedAt)), file.ByUserName);

    /// <summary>A short, human summary of a value, for the history ("lịch sử").</summary>
    public abstract string Describe(Texts t, T value);

    public bool Owns(string item) => item == Name || item.StartsWith(Name + "|", StringComparison.Ordinal);

    public string DescribeStored(Texts t, string json) =>
        JsonSerializer.Deserialize<T>(json, StoredJson) is { } value ? Describe(t, value) : "—";

    public string? DescribeCurrent(Texts t, UnitSubmissions unit) => unit.Get<T>(Name) is { } v ? Describe(t, v.Value) : null;

    public abstract string Title(Texts t);

    /// <summary>The rows for a single item, <paramref name="value"/> null when nothing was submitted yet.</summary>
    protected abstract IReadOnlyList<StandingLine> StandingOf(Texts t, Plan plan, T? value, DateOnly today);
}
