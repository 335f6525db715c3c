using System.Text.Json;
using DanVan.App.Access;
using DanVan.App.Conversations;
using DanVan.App.Department;
using DanVan.App.Export;
using DanVan.App.Forms;
using DanVan.App.Models;
using DanVan.App.Roster;
using DanVan.App.Reports;
using DanVan.App.Routing;
using DanVan.App.UnitPlans;
using DanVan.Domain.Models;
using DanVan.Domain.Reports;
using DanVan.Domain.UnitPlans;
using DanVan.App.History;
using DanVan.App.Standing;
using DanVan.App.Training;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;
using DanVan.Domain.Training;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DanVan.App.Tests;

/// <summary>
/// In-memory stand-ins for storage (the real repositories have their own Azurite tests) and the people, plan and
/// clock every App test uses. One <see cref="World"/> per test; the use cases are the real ones, wired as the host
/// wires them.
/// </summary>
internal sealed class World
{
    public static readonly Plan Plan = PlanFile.Load(Path.Combine(AppContext.BaseDirectory, "plans", "ke-hoach-2024.json"));

    public static readonly Unit Cckl = new("CCKL", "Chi cục Kiểm lâm");
    public static readonly Unit Ttkn = new("TTKN", "Trung tâm Khuyến nông");
    public static readonly Unit Cctl = new("CCTL", "Chi cục Thủy lợi");
    public static readonly Unit Closed = new("CU", "Phòng đã giải thể", Active: false);

    public const string HeadAad = "00000000-0000-0000-0000-000000000020";
    public static readonly Member Head = new(HeadAad, "alexw@example.com", "Alex Wilber", Role.UnitHead, Cckl.Id);
    public static readonly Member Deputy = new(null, "binh@example.com", "Nguyễn Thị Bình", Role.UnitHead, Cckl.Id);
    public static readonly Member Office = new(null, "vanphong@example.com", "Văn phòng Sở (mẫu)", Role.Office, null);
    public static readonly Member FormerHead = new("aad-former", null, "Trần Văn Cũ", Role.UnitHead, Closed.Id);
    public static readonly Member TtknHead = new("aad-ttkn", null, "Lê Văn Nông", Role.UnitHead, Ttkn.Id);
    public static readonly Member Leader = new("aad-leader", null, "Lãnh đạo Sở (mẫu)", Role.Leader, null);
    public static readonly Member CctlHead = new("aad-cctl", null, "Phạm Thị Thủy", Role.UnitHead, Cctl.Id);

    /// <summary>10:00 on 15/06/2024 in Vietnam.</summary>
    public static readonly DateTimeOffset Start = DateTimeOffset.Parse("2024-06-15T03:00:00Z");

    /// <summary>08:30 on 14/06/2024 in Vietnam: when the deputy saves, in tests that need someone else's save.</summary>
    public static readonly DateTimeOffset DeputyTime = DateTimeOffset.Parse("2024-06-14T01:30:00Z");

    public static readonly SubmissionKey TrainingKey = Key(Cckl);

    public FakeRoster Roster { get; } = new([Cckl, Ttkn, Cctl, Closed], [Head, Deputy, Office, FormerHead, TtknHead, CctlHead, Leader]);
    public FakeRosterEditor Editor { get; }
    public FakeSubmissions Submissions { get; } = new();
    public FakeConversations Conversations { get; } = new();
    public FakePersonalChat PersonalChat { get; } = new();
    public SettableTime Time { get; } = new(Start);
    public DepartmentClock Clock { get; }
    public TrainingSpec TrainingSpec { get; }
    public StandingService Standing { get; }
    public HistoryService History { get; }
    public ItemFlow<TrainingReport> Training { get; }
    public RouteTable Routes { get; }
    public ConversationService Service { get; }

    /// <param name="options">Rate limits and contact; the default allows far more turns than any test makes.</param>
    public World(IModelList? models = null, DanVan.App.Reminders.IReminderCommands? reminders = null, DanVanOptions? options = null)
    {
        Editor = new FakeRosterEditor(Roster);
        // The host's own registration of the use cases; only what lives outside App is a stand-in here. Caches
        // with no lifetime pass every read through to the fakes, so a test sees each store at once.
        var services = Outside(reminders, options).AddDanVanApp();
        if (models is not null) services.AddSingleton(models);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Clock = Services.GetRequiredService<DepartmentClock>();
        TrainingSpec = Services.GetServices<IItemSpec>().OfType<TrainingSpec>().Single();
        Standing = Services.GetRequiredService<StandingService>();
        History = Services.GetRequiredService<HistoryService>();
        Training = Services.GetServices<IItemFlow>().OfType<ItemFlow<TrainingReport>>().Single();
        Routes = Services.GetRequiredService<RouteTable>();
        Service = Services.GetRequiredService<ConversationService>();
    }

