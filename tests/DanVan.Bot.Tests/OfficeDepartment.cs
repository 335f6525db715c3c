using Azure.Data.Tables;
using DanVan.Domain.Models;
using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Training;
using DanVan.Domain.UnitPlans;
using DanVan.Storage;
using DanVan.Testing;

namespace DanVan.Bot.Tests;

/// <summary>
/// A department of four units in known states, with an office member, a leader and a unit head, on Sunday
/// 20/10/2024 09:00 in Vietnam: 183 days after the unit plans were due (20/04), 5 after the results reports (15/10).
/// A (Chi cục Kiểm lâm): everything on time, 100/100 trained, two models (one recognised, one awarded).
/// B (Chi cục Thủy lợi): plan sent late (25/04), 45/50 trained, a late report (17/10) missing one democracy item.
/// C (Phòng Kế hoạch - Tài chính): plan issued, not sent; nothing else. D (Đội kiểm tra): nothing at all.
/// </summary>
internal static class OfficeDepartment
{
    public static readonly TeamsUser Office = new("29:office", "00000000-0000-0000-0000-000000000041", "Nguyễn Văn Phòng");
    public static readonly TeamsUser Leader = new("29:leader", "00000000-0000-0000-0000-000000000042", "Trần Lãnh Đạo");
    public static readonly TeamsUser Head = new("29:head", "00000000-0000-0000-0000-000000000043", "Lê Thủ Trưởng");

    public static readonly DateTimeOffset Now = new(2024, 10, 20, 9, 0, 0, TimeSpan.FromHours(7));

    /// <summary>Only this department: no sample roster.</summary>
    public static readonly IDictionary<string, string?> Settings = new Dictionary<string, string?> { ["Roster:SeedFile"] = "" };

    public static async Task SeedAsync(BotServer bot, int extraEmptyUnits = 0)
    {
        var units = new List<Unit>
        {
            new("A", "Chi cục Kiểm lâm"), new("B", "Chi cục Thủy lợi"), new("C", "Phòng Kế hoạch - Tài chính"), new("D", "Đội kiểm tra"),
            new("X", "Đơn vị đã giải thể", Active: false),
        };
        units.AddRange(Enumerable.Range(1, extraEmptyUnits).Select(i => new Unit($"E{i:D2}", $"Trạm số {i:D2}")));
        await bot.Storage.Roster.SeedAsync(new RosterSeed(false, units,
        [
            new Member(Office.AadObjectId, null, Office.Name, Role.Office, null),
            new Member(Leader.AadObjectId, null, Leader.Name, Role.Leader, null),
            new Member(Head.AadObjectId, null, Head.Name, Role.UnitHead, "A"),
        ]), default);

        var s = bot.Storage.Submissions;
        await Save(s, "A", SubmissionItems.Training, new TrainingReport(100, 100, 2, new DateOnly(2024, 3, 1)));
        await Save(s, "A", SubmissionItems.UnitPlan, new UnitPlanReport(true, "01/KH-CCKL", new DateOnly(2024, 4, 10), new DateOnly(2024, 4, 15), null, null));
        await Save(s, "A", SubmissionItems.ModelPrefix + "m1", new DanVanKheoModel("Vườn ươm cộng đồng", ModelField.Economy, true, new DateOnly(2024, 2, 1), "Mô tả", "Tốt", 120, ModelStatus.Recognised));
        await Save(s, "A", SubmissionItems.ModelPrefix + "m2", new DanVanKheoModel("Rừng xanh, sạch", ModelField.CultureSociety, false, new DateOnly(2024, 3, 1), "Mô tả", null, 40, ModelStatus.Awarded));
        await Save(s, "A", SubmissionItems.Report, new ResultsReport(true, true, true, true, true, true, 4, 4, 95.5m, 3, 6, 6,
            SelfRating.Excellent, "45/BC-CCKL", new DateOnly(2024, 10, 10), null));
        await Save(s, "B", SubmissionItems.Training, new TrainingReport(50, 45, 1, new DateOnly(2024, 3, 5)));
        await Save(s, "B", SubmissionItems.UnitPlan, new UnitPlanReport(true, "02/KH-CCTL", new DateOnly(2024, 4, 12), new DateOnly(2024, 4, 25), null, "Gửi bổ sung"));
        await Save(s, "B", SubmissionItems.Report, new ResultsReport(true, false, true, true, true, true, 3, 4, 90m, 2, 5, 4,
            SelfRating.Fair, "12/BC-CCTL", new DateOnly(2024, 10, 17), null));
        await Save(s, "C", SubmissionItems.UnitPlan, new UnitPlanReport(true, "03/KH-KHTC", new DateOnly(2024, 4, 10), null, null, null));
        // An inactive unit's data is not part of the department's figures.
        await Save(s, "X", SubmissionItems.Training, new TrainingReport(1000, 0, 0, null));

        bot.Clock.SetUtcNow(Now);
    }

    /// <summary>The office has since made this user a unit head: the roster row as it is stored.</summary>
    public static async Task DemoteAsync(BotServer bot, TeamsUser user) =>
        await bot.Storage.Tables.Roster.UpsertEntityAsync(new TableEntity("member", "aad:" + user.AadObjectId)
        {
            ["AadObjectId"] = user.AadObjectId, ["DisplayName"] = user.Name, ["Role"] = nameof(Role.UnitHead), ["UnitId"] = "A",
        }, TableUpdateMode.Replace);

    private static Task Save<T>(ISubmissionRepository s, string unit, string item, T value) where T : class =>
        s.SaveAsync(new SubmissionKey("2024", unit, item), value, null, new Stamp("aad:seed", "Người nhập", new DateTimeOffset(2024, 4, 1, 8, 0, 0, TimeSpan.Zero)), default);
}
