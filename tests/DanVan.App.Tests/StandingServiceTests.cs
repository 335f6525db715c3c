using DanVan.App.Forms;
using DanVan.App.Standing;
using DanVan.Cards.Json;
using DanVan.Cards.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Progress;

namespace DanVan.App.Tests;

public class StandingServiceTests
{
    private readonly World _world = new();

    private Task<Card> CardFor(Actor a) => _world.Standing.CardAsync(a, default);

    /// <summary>A standing built from the real training spec plus <paramref name="more"/> specs, in that order.</summary>
    private StandingService With(params IItemSpec[] more) =>
        new(World.Plan, _world.Submissions, _world.Roster, _world.Clock, [.. more, _world.TrainingSpec], DanVan.Domain.Progress.ProgressItems.Standard);

    [Fact]
    public async Task A_unit_with_nothing_reported_sees_every_line_missing_and_ties_last_with_zero()
    {
        _world.Trains(World.Ttkn, 40, 40);

        var card = await CardFor(World.ActorFor(World.CctlHead, World.Cctl));

        Assert.Equal("Tình hình thực hiện — Chi cục Thủy lợi", card.Texts().First());
        Assert.Equal("Kế hoạch công tác dân vận chính quyền năm 2024 · số liệu lúc 10:00 15/06/2024", card.Texts().ElementAt(1));
        // Ties with CCKL at 0%: no place is given (a shared place at 0% would read as praise).
        Assert.Equal("Mức hoàn thành chung: 0% · chưa xếp hạng (đơn vị chưa có kết quả nào được tính).", card.RankLine());
        Assert.Contains("⚪ Chỉ tiêu 1 — Học tập, quán triệt: chưa báo cáo", card.Texts());
        Assert.Contains("0%", card.Texts());
        Assert.Contains("Chưa báo cáo.", card.Texts());
        Assert.Equal(["training.open", "unit-plan.open", "report.open", "model.list", "history.show"], card.Actions.Select(a => a.Verb));
    }

    [Fact]
    public async Task Shows_the_deadlines_counted_from_today()
    {
        var card = await CardFor(World.HeadActor());

        // 15/06/2024: the unit plan was due 56 days ago; the results report is due in 122 days.
        var facts = card.Body.OfType<FactSet>().Single().Facts.ToDictionary(f => f.Title, f => f.Value);
        Assert.Equal("20/04/2024 — đã quá hạn 56 ngày", facts[World.Plan.Deadline(DeadlineIds.UnitPlan).ShortTitle]);
        Assert.Equal("15/10/2024 — còn 122 ngày", facts[World.Plan.Deadline(DeadlineIds.ResultsReport).ShortTitle]);
    }

    [Fact]
    public async Task Ranks_among_active_units_only()
    {
        _world.Trains(World.Cckl, 50, 45);   // 90% of target 1 → 18% overall
        _world.Trains(World.Ttkn, 40, 40);   // 100% → 20%
        _world.Trains(World.Closed, 50, 50); // 100%, but the unit is no longer active: it must not push anyone down

        var cckl = await CardFor(World.HeadActor());
        var ttkn = await CardFor(World.ActorFor(World.TtknHead, World.Ttkn));
        var cctl = await CardFor(World.ActorFor(World.CctlHead, World.Cctl));

        Assert.Equal("Mức hoàn thành chung: 18% · xếp thứ 2/3 đơn vị của Sở.", cckl.RankLine());
        Assert.Equal("Mức hoàn thành chung: 20% · xếp thứ 1/3 đơn vị của Sở.", ttkn.RankLine());
        Assert.Equal("Mức hoàn thành chung: 0% · chưa xếp hạng (đơn vị chưa có kết quả nào được tính).", cctl.RankLine());
    }

    [Fact]
    public async Task Equal_completion_shares_a_place()
    {
        _world.Trains(World.Cckl, 50, 50);
        _world.Trains(World.Ttkn, 40, 40);

        Assert.Equal("Mức hoàn thành chung: 20% · đồng hạng 1/3 (cùng 2 đơn vị).", (await CardFor(World.HeadActor())).RankLine());
        Assert.Equal("Mức hoàn thành chung: 20% · đồng hạng 1/3 (cùng 2 đơn vị).",
            (await CardFor(World.ActorFor(World.TtknHead, World.Ttkn))).RankLine());
        Assert.Equal("Mức hoàn thành chung: 0% · chưa xếp hạng (đơn vị chưa có kết quả nào được tính).",
            (await CardFor(World.ActorFor(World.CctlHead, World.Cctl))).RankLine());
    }