    /// <summary>What lives outside App, as the World provides it: the parts <see cref="AppRegistration.AddDanVanApp"/> requires.</summary>
    public static IEnumerable<ServiceDescriptor> OutsideParts(World world) => world.Outside(null, null);

    private ServiceCollection Outside(DanVan.App.Reminders.IReminderCommands? reminders, DanVanOptions? options)
    {
        var services = new ServiceCollection();
        services.AddSingleton(Plan)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton(options ?? new DanVanOptions { TurnBurst = 10_000 })
            .AddSingleton(new AppStorage(Roster, Editor, Submissions, Conversations, TimeSpan.Zero, TimeSpan.Zero))
            .AddSingleton<IPersonalChat>(PersonalChat)
            .AddSingleton(reminders ?? new NoReminders())
            .AddSingleton<DanVan.App.Reminders.INudges>(new NoNudges())
            .AddSingleton(new ExportTokens(new byte[32]))
            .AddSingleton(new ExportOptions(TimeSpan.FromMinutes(15)))
            .AddSingleton<IPublicBaseUrl>(new FixedBaseUrl())
            // Files are exercised over HTTP (DanVan.Bot.Tests.FileTests, real Blob Storage); here they only complete the table.
            .AddSingleton<IFileStore>(new MemoryFiles())
            .AddSingleton<DanVan.App.Files.IFileDownloader>(new NoDownloads())
            .AddSingleton(new DanVan.App.Files.FileTokens(new byte[32]))
            .AddSingleton(new DanVan.App.Files.FileIntakeOptions(20 << 20, ["sharepoint.com"], false, TimeSpan.FromHours(1)))
            .AddSingleton<DanVan.App.Reviews.IReviewNotifier>(new NoReviewNotices())
            .AddSingleton<DanVan.App.OfficialReports.IFileUpload>(new NoUpload())
            .AddSingleton(new DanVan.App.OfficialReports.UploadPolicy(false))
            .AddSingleton<IPlanStore>(new MemoryPlans())
            .AddSingleton(new DanVan.App.Years.PlanFolder(Path.Combine(AppContext.BaseDirectory, "plans")))
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        return services;
    }

    /// <summary>The use cases as the registration built them, for tests that need one more (e.g. the export).</summary>
    public ServiceProvider Services { get; }

    public static SubmissionKey Key(Unit unit, string item = SubmissionItems.Training) => new(Plan.Id, unit.Id, item);

    public static Identity HeadIdentity => new(Head, Cckl);

    /// <summary>The unit head acting, as ConversationService hands them to a flow.</summary>
    public static Actor HeadActor(Texts? t = null) => new(HeadIdentity, t ?? Texts.Vietnamese, HeadCaller().ChannelUserId);

    public static Actor ActorFor(Member head, Unit unit, Texts? t = null) => new(new Identity(head, unit), t ?? Texts.Vietnamese, "29:" + head.AadObjectId);

    /// <summary>A Teams caller; <paramref name="upn"/> is what the channel would answer when asked for it.</summary>
    public static Caller Caller(string? aad, string? upn = null, string locale = "vi-VN", string? name = null,
        string conversation = "a:conv-1", string? reference = "{\"ref\":1}") =>
        new("29:" + (aad ?? upn ?? "x"), conversation, aad, name ?? "Teams user", locale, reference,
            upn is null ? null : _ => Task.FromResult<string?>(upn));

    public static Caller HeadCaller(string locale = "vi-VN") => Caller(HeadAad, locale: locale);
    public static Caller OfficeCaller => Caller("aad-not-on-roster", "vanphong@example.com");
    public static Caller LeaderCaller => Caller(Leader.AadObjectId);
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
        Submissions.Put(TrainingKey, report, new Stamp(Deputy.Key, Deputy.DisplayName, DeputyTime));

