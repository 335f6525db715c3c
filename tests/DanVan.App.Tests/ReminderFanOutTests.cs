using System.Collections;
using DanVan.App.Reminders;
using DanVan.Cards.Text;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;

namespace DanVan.App.Tests;

/// <summary>The fan-out's plan over a department-sized roster.</summary>
public class ReminderFanOutTests
{
    private static readonly DateTimeOffset T7 = new(2024, 4, 12, 8, 5, 0, TimeSpan.FromHours(7));

    /// <summary>A roster's unit list that counts how often it is read through.</summary>
    private sealed class CountingUnits(IReadOnlyList<Unit> units) : IReadOnlyList<Unit>
    {
        public int Enumerations { get; private set; }
        public int Count => units.Count;
        public Unit this[int index] => units[index];
        public IEnumerator<Unit> GetEnumerator() { Enumerations++; return units.GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public void The_roster_s_units_are_read_a_fixed_number_of_times_not_once_per_ping()
    {
        // Each ping names its unit; looking the name up by reading the whole roster again for every ping made the
        // benchmark's 5,000 pings over 1,000 units spend seconds before the first send (5,000 dictionaries of 1,000).
        var units = new CountingUnits([.. Enumerable.Range(1, 40).Select(i => new Unit($"U{i:00}", $"Đơn vị {i:00}"))]);
        var heads = units.SelectMany(u => Enumerable.Range(1, 3).Select(h => new Member($"aad-{u.Id}-{h}", null, $"Trưởng {u.Id} {h}", Role.UnitHead, u.Id))).ToList();
        var active = heads.Select(m => new ConversationRecord(m.Key, m.UnitId, "{}", Active: true, T7)).ToList();
        var reads = units.Enumerations;

        var outgoing = ReminderFanOut.Plan(World.Plan, T7, units, [], heads, active, _ => Texts.Vietnamese);

        Assert.Equal(120, outgoing.Count);
        Assert.Equal("Nhắc hạn: Đơn vị 07 chưa gửi kế hoạch (hạn 20/04/2024, còn 8 ngày).", outgoing.First(o => o.Key.UnitId == "U07").Summary);
        Assert.True(units.Enumerations - reads <= 3, $"the unit list was read {units.Enumerations - reads} times for 120 pings");
    }
}