    [Fact]
    public async Task Shows_the_units_own_figures_and_what_is_missing()
    {
        _world.Trains(World.Cckl, 50, 45);
        _world.Trains(World.Ttkn, 40, 40);

        var texts = (await CardFor(World.HeadActor())).Texts().ToList();

        Assert.Contains("🟡 Chỉ tiêu 1 — Học tập, quán triệt: đang thực hiện", texts);
        Assert.Contains("90%", texts);
        Assert.Contains("Đã học tập, quán triệt 45/50 người (90%).", texts);
        Assert.Contains("Còn 5 người chưa học tập, quán triệt (chỉ tiêu 100%).", texts);
        Assert.DoesNotContain(texts, t => t.Contains("40/40"));
    }

    [Fact]
    public async Task Lines_are_ordered_by_target_with_other_obligations_last()
    {
        var standing = With(
            new StubSpec("models", (_, _) => [Line(null, "Mô hình", "model.list"), Line(4, "Cải cách hành chính", "report.open")]),
            new StubSpec("unit-plan", (_, _) => [Line(2, "Kế hoạch của đơn vị", "unit-plan.open")]));
        _world.Trains(World.Cckl, 50, 45);

        var card = await standing.CardAsync(World.HeadActor(), default);

        var headers = card.Texts().Where(t => t.StartsWith("⚪") || t.StartsWith("🟡")).ToList();
        Assert.Equal(
            ["🟡 Chỉ tiêu 1 — Học tập, quán triệt: đang thực hiện", "🟡 Chỉ tiêu 2 — Kế hoạch của đơn vị: đang thực hiện",
             "🟡 Chỉ tiêu 4 — Cải cách hành chính: đang thực hiện", "🟡 Mô hình: đang thực hiện"],
            headers);
        Assert.Equal(["training.open", "unit-plan.open", "report.open", "model.list", "history.show"],
            card.Actions.Select(a => a.Verb));
        // The rank is the domain's (UnitProgress), not the lines': only target 1 is stored, at 90%: 0.9 / 5 targets.
        Assert.Equal("Mức hoàn thành chung: 18% · xếp thứ 1/3 đơn vị của Sở.", card.RankLine());
    }

    [Fact]
    public async Task Completion_and_rank_come_from_the_domain_whatever_the_cards_or_the_language_say()
    {
        // A spec whose card lines claim other figures per language: the rank must not read them, so a Vietnamese
        // and an English caller see the same place, computed by the domain from the stored figures.
        var standing = With(new StubSpec("unit-plan", (t, _) => [Line(2, "Plan", "unit-plan.open", completion: t == Texts.English ? 1m : 0.5m)]));
        _world.Trains(World.Cckl, 50, 45); // 0.9 / 5 = 18%
        _world.Trains(World.Ttkn, 40, 40); // 1.0 / 5 = 20%

        var vi = await standing.CardAsync(World.HeadActor(Texts.Vietnamese), default);
        var en = await standing.CardAsync(World.HeadActor(Texts.English), default);

        Assert.Equal("Mức hoàn thành chung: 18% · xếp thứ 2/3 đơn vị của Sở.", vi.RankLine());
        Assert.Equal("Overall completion: 18% · ranked 2 of 3 units of the department.", en.RankLine());
        Assert.Equal("Standing — Chi cục Kiểm lâm", en.Texts().First());
        Assert.Contains("🟡 Target 1 — Training: in progress", en.Texts());
    }

    [Fact]
    public async Task After_a_save_the_reply_is_the_standing_card()
    {
        _world.Trains(World.Cckl, 50, 45);

        var unitNow = await _world.Submissions.LoadUnitAsync(World.Plan.Id, World.Cckl.Id, default);
        var card = await _world.Standing.StandingCardAsync(World.HeadActor(), unitNow, default);

        Assert.True(card.IsStanding());
        Assert.Equal("Mức hoàn thành chung: 18% · xếp thứ 1/3 đơn vị của Sở.", card.RankLine());
    }

    [Fact]
    public async Task Only_the_plans_own_submissions_count()
    {
        _world.Submissions.Put(new SubmissionKey("2023", World.Ttkn.Id, SubmissionItems.Training),
            new Domain.Training.TrainingReport(40, 40, 1, new DateOnly(2023, 3, 1)), new Stamp("aad:x", "X", World.Start));
        _world.Trains(World.Cckl, 50, 45);

        Assert.Equal("Mức hoàn thành chung: 18% · xếp thứ 1/3 đơn vị của Sở.", (await CardFor(World.HeadActor())).RankLine());
    }

    private static StandingLine Line(int? target, string title, string verb = "stub.open", decimal completion = 0.5m) =>
        new(target, title, ProgressStatus.InProgress, completion, title + " detail", null, verb);

    private sealed class StubSpec(string name, Func<Texts, UnitSubmissions, IReadOnlyList<StandingLine>> lines) : IItemSpec
    {
        public string Name => name;
        public string Title(Texts t) => name;
        public bool Owns(string item) => item == name;
        public IReadOnlyList<StandingLine> Standing(Texts t, Plan plan, UnitSubmissions unit, DateOnly today) => lines(t, unit);
        public string DescribeStored(Texts t, string json) => json;
    }
}