    /// <summary>A unit's figures stored directly (with its audit entry, as every save has).</summary>
    public Versioned<TrainingReport> Trains(Unit unit, int total, int trained, Member? by = null, DateTimeOffset? at = null)
    {
        var who = by ?? Head;
        return Submissions.Put(Key(unit), new TrainingReport(total, trained, trained > 0 ? 1 : 0, trained > 0 ? new DateOnly(2024, 3, 15) : null),
            new Stamp(who.Key, who.DisplayName, at ?? Start));
    }
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
    public Task<IReadOnlyList<Member>> ListMembersAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<Member>>([.. _members.Values.Distinct()]);
    public Task<int> SeedAsync(RosterSeed seed, CancellationToken ct) => throw new NotSupportedException();
}

/// <summary>
/// Behaves like the Table Storage repository: values are kept as web-default JSON (so whatever does not survive a
/// JSON round trip is caught here too), a save must name the version it read or it throws, and every save writes
/// its audit entry (before → after as JSON) together with the value. One partition per plan and unit.
/// </summary>
/// <summary>Blobs in a dictionary, never replaced, as the real store behaves.</summary>
internal sealed class MemoryFiles : IFileStore
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _blobs = new();

    public Task<string> PutAsync(FileSlot slot, string sha256, string extension, byte[] content, string contentType, CancellationToken ct)
    {
        var name = $"{slot.PlanId}/{slot.UnitId}/{slot.Item}/{Guid.NewGuid():N}.{extension}";
        if (!_blobs.TryAdd(name, content)) throw new InvalidOperationException("Blob exists.");
        return Task.FromResult(name);
    }

    public Task<byte[]?> ReadAsync(string blob, CancellationToken ct) => Task.FromResult(_blobs.GetValueOrDefault(blob));

    public Task DeleteAsync(string blob, CancellationToken ct)
    {
        _blobs.TryRemove(blob, out _);
        return Task.CompletedTask;
    }
}

/// <summary>Teams' file host is not here: every download fails, as one from an unreachable host would.</summary>
internal sealed class NoDownloads : DanVan.App.Files.IFileDownloader
{
    public Task<DanVan.App.Files.DownloadResult> DownloadAsync(Uri url, long maxBytes, CancellationToken ct) =>
        Task.FromResult(new DanVan.App.Files.DownloadResult(null, DanVan.App.Files.DownloadProblem.Failed));
}

