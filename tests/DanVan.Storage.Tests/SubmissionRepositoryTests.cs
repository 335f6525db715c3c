using DanVan.Domain.Repositories;
using DanVan.Domain.Training;

namespace DanVan.Storage.Tests;

public sealed class SubmissionRepositoryTests : StorageTest
{
    private static readonly SubmissionKey Key = new("2024", "CCKL", SubmissionItems.Training);
    private static readonly TrainingReport First = new(50, 45, 2, new DateOnly(2024, 3, 15));
    private static readonly TrainingReport Second = new(50, 50, 3, new DateOnly(2024, 4, 2));

    [Fact]
    public async Task A_saved_value_reads_back_with_its_version_and_stamp()
    {
        var saved = await Storage.Submissions.SaveAsync(Key, First, null, Alex, default);
        var read = await Storage.Submissions.GetAsync<TrainingReport>(Key, default);

        Assert.Equal(First, read!.Value);
        Assert.Equal(saved.Version, read.Version);
        Assert.Equal("Alex Wilber", read.Stamp.UserName);
        Assert.Equal(Alex.At, read.Stamp.At);
    }

    [Fact]
    public async Task Saving_from_a_stale_version_is_refused_and_writes_nothing()
    {
        var v1 = await Storage.Submissions.SaveAsync(Key, First, null, Alex, default);
        await Storage.Submissions.SaveAsync(Key, Second, v1, Alex, default);
        var rowsBefore = await CountRowsAsync(Storage.Tables.UnitData, "2024|CCKL");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Storage.Submissions.SaveAsync(Key, new TrainingReport(50, 10, 1, null), v1, Alex, default));

        Assert.Equal(Second, (await Storage.Submissions.GetAsync<TrainingReport>(Key, default))!.Value);
        Assert.Equal(rowsBefore, await CountRowsAsync(Storage.Tables.UnitData, "2024|CCKL"));
    }

    [Fact]
    public async Task Creating_a_value_that_already_exists_is_a_conflict()
    {
        await Storage.Submissions.SaveAsync(Key, First, null, Alex, default);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Storage.Submissions.SaveAsync(Key, Second, null, Alex, default));
        Assert.Equal(First, (await Storage.Submissions.GetAsync<TrainingReport>(Key, default))!.Value);
    }

    [Fact]
    public async Task Every_change_is_in_the_unit_history_newest_first_with_before_and_after()
    {
        var v1 = await Storage.Submissions.SaveAsync(Key, First, null, Alex, default);
        await Storage.Submissions.SaveAsync(Key, Second, v1, Alex with { At = Alex.At.AddMinutes(5) }, default);

        var history = await Storage.Submissions.HistoryAsync("2024", "CCKL", 10, default);

        Assert.Equal(2, history.Count);
        Assert.Null(history[1].Before);
        Assert.Contains("\"trained\":45", history[1].After);
        Assert.Contains("\"trained\":45", history[0].Before);
        Assert.Contains("\"trained\":50", history[0].After);
        Assert.True(history[0].Stamp.At > history[1].Stamp.At);
    }

    [Fact]
    public async Task The_department_view_lists_every_unit_of_the_plan_and_no_other_plan()
    {
        foreach (var unit in new[] { "CCKL", "TTKN", "VP" })
            await Storage.Submissions.SaveAsync(Key with { UnitId = unit }, First, null, Alex, default);
        await Storage.Submissions.SaveAsync(new SubmissionKey("2025", "CCKL", SubmissionItems.Training), Second, null, Alex, default);

        var all = await Storage.Submissions.LoadPlanAsync("2024", default);

        Assert.Equal(["CCKL", "TTKN", "VP"], all.Select(u => u.UnitId).Order().ToArray());
        Assert.All(all, u => Assert.Equal(First, u.Get<TrainingReport>(SubmissionItems.Training)!.Value));
    }
}
