using DanVan.App.Roster;
using DanVan.Cards;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;
using F = DanVan.Domain.Roster.RosterFields;

namespace DanVan.App.Tests;

/// <summary>The paths HTTP tests cannot reach on demand: someone else's edit landing between the check and the write.</summary>
public class RosterAdminTests
{
    private static readonly Identity Office = new(World.Office, null);

    private readonly RacingEditor _editor = new([World.Cckl, World.Ttkn], [World.Head, World.Office]);
    private readonly FakeRoster _reads = new([World.Cckl], [World.Head]);
    private readonly RosterCache _cache;
    private readonly RosterAdmin _admin;

    public RosterAdminTests()
    {
        var time = new SettableTime(World.Start);
        _cache = new RosterCache(_reads, time, TimeSpan.FromHours(1));
        _admin = new RosterAdmin(_editor, _cache, new DepartmentClock(time), Microsoft.Extensions.Logging.Abstractions.NullLogger<RosterAdmin>.Instance);
    }

    private async Task<string> ActAsync(string verb, params (string Key, string? Value)[] data)
    {
        var result = await _admin.ActAsync(Office, Texts.Vietnamese, verb, data.ToDictionary(d => d.Key, d => d.Value), default);
        Assert.Empty(result.Replies);
        return string.Join("\n", result.Card.Texts());
    }

    [Fact]
    public async Task A_rename_racing_another_edit_stores_nothing_and_shows_the_unit_as_it_now_is()
    {
        _editor.BeforeWrite = () => _editor.Units["CCKL"] = World.Cckl with { Name = "Chi cục Kiểm lâm (đã đổi)" };

        var text = await ActAsync(RosterCards.RenameVerb, (F.UnitId, "CCKL"), (F.UnitName, "Tên của tôi"));

        Assert.Contains("Chưa lưu: danh bạ vừa được người khác thay đổi.", text);
        Assert.Contains("Chi cục Kiểm lâm (đã đổi)", text);
        Assert.Empty(_editor.Audit);
    }

    [Fact]
    public async Task An_assignment_racing_another_edit_stores_nothing_and_says_so()
    {
        _editor.BeforeWrite = () => _editor.Members["upn:binh@example.com"] = World.Deputy with { UnitId = "TTKN" };

        var text = await ActAsync(RosterCards.AssignHeadVerb, (F.UnitId, "CCKL"), (F.Account, "binh@example.com"), (F.DisplayName, "Nguyễn Thị Bình"));

        Assert.Contains("Chưa lưu: danh bạ vừa được người khác thay đổi.", text);
        Assert.Equal("TTKN", _editor.Members["upn:binh@example.com"].UnitId);
        Assert.Empty(_editor.Audit);
    }

    [Fact]
    public async Task A_stored_edit_clears_the_roster_cache_and_a_refused_one_does_not()
    {
        await _cache.FindMemberAsync(World.Head.Key, default);
        await ActAsync(RosterCards.RenameVerb, (F.UnitId, "CCKL"), (F.UnitName, "Trung tâm Khuyến nông"));
        await _cache.FindMemberAsync(World.Head.Key, default);
        Assert.Single(_reads.MemberLookups);

        await ActAsync(RosterCards.RenameVerb, (F.UnitId, "CCKL"), (F.UnitName, "Chi cục Kiểm lâm tỉnh"));
        await _cache.FindMemberAsync(World.Head.Key, default);

        Assert.Equal(2, _reads.MemberLookups.Count);
        Assert.Single(_editor.Audit);
    }

    /// <summary>An in-memory roster that checks what was read like storage does, and can let "someone else" in first.</summary>
    private sealed class RacingEditor(IEnumerable<Unit> units, IEnumerable<Member> members) : IRosterEditor
    {
        public Dictionary<string, Unit> Units { get; } = units.ToDictionary(u => u.Id);
        public Dictionary<string, Member> Members { get; } = members.ToDictionary(m => m.Key);
        public List<RosterEvent> Audit { get; } = [];
        public Action? BeforeWrite { get; set; }

        public Task<IReadOnlyList<Unit>> ListUnitsAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<Unit>>([.. Units.Values]);
        public Task<IReadOnlyList<Member>> ListMembersAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<Member>>([.. Members.Values]);
        public Task<Unit?> FindUnitAsync(string unitId, CancellationToken ct) => Task.FromResult(Units.GetValueOrDefault(unitId));
        public Task<Member?> FindMemberAsync(string userKey, CancellationToken ct) => Task.FromResult(Members.GetValueOrDefault(userKey));

        public Task AddUnitAsync(Unit unit, Stamp stamp, CancellationToken ct) => Write(() =>
        {
            if (!Units.TryAdd(unit.Id, unit)) throw new ConcurrencyConflictException(unit.Id);
            Audit.Add(new UnitChanged(stamp, null, unit));
        });

        public Task UpdateUnitAsync(Unit before, Unit after, Stamp stamp, CancellationToken ct) => Write(() =>
        {
            if (Units.GetValueOrDefault(before.Id) != before) throw new ConcurrencyConflictException(before.Id);
            Units[after.Id] = after;
            Audit.Add(new UnitChanged(stamp, before, after));
        });

        public Task SaveMemberAsync(Member? before, Member? after, Stamp stamp, CancellationToken ct, Member? otherOffice = null) => Write(() =>
        {
            var key = (before ?? after)!.Key;
            if (Members.GetValueOrDefault(key) != before) throw new ConcurrencyConflictException(key);
            if (after is null) Members.Remove(key); else Members[key] = after;
            Audit.Add(new MemberChanged(stamp, before, after));
        });

        public Task RecordRefusalAsync(AccessRefused refusal, CancellationToken ct) => Write(() => Audit.Add(refusal));
        public Task<IReadOnlyList<RosterEvent>> RecentChangesAsync(int max, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<RosterEvent>>([.. Audit.Where(e => e is not AccessRefused).Take(max)]);
        public Task<IReadOnlyList<AccessRefused>> RecentRefusalsAsync(int max, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<AccessRefused>>([.. Audit.OfType<AccessRefused>().Take(max)]);

        private Task Write(Action write)
        {
            var race = BeforeWrite;
            BeforeWrite = null;
            race?.Invoke();
            write();
            return Task.CompletedTask;
        }
    }
}