internal sealed class FakeSubmissions : ISubmissionRepository
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Row(string Json, string Version, Stamp Stamp, DanVan.Domain.Files.ItemFiles? Files = null);

    private readonly Dictionary<SubmissionKey, Row> _rows = [];
    private readonly List<AuditEntry> _audit = [];
    private int _versions;

    /// <summary>Successful <see cref="SaveAsync{T}"/> calls (direct <see cref="Put{T}"/>s not counted).</summary>
    public int Saves { get; private set; }

    /// <summary>Runs once at the start of the next save: another editor getting in first, or a storage failure.</summary>
    public Action? BeforeNextSave { get; set; }

    public Task<Versioned<T>?> GetAsync<T>(SubmissionKey key, CancellationToken ct) where T : class =>
        Task.FromResult(_rows.TryGetValue(key, out var row) ? Decode<T>(row) : null);

    public Task<Versioned<T>> SaveAsync<T>(SubmissionKey key, T value, Versioned<T>? previous, Stamp stamp, CancellationToken ct) where T : class
    {
        var hook = BeforeNextSave;
        BeforeNextSave = null;
        hook?.Invoke();
        if (_rows.GetValueOrDefault(key)?.Version != previous?.Version)
            throw new ConcurrencyConflictException($"{key} changed since it was read.");
        Saves++;
        return Task.FromResult(Write(key, value, previous is null ? null : JsonSerializer.Serialize(previous.Value, Json), stamp));
    }

    /// <summary>Someone else's save, straight into the store (with its audit entry, as every save has).</summary>
    public Versioned<T> Put<T>(SubmissionKey key, T value, Stamp stamp) where T : class =>
        Write(key, value, _rows.GetValueOrDefault(key)?.Json, stamp);

    private Versioned<T> Write<T>(SubmissionKey key, T value, string? before, Stamp stamp) where T : class
    {
        var row = new Row(JsonSerializer.Serialize(value, Json), $"v{++_versions}", stamp, _rows.GetValueOrDefault(key)?.Files);
        _rows[key] = row;
        _audit.Add(new AuditEntry(key.PlanId, key.UnitId, key.Item, stamp, before, row.Json));
        return Decode<T>(row);
    }

    public Task<Versioned<T>> AttachFileAsync<T>(SubmissionKey key, Versioned<T> current, DanVan.Domain.Files.ItemFiles files, Stamp stamp,
        CancellationToken ct) where T : class
    {
        if (_rows.GetValueOrDefault(key) is not { } row || row.Version != current.Version)
            throw new ConcurrencyConflictException($"{key} changed since it was read.");
        var updated = new Row(row.Json, $"v{++_versions}", stamp, files);
        _rows[key] = updated;
        _audit.Add(new AuditEntry(key.PlanId, key.UnitId, key.Item, stamp, row.Json, row.Json) { File = files.Current });
        return Task.FromResult(Decode<T>(updated));
    }

    public Task<UnitSubmissions> LoadUnitAsync(string planId, string unitId, CancellationToken ct) =>
        Task.FromResult<UnitSubmissions>(new Loaded(unitId, Rows(planId, unitId)));

    /// <summary>Like the range query: only units that have stored something appear.</summary>
    public Task<IReadOnlyList<UnitSubmissions>> LoadPlanAsync(string planId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<UnitSubmissions>>([.. _rows.Keys
            .Where(k => k.PlanId == planId).Select(k => k.UnitId).Distinct()
            .Select(unit => new Loaded(unit, Rows(planId, unit)))]);

    /// <summary>Newest first (the real store orders same-tick changes by a random suffix; here the later write comes first).</summary>
    public Task<IReadOnlyList<AuditEntry>> HistoryAsync(string planId, string unitId, int max, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([.. _audit
            .Where(e => e.PlanId == planId && e.UnitId == unitId)
            .Select((e, i) => (e, i)).OrderByDescending(x => x.e.Stamp.At).ThenByDescending(x => x.i).Select(x => x.e)
            .Take(max)]);

    /// <summary>A snapshot, as a query's result is: later saves do not change what was loaded.</summary>
    private Dictionary<string, Row> Rows(string planId, string unitId) =>
        _rows.Where(r => r.Key.PlanId == planId && r.Key.UnitId == unitId).ToDictionary(r => r.Key.Item, r => r.Value);

    private static Versioned<T> Decode<T>(Row row) where T : class =>
        new(JsonSerializer.Deserialize<T>(row.Json, Json) ?? throw new InvalidDataException("Empty data."), row.Version, row.Stamp) { Files = row.Files };

    private sealed class Loaded(string unitId, Dictionary<string, Row> rows) : UnitSubmissions(unitId)
    {
        public override Versioned<T>? Get<T>(string item) where T : class =>
            rows.TryGetValue(item, out var row) ? Decode<T>(row) : null;

        public override IReadOnlyList<(string Item, Versioned<T> Value)> GetAll<T>(string itemPrefix) where T : class =>
            [.. rows.Where(r => r.Key.StartsWith(itemPrefix, StringComparison.Ordinal)).OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => (r.Key, Decode<T>(r.Value)))];
    }
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

    /// <summary>Appends the inactive version, so <see cref="Saved"/> stays the history of what was stored.</summary>
    public Task<bool> MarkInactiveAsync(string userKey, string reason, DateTimeOffset at, string? ifVersion, CancellationToken ct)
    {
        if (Saved.LastOrDefault(r => r.UserKey == userKey) is not { } last) return Task.FromResult(false);
        Saved.Add(last with { Active = false, InactiveReason = reason, InactiveSince = at });
        return Task.FromResult(true);
    }

    public Task<bool> DeleteAsync(string userKey, string? ifVersion, CancellationToken ct) =>
        Task.FromResult(Saved.RemoveAll(r => r.UserKey == userKey) > 0);

    public Task<IReadOnlyList<ConversationRecord>> ListActiveAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ConversationRecord>>(
            [.. Saved.GroupBy(r => r.UserKey).Select(g => g.Last()).Where(r => r.Active)]);

    public List<SharedChatRecord> Shared { get; } = [];

    public Task<SharedChatRecord?> GetSharedAsync(string key, CancellationToken ct) => Task.FromResult(Shared.LastOrDefault(r => r.Key == key));

    public Task SaveSharedAsync(SharedChatRecord record, CancellationToken ct)
    {
        Shared.Add(record);
        return Task.CompletedTask;
    }

    public Task<bool> MarkSharedInactiveAsync(string key, string reason, DateTimeOffset at, CancellationToken ct)
    {
        if (Shared.LastOrDefault(r => r.Key == key) is not { } last) return Task.FromResult(false);
        Shared.Add(last with { Active = false, InactiveReason = reason, InactiveSince = at });
        return Task.FromResult(true);
    }

    public Dictionary<string, DepartmentChannel> Channels { get; } = [];

    public Task SetDepartmentChannelAsync(DepartmentChannel channel, CancellationToken ct)
    {
        Channels[channel.TeamKey] = channel;
        return Task.CompletedTask;
    }

    public Task<bool> StopDepartmentChannelAsync(string teamKey, CancellationToken ct) => Task.FromResult(Channels.Remove(teamKey));

    public Task<IReadOnlyList<DepartmentChannel>> ListDepartmentChannelsAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<DepartmentChannel>>([.. Channels.Values]);
}

