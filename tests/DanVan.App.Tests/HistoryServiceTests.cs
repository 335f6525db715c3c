using DanVan.App.Forms;
using DanVan.App.History;
using DanVan.Cards.Text;
using DanVan.Domain.Repositories;
using DanVan.Domain.Training;

namespace DanVan.App.Tests;

public class HistoryServiceTests
{
    private static readonly TrainingReport First = new(50, 45, 2, new DateOnly(2024, 3, 15));
    private static readonly TrainingReport Second = new(50, 50, 3, new DateOnly(2024, 6, 10));

    private readonly World _world = new();

    private Task<Cards.Json.Card> CardFor(Actor? a = null) => _world.History.CardAsync(a ?? World.HeadActor(), default);

    private void Save(TrainingReport r, Domain.Roster.Member by, DateTimeOffset at, Domain.Roster.Unit? unit = null) =>
        _world.Submissions.Put(World.Key(unit ?? World.Cckl), r, new Stamp(by.Key, by.DisplayName, at));

    [Fact]
    public async Task Says_so_when_nothing_changed_yet()
    {
        var card = await CardFor();

        Assert.Equal(["Lịch sử thay đổi — Chi cục Kiểm lâm", "Đơn vị chưa có thay đổi nào được ghi nhận."], card.Texts());
        Assert.Equal([("Tình hình", "standing.show")], card.Actions.Select(a => (a.Title, a.Verb)));
    }

    [Fact]
    public async Task Lists_changes_newest_first_with_creations_marked_and_before_to_after()
    {
        Save(First, World.Deputy, World.DeputyTime);
        Save(Second, World.Head, World.Start);

        var card = await CardFor();

        Assert.Equal(
        [
            "Lịch sử thay đổi — Chi cục Kiểm lâm",
            "**Học tập, quán triệt** · Alex Wilber · 10:00 15/06/2024",
            "45/50 người, 2 buổi, buổi gần nhất 15/03/2024 → 50/50 người, 3 buổi, buổi gần nhất 10/06/2024",
            "**Học tập, quán triệt** · Nguyễn Thị Bình · 08:30 14/06/2024",
            "(mới) 45/50 người, 2 buổi, buổi gần nhất 15/03/2024",
        ], card.Texts());
    }

    [Fact]
    public async Task A_report_with_no_session_has_no_last_session()
    {
        Save(new TrainingReport(50, 0, 0, null), World.Head, World.Start);

        Assert.Contains("(mới) 0/50 người, 0 buổi", (await CardFor()).Texts());
    }

    [Fact]
    public async Task Shows_only_the_units_own_changes()
    {
        Save(First, World.TtknHead, World.Start, World.Ttkn);

        Assert.Contains("Đơn vị chưa có thay đổi nào được ghi nhận.", (await CardFor()).Texts());
        Assert.Contains("(mới) 45/50 người, 2 buổi, buổi gần nhất 15/03/2024",
            (await CardFor(World.ActorFor(World.TtknHead, World.Ttkn))).Texts());
    }

    [Fact]
    public async Task Shows_the_ten_most_recent_changes()
    {
        for (var trained = 1; trained <= 12; trained++)
            Save(First with { Trained = trained }, World.Head, World.Start.AddMinutes(trained));

        var changes = (await CardFor()).Texts().Where(t => t.Contains('→') || t.StartsWith("(mới)")).ToList();

        Assert.Equal(HistoryService.Shown, changes.Count);
        Assert.StartsWith("11/50 người", changes[0]);
        Assert.Contains("→ 12/50 người", changes[0]);
        Assert.StartsWith("2/50 người", changes[^1]);
        Assert.Contains("→ 3/50 người", changes[^1]);
    }

    [Fact]
    public async Task Speaks_the_callers_language()
    {
        Save(First, World.Deputy, World.DeputyTime);

        var card = await CardFor(World.HeadActor(Texts.English));

        Assert.Equal(
            ["Change history — Chi cục Kiểm lâm", "**Training** · Nguyễn Thị Bình · 08:30 14/06/2024", "(new) " + Texts.English.TrainingSummary(45, 50, 2, "15/03/2024")],
            card.Texts());
        Assert.Equal([("Standing", "standing.show")], card.Actions.Select(a => (a.Title, a.Verb)));
    }

    [Fact]
    public async Task A_save_through_the_form_appears_in_the_history()
    {
        await _world.Training.SubmitAsync(World.HeadActor(), World.Form(), default);

        Assert.Equal(
            ["Lịch sử thay đổi — Chi cục Kiểm lâm", "**Học tập, quán triệt** · Alex Wilber · 10:00 15/06/2024", "(mới) 45/50 người, 2 buổi, buổi gần nhất 15/03/2024"],
            (await CardFor()).Texts());
    }
}
