using DanVan.Domain.Repositories;
using DanVan.Domain.Training;
using DanVan.Storage;

namespace DanVan.Storage.Tests;

/// <summary>The department read split into slices returns exactly what the single plan-wide query returns.</summary>
public sealed class PlanSliceTests : StorageTest
{
    private Task SaveAsync(string plan, string unit, int staff) =>
        Storage.Submissions.SaveAsync(new SubmissionKey(plan, unit, SubmissionItems.Training), new TrainingReport(staff, staff, 1, new DateOnly(2024, 3, 1)), null, Alex, default);

    [Fact]
    public async Task Slices_cover_every_unit_of_the_plan_once_even_units_not_listed()
    {
        var units = Enumerable.Range(1, SubmissionRepository.UnitsPerSlice * 2 + 30).Select(i => $"U{i:D4}").ToList();
        await Parallel.ForEachAsync(units.Append("A-not-listed").Append("ZZ-not-listed"), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (u, _) => await SaveAsync("2024", u, 10));
        await SaveAsync("2023", "U0001", 99);
        await SaveAsync("20245", "U0001", 99); // a plan id that starts like this one

        var whole = await Storage.Submissions.LoadPlanAsync("2024", default);
        // Listed out of order, with a duplicate: the slicing sorts them.
        var sliced = await Storage.Submissions.LoadPlanAsync("2024", [.. units.AsEnumerable().Reverse(), "U0001"], default);

        Assert.Equal(units.Count + 2, whole.Count);
        Assert.Equal(whole.Select(u => u.UnitId).Order(), sliced.Select(u => u.UnitId).Order());
        Assert.All(sliced, u => Assert.Equal(10, u.Get<TrainingReport>(SubmissionItems.Training)!.Value.TotalStaff));
    }

    [Fact]
    public async Task No_listed_units_is_one_plan_wide_query()
    {
        await SaveAsync("2024", "CCKL", 10);
        Assert.Equal(["CCKL"], (await Storage.Submissions.LoadPlanAsync("2024", [], default)).Select(u => u.UnitId));
    }
}
