using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;
using DanVan.Domain.Training;

namespace DanVan.App.Tests;

/// <summary>
/// In-memory stand-ins for storage (the real repositories have their own Azurite tests) and the people, plan and
/// clock every App test uses. One <see cref="World"/> per test.
/// </summary>
internal sealed class World
{
    public static readonly Plan Plan = PlanFile.Load(Path.Combine(AppContext.BaseDirectory, "plans", "ke-hoach-2024.json"));

    public static readonly Unit Cckl = new("CCKL", "Chi cục Kiểm lâm");
    public static readonly Unit Closed = new("CU", "Phòng đã giải thể", Active: false);

    public const string HeadAad = "00000000-0000-0000-0000-000000000020";
    public static readonly Member Head = new(HeadAad, "alexw@example.com", "Alex Wilber", Role.UnitHead, Cckl.Id);
    public static readonly Member Deputy = new(null, "binh@example.com", "Nguyễn Thị Bình", Role.UnitHead, Cckl.Id);
    public static readonly Member Office = new(null, "vanphong@example.com", "Văn phòng Sở (mẫu)", Role.Office, null);
    public static readonly Member FormerHead = new("aad-former", null, "Trần Văn Cũ", Role.UnitHead, Closed.Id);

    /// <summary>10:00 on 15/06/2024 in Vietnam.</summary>
    public static readonly DateTimeOffset Start = DateTimeOffset.Parse("2024-06-15T03:00:00Z");

    public static readonly SubmissionKey TrainingKey = new(Plan.Id, Cckl.Id, SubmissionItems.Training);

    public FakeRoster Roster { get; } = new([Cckl, Closed], [Head, Deputy, Office, FormerHead]);
    public FakeSubmissions Submissions { get; } = new();
    public FakeConversations Conversations { get; } = new();
    public SettableTime Time { get; } = new(Start);
    public TrainingFlow Training { get; }
    public ConversationService Service { get; }

    public World()
    {
        var clock = new DepartmentClock(Time);
        Training = new TrainingFlow(Plan, Submissions, clock);
        Service = new ConversationService(Plan, new IdentityResolver(Roster), Conversations, Training, clock, Language.Default, new DanVanOptions());
    }

    public static Identity HeadIdentity => new(Head, Cckl);

    /// <summary>A Teams caller; <paramref name="upn"/> is what the channel would answer when asked for it.</summary>
    public static Caller Caller(string? aad, string? upn = null, string locale = "vi-VN", string? name = null,
        string conversation = "a:conv-1", string? reference = "{\"ref\":1}") =>
        new("29:" + (aad ?? upn ?? "x"), conversation, aad, name ?? "Teams user", locale, reference,
            upn is null ? null : _ => Task.FromResult<string?>(upn));

    public static Caller HeadCaller(string locale = "vi-VN") => Caller(HeadAad, locale: locale);
    public static Caller OfficeCaller => Caller("aad-not-on-roster", "vanphong@example.com");
    public static Caller Stranger => Caller("aad-stranger", name: "Khách");

    /// <summary>Training form data as a card sends it; defaults are a valid 50/45/2 report.</summary>
    public static Dictionary<string, string?> Form(string? total = "50", string? trained = "45", string? sessions = "2",
        string? date = "2024-03-15", string? baseVersion = "") => new()
    {
        [TrainingFields.TotalStaff] = total, [TrainingFields.Trained] = trained, [TrainingFields.Sessions] = sessions,
        [TrainingFields.LastSessionDate] = date, [Cards.Verbs.BaseVersion] = baseVersion,
    };

    /// <summary>Someone else (the deputy) saving the unit's figures directly.</summary>
    public Versioned<TrainingReport> DeputySaves(TrainingReport report) =>
        Submissions.Put(TrainingKey, report, new Stamp(Deputy.Key, Deputy.DisplayName, DateTimeOffset.Parse("2024-06-14T01:30:00Z")));
}

internal sealed class SettableTime(DateTimeOffset utcNow) : TimeProvider
{
    public DateTimeOffset UtcNow { get; set; } = utcNow;
    public override DateTimeOffset GetUtcNow() => UtcNow;
}

/// <summary>Members are found under each of their keys (aad: and upn:), as in table storage.</summary>
internal sealed class FakeRoster(IEnumerable<Unit> units, IEnumerable<Member> members) : IRosterRepository
{
    private readonly Dictionary<string, Unit> _units = units.ToDictionary(u => u.Id);
    private readonly Dictionary<string, Member> _members = members
        .SelectMany(m => new[] { m.AadObjectId is null ? null : UserKeys.For(m.AadObjectId, null), m.Upn is null ? null : UserKeys.For(null, m.Upn) }
            .OfType<string>().Select(k => KeyValuePair.Create(k, m)))
        .ToDictionary();

