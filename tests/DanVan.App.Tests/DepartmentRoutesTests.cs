using Microsoft.Extensions.DependencyInjection;
using DanVan.Cards;
using DanVan.App.Department;
using DanVan.App.Export;
using DanVan.Cards.Text;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;

namespace DanVan.App.Tests;

/// <summary>The office's summary and export as use cases: who may, and how the department is read.</summary>
public class DepartmentRoutesTests
{
    private sealed class SlashedBaseUrl : IPublicBaseUrl
    {
        public string Get() => "https://danvan.example/";
    }

    /// <summary>Counts how the department is read: plan-wide (the storage splits it into range slices), never a read per unit.</summary>
    private sealed class CountingSubmissions(ISubmissionRepository inner) : ISubmissionRepository
    {
        public int PlanReads, UnitReads, PointReads;

        public Task<Versioned<T>?> GetAsync<T>(SubmissionKey key, CancellationToken ct) where T : class { PointReads++; return inner.GetAsync<T>(key, ct); }
        public Task<Versioned<T>> SaveAsync<T>(SubmissionKey key, T value, Versioned<T>? previous, Stamp stamp, CancellationToken ct) where T : class =>
            inner.SaveAsync(key, value, previous, stamp, ct);
        public Task<Versioned<T>> AttachFileAsync<T>(SubmissionKey key, Versioned<T> current, DanVan.Domain.Files.ItemFiles files, Stamp stamp,
            CancellationToken ct) where T : class => inner.AttachFileAsync(key, current, files, stamp, ct);
        public Task<UnitSubmissions> LoadUnitAsync(string planId, string unitId, CancellationToken ct) { UnitReads++; return inner.LoadUnitAsync(planId, unitId, ct); }
        public Task<IReadOnlyList<UnitSubmissions>> LoadPlanAsync(string planId, CancellationToken ct) { PlanReads++; return inner.LoadPlanAsync(planId, ct); }
        public Task<IReadOnlyList<AuditEntry>> HistoryAsync(string planId, string unitId, int max, CancellationToken ct) => inner.HistoryAsync(planId, unitId, max, ct);
    }

    private static (DepartmentView View, ExportService Export, CountingSubmissions Reads, World World) Build()
    {
        var world = new World();
        world.Trains(World.Cckl, 50, 45);
        world.Trains(World.Ttkn, 10, 10);
        var reads = new CountingSubmissions(world.Submissions);
        var view = new DepartmentView(World.Plan, reads, world.Roster, world.Clock,
            world.Services.GetRequiredService<DanVan.Domain.Progress.ProgressItems>(), world.Services.GetServices<DanVan.App.Forms.IItemSpec>());
        var export = new ExportService(World.Plan, view, world.Editor, new ExportTokens(new byte[32]),
            new ExportOptions(TimeSpan.FromMinutes(15)), world.Clock, new SlashedBaseUrl(),
            new DanVan.App.OfficialReports.OfficialDocuments(World.Plan, view, reads, world.Clock),
            world.Services.GetRequiredService<ExportBook>());
        return (view, export, reads, world);
    }

    [Fact]
    public async Task The_summary_reads_the_department_by_plan_range_never_a_read_per_unit()
    {
        var (view, _, reads, _) = Build();

        var card = await view.CardAsync(Texts.Vietnamese, page: null, default);

        Assert.Contains("55/60 (91,7%)", card.ToString());
        Assert.Equal((1, 0, 0), (reads.PlanReads, reads.UnitReads, reads.PointReads));
    }

    [Fact]
    public async Task Only_office_and_leaders_get_it_and_a_unit_head_is_pointed_to_their_own_standing()
    {
        var service = new World().Service;

        // The route table that gates every turn: seniors may, a unit head is refused with a pointer to "tình hình".
        var routes = new World().Routes;
        Assert.True(routes.Allows(Role.Leader, RouteNames.Summary) && routes.Allows(Role.Office, RouteNames.Export));
        Assert.False(routes.Allows(Role.UnitHead, RouteNames.Export));
        Assert.Equal(Refusal.DepartmentView, Access.AccessPolicy.Check(routes.ForName(RouteNames.Summary)!, World.HeadIdentity, new Dictionary<string, string?>()));
        Assert.Equal(Refusal.DepartmentView, Access.AccessPolicy.Check(routes.ForName(RouteNames.Export)!, World.HeadIdentity, new Dictionary<string, string?>()));
        Assert.Contains("tình hình", Texts.Vietnamese.Refused(Refusal.DepartmentView));
        var refused = Assert.IsType<TextReply>(Assert.Single((await service.OnMessageAsync(World.HeadCaller(), "tổng hợp", default)).Replies));
        Assert.Equal(Texts.Vietnamese.Refused(Refusal.DepartmentView), refused.Text);
    }

    [Fact]
    public async Task Links_point_at_the_public_address_and_say_when_they_expire()
    {
        var (_, export, _, _) = Build();
        var card = export.LinksCard(World.Leader, Texts.Vietnamese).ToString();
        Assert.Contains("\"url\":\"https://danvan.example/export/", card);
        Assert.Contains("hết hạn lúc 10:15 15/06/2024", card);
    }

    [Theory]
    [InlineData("tổng hợp", RouteNames.Summary)]
    [InlineData("Tong hop", RouteNames.Summary)]
    [InlineData("tổng hợp toàn Sở", RouteNames.Summary)]
    [InlineData("summary", RouteNames.Summary)]
    [InlineData("Xuất báo cáo", RouteNames.Export)]
    [InlineData("xuat excel", RouteNames.Export)]
    [InlineData("export", RouteNames.Export)]
    public void The_commands_read_with_or_without_diacritics(string text, string expected) =>
        Assert.Equal(expected, CommandsTests.Parse(text));

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("+2")]
    [InlineData("1e3")]
    public async Task A_bad_page_number_gets_a_message_not_a_page(string page)
    {
        var (view, _, reads, _) = Build();
        var card = await view.CardAsync(Texts.Vietnamese, page, default);
        Assert.Contains("Số trang không hợp lệ", card.ToString());
        Assert.Equal(0, reads.PlanReads);
    }
}