/// <summary>The roster as stored: reads are the fake roster's; refusals are recorded; edits are not what App tests do.</summary>
internal sealed class FakeRosterEditor(FakeRoster roster) : IRosterEditor
{
    public List<AccessRefused> Refusals { get; } = [];

    public Task<IReadOnlyList<Unit>> ListUnitsAsync(CancellationToken ct) => roster.ListUnitsAsync(ct);
    public Task<IReadOnlyList<Member>> ListMembersAsync(CancellationToken ct) => roster.ListMembersAsync(ct);
    public Task<Unit?> FindUnitAsync(string unitId, CancellationToken ct) => roster.FindUnitAsync(unitId, ct);
    public Task<Member?> FindMemberAsync(string userKey, CancellationToken ct) => roster.FindMemberAsync(userKey, ct);
    public Task AddUnitAsync(Unit unit, Stamp stamp, CancellationToken ct) => throw new NotSupportedException();
    public Task UpdateUnitAsync(Unit before, Unit after, Stamp stamp, CancellationToken ct) => throw new NotSupportedException();
    public Task SaveMemberAsync(Member? before, Member? after, Stamp stamp, CancellationToken ct, Member? otherOffice = null) => throw new NotSupportedException();

    public Task RecordRefusalAsync(AccessRefused refusal, CancellationToken ct)
    {
        Refusals.Add(refusal);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<RosterEvent>> RecentChangesAsync(int max, CancellationToken ct) => Task.FromResult<IReadOnlyList<RosterEvent>>([]);
    public Task<IReadOnlyList<AccessRefused>> RecentRefusalsAsync(int max, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AccessRefused>>([.. Enumerable.Reverse(Refusals).Take(max)]);
}

/// <summary>The personal chat a shared-chat answer goes to: records what was delivered, or fails when told to.</summary>
internal sealed class FakePersonalChat : IPersonalChat
{
    public const string Opened = "{\"personal\":\"opened\"}";

    public List<(string? Stored, Caller Caller, IReadOnlyList<Reply> Replies)> Sent { get; } = [];
    public bool Unreachable { get; set; }

    public Task<string?> SendAsync(string? storedReference, Caller caller, IReadOnlyList<Reply> replies, CancellationToken ct)
    {
        if (Unreachable) return Task.FromResult<string?>(null);
        Sent.Add((storedReference, caller, replies));
        return Task.FromResult<string?>(storedReference ?? Opened);
    }
}

internal sealed class NoReminders : DanVan.App.Reminders.IReminderCommands
{
    public Task<DanVan.App.Reminders.ReminderPreview> PreviewAsync(CancellationToken ct) =>
        Task.FromResult(new DanVan.App.Reminders.ReminderPreview(DateTimeOffset.UnixEpoch, [], 0));
    public Task<DanVan.App.Reminders.ReminderSendStart> StartSendAsync(string requesterKey, CancellationToken ct) =>
        Task.FromResult(new DanVan.App.Reminders.ReminderSendStart(DateTimeOffset.UnixEpoch, 0, false));
}

/// <summary>Stands in for the nudge's claims and sends (Teams' side): nothing is overdue. Tested over HTTP (NudgeTests).</summary>
internal sealed class NoNudges : DanVan.App.Reminders.INudges
{
    public Task<IReadOnlyList<DanVan.App.Reminders.NudgeChoice>> ChoicesAsync(DanVan.Domain.Plans.Plan plan, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<DanVan.App.Reminders.NudgeChoice>>([]);
    public Task<DanVan.App.Reminders.NudgeRoundPreview?> PreviewAsync(DanVan.Domain.Plans.Plan plan, string deadlineId, CancellationToken ct) =>
        Task.FromResult<DanVan.App.Reminders.NudgeRoundPreview?>(null);
    public Task<DanVan.App.Reminders.NudgeStart> StartAsync(DanVan.Domain.Plans.Plan plan, string deadlineId, DanVan.Domain.Repositories.Stamp requester, CancellationToken ct) =>
        Task.FromResult(new DanVan.App.Reminders.NudgeStart(null, requester.At, 0, 0, null, false));
}

internal sealed class FixedBaseUrl : IPublicBaseUrl
{
    public string Get() => "https://danvan.example";
}

/// <summary>Reading the typed cards the use cases return.</summary>
internal static class CardReading
{
    public static IEnumerable<string> Texts(this Cards.Json.Card? card) => Elements(Must(card).Body).OfType<Cards.Json.TextBlock>().Select(b => b.Text);

    public static bool IsTrainingForm(this Cards.Json.Card? card) => Must(card).Actions.Any(a => a.Verb == Cards.Verbs.SubmitTraining);

    public static bool IsReceipt(this Cards.Json.Card? card) =>
        card.Texts().FirstOrDefault() == Cards.Text.Texts.Vietnamese.TrainingReceiptTitle && Must(card).Actions.Single().Verb == Cards.Verbs.OpenTraining;

    public static bool IsStanding(this Cards.Json.Card? card, string unitName = "Chi cục Kiểm lâm") =>
        card.Texts().FirstOrDefault() == Cards.Text.Texts.Vietnamese.StandingTitle(unitName);

    public static bool IsHistory(this Cards.Json.Card? card, string unitName = "Chi cục Kiểm lâm") =>
        card.Texts().FirstOrDefault() == Cards.Text.Texts.Vietnamese.HistoryTitle(unitName);

    /// <summary>The standing card's rank line ("Mức hoàn thành chung: … · xếp thứ …").</summary>
    public static string RankLine(this Cards.Json.Card? card) =>
        card.Texts().Single(t => t.StartsWith("Mức hoàn thành chung") || t.StartsWith("Overall completion"));

    public static int? NumberValue(this Cards.Json.Card? card, string id) =>
        Elements(Must(card).Body).OfType<Cards.Json.NumberInput>().Single(i => i.Id == id).Value;

    public static string? BaseVersion(this Cards.Json.Card? card) =>
        Must(card).Actions.Single(a => a.Verb == Cards.Verbs.SubmitTraining).Data?[Cards.Verbs.BaseVersion];

    /// <summary>The card an action answered with; a notice-only answer (no card) fails the test here.</summary>
    public static Cards.Json.Card Must(Cards.Json.Card? card) => card ?? throw new Xunit.Sdk.XunitException("Expected a card, got a notice.");

    private static IEnumerable<Cards.Json.Element> Elements(IEnumerable<Cards.Json.Element> elements) =>
        elements.SelectMany(e => e switch
        {
            Cards.Json.Container c => Elements(c.Items).Prepend(e),
            Cards.Json.ColumnSet s => Elements(s.Columns.SelectMany(col => col.Items)).Prepend(e),
            _ => [e],
        });
}

/// <summary>Stands in for the proactive notices to unit heads (Teams' side); the App tests send none.</summary>
internal sealed class NoReviewNotices : DanVan.App.Reviews.IReviewNotifier
{
    public Task<int> StartReturnedAsync(DanVan.App.Reviews.ReturnedItem returned, CancellationToken ct) => Task.FromResult(0);
}

/// <summary>No OneDrive here: an upload is refused (the HTTP path is tested with the real host).</summary>
public sealed class NoUpload : DanVan.App.OfficialReports.IFileUpload
{
    public Task<bool> PutAsync(Uri uploadUrl, byte[] content, CancellationToken ct) => Task.FromResult(false);
}

/// <summary>Plan years kept in memory: the App tests serve the host's plan only.</summary>
public sealed class MemoryPlans : IPlanStore
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, StoredPlan> _plans = new();

    public Task<IReadOnlyList<StoredPlan>> ListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<StoredPlan>>([.. _plans.Values]);

    public Task AddAsync(StoredPlan plan, Stamp stamp, CancellationToken ct) =>
        _plans.TryAdd(plan.Id, plan) ? Task.CompletedTask : throw new ConcurrencyConflictException($"Plan {plan.Id} exists.");

    public Task<bool> PutAsync(StoredPlan plan, Stamp stamp, CancellationToken ct)
    {
        var changed = !_plans.TryGetValue(plan.Id, out var old) || old.Json != plan.Json;
        _plans[plan.Id] = plan;
        return Task.FromResult(changed);
    }
}
