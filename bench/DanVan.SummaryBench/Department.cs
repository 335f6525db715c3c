using DanVan.Domain.Models;
using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Training;
using DanVan.Domain.UnitPlans;

namespace DanVan.SummaryBench;

/// <summary>
/// A department of N units, each with five records saved the way the bot saves them (a transaction with its audit
/// row): training figures, the unit plan, the results report and two "Dân vận khéo" models. States vary with the
/// unit number so every rule of the summary has work to do (short of target, late, not sent, not recognised).
/// </summary>
public static class Department
{
    public const int RecordsPerUnit = 5;

    public static readonly Member Office = new("00000000-0000-0000-0000-0000000000b1", null, "Văn phòng Sở (bench)", Role.Office, null);

    public static async Task SeedAsync(IRosterRepository roster, ISubmissionRepository submissions, string planId, int units, int parallelism)
    {
        var list = Enumerable.Range(1, units).Select(i => new Unit($"U{i:D4}", $"Đơn vị trực thuộc số {i:D4}")).ToList();
        await roster.SeedAsync(new RosterSeed(false, list, [Office]), default);
        var stamp = new Stamp("aad:bench", "Bench", new DateTimeOffset(2024, 4, 1, 8, 0, 0, TimeSpan.FromHours(7)));
        await Parallel.ForEachAsync(Enumerable.Range(1, units), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (i, ct) =>
        {
            var unit = $"U{i:D4}";
            Task Save<T>(string item, T value) where T : class => submissions.SaveAsync(new SubmissionKey(planId, unit, item), value, null, stamp, ct);
            var staff = 20 + i % 180;
            await Save(SubmissionItems.Training, new TrainingReport(staff, i % 3 == 0 ? staff - 3 : staff, 1 + i % 4, new DateOnly(2024, 3, 1 + i % 28)));
            await Save(SubmissionItems.UnitPlan, i % 5 == 0
                ? new UnitPlanReport(true, $"{i}/KH", new DateOnly(2024, 4, 10), null, null, null)
                : new UnitPlanReport(true, $"{i}/KH", new DateOnly(2024, 4, 10), new DateOnly(2024, 4, 15 + i % 10), null, null));
            await Save(SubmissionItems.Report, new ResultsReport(true, i % 2 == 0, true, true, i % 7 != 0, true, 3 + i % 2, 4, 80m + i % 20, i % 5, 10, 9,
                (SelfRating)(i % 4), $"{i}/BC", new DateOnly(2024, 10, 5 + i % 15), null));
            for (var m = 0; m < 2; m++)
                await Save(SubmissionItems.ModelPrefix + $"{i:D4}{m:D28}", new DanVanKheoModel($"Mô hình {m + 1} của đơn vị {i}", (ModelField)(m % 4), m == 0,
                    new DateOnly(2024, 2, 1 + m), "Mô tả mô hình", null, 10 * i % 300, (ModelStatus)((i + m) % 4)));
        });
    }
}