    public List<string> MemberLookups { get; } = [];

    public Task<Member?> FindMemberAsync(string userKey, CancellationToken ct)
    {
        MemberLookups.Add(userKey);
        return Task.FromResult(_members.GetValueOrDefault(userKey));
    }

    public Task<Unit?> FindUnitAsync(string unitId, CancellationToken ct) => Task.FromResult(_units.GetValueOrDefault(unitId));
    public Task<IReadOnlyList<Unit>> ListUnitsAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<Unit>>([.. _units.Values]);
    public Task<int> SeedAsync(RosterSeed seed, CancellationToken ct) => throw new NotSupportedException();
}

/// <summary>Optimistic concurrency like the real store: a save must name the version it read, or it throws.</summary>
internal sealed class FakeSubmissions : ISubmissionRepository
{
    private readonly Dictionary<SubmissionKey, object> _rows = [];
    private int _versions;

    /// <summary>Successful <see cref="SaveAsync{T}"/> calls (direct <see cref="Put{T}"/>s not counted).</summary>
    public int Saves { get; private set; }

    /// <summary>Runs once at the start of the next save: another editor getting in first, or a storage failure.</summary>
    public Action? BeforeNextSave { get; set; }

    public Task<Versioned<T>?> GetAsync<T>(SubmissionKey key, CancellationToken ct) where T : class =>
        Task.FromResult(_rows.GetValueOrDefault(key) as Versioned<T>);

    public Task<Versioned<T>> SaveAsync<T>(SubmissionKey key, T value, Versioned<T>? previous, Stamp stamp, CancellationToken ct) where T : class
    {
        var hook = BeforeNextSave;
        BeforeNextSave = null;
        hook?.Invoke();
        if ((_rows.GetValueOrDefault(key) as Versioned<T>)?.Version != previous?.Version)
            throw new ConcurrencyConflictException($"{key} changed since it was read.");
        Saves++;
        return Task.FromResult(Put(key, value, stamp));
    }

    public Versioned<T> Put<T>(SubmissionKey key, T value, Stamp stamp) where T : class
    {
        var stored = new Versioned<T>(value, $"v{++_versions}", stamp);
        _rows[key] = stored;
        return stored;
    }

    public Task<IReadOnlyList<UnitValue<T>>> ListAsync<T>(string planId, string item, CancellationToken ct) where T : class =>
        Task.FromResult<IReadOnlyList<UnitValue<T>>>([.. _rows
            .Where(r => r.Key.PlanId == planId && r.Key.Item == item && r.Value is Versioned<T>)
            .Select(r => new UnitValue<T>(r.Key.UnitId, (Versioned<T>)r.Value))]);

    public Task<IReadOnlyList<AuditEntry>> HistoryAsync(string planId, string unitId, int max, CancellationToken ct) =>
        throw new NotSupportedException();
}

internal sealed class FakeConversations : IConversationRepository
{
    public List<ConversationRecord> Saved { get; } = [];

    public Task<ConversationRecord?> GetAsync(string userKey, CancellationToken ct) =>
        Task.FromResult(Saved.LastOrDefault(r => r.UserKey == userKey));

    public Task SaveAsync(ConversationRecord record, CancellationToken ct)
    {
        Saved.Add(record);
        return Task.CompletedTask;
    }
}

/// <summary>Reading the typed cards the use cases return.</summary>
internal static class CardReading
{
    public static IEnumerable<string> Texts(this Cards.Json.Card card) => Elements(card.Body).OfType<Cards.Json.TextBlock>().Select(b => b.Text);

    public static bool IsTrainingForm(this Cards.Json.Card card) => card.Actions.Any(a => a.Verb == Cards.Verbs.SubmitTraining);

    public static bool IsReceipt(this Cards.Json.Card card) =>
        card.Texts().FirstOrDefault() == Cards.Text.Texts.Vietnamese.TrainingReceiptTitle && card.Actions.Single().Verb == Cards.Verbs.OpenTraining;

    public static int? NumberValue(this Cards.Json.Card card, string id) =>
        Elements(card.Body).OfType<Cards.Json.NumberInput>().Single(i => i.Id == id).Value;

    public static string? BaseVersion(this Cards.Json.Card card) =>
        card.Actions.Single(a => a.Verb == Cards.Verbs.SubmitTraining).Data?[Cards.Verbs.BaseVersion];

    private static IEnumerable<Cards.Json.Element> Elements(IEnumerable<Cards.Json.Element> elements) =>
        elements.SelectMany(e => e is Cards.Json.Container c ? Elements(c.Items).Prepend(e) : [e]);
}
