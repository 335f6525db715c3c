using DanVan.App.Access;
using DanVan.App.Department;
using DanVan.App.Export;
using DanVan.App.Forms;
using DanVan.App.History;
using DanVan.App.Models;
using DanVan.App.OfficialReports;
using DanVan.App.Reminders;
using DanVan.App.Reviews;
using DanVan.App.Roster;
using DanVan.App.Standing;
using DanVan.Cards;
using DanVan.Cards.Json;
using DanVan.Cards.Reviews;
using DanVan.Cards.Summary;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;

namespace DanVan.App.Routing;

/// <summary>
/// DanVan's route table: every chat command and card verb, with who may use it, where it may be answered and what
/// it does. Everything private (a unit's figures, a form, the roster, an export link) is answered in the personal
/// chat only; in a channel or group chat the answer goes to the caller's personal chat instead.
/// </summary>
public sealed class DanVanRoutes(
    Plan plan,
    IEnumerable<IItemFlow> flows,
    IModelList models,
    StandingService standing,
    HistoryService history,
    RosterAdmin roster,
    DepartmentView department,
    ExportService export,
    IReminderCommands reminders,
    DepartmentClock clock,
    Files.FileIntake fileIntake,
    Files.FileLinks fileLinks,
    ReviewService reviews,
    OfficialReportService reports,
    DepartmentChannels channels,
    Years.YearStart years,
    NudgeService nudges)
{
    public static readonly IReadOnlyList<Role> Everyone = [Role.UnitHead, Role.Office, Role.Leader];
    public static readonly IReadOnlyList<Role> UnitHeads = [Role.UnitHead];
    public static readonly IReadOnlyList<Role> Seniors = [Role.Office, Role.Leader];
    public static readonly IReadOnlyList<Role> OfficeOnly = [Role.Office];

    private RouteTable? _table;

    /// <summary>The table, built once: help reads the same table it is part of.</summary>
    public RouteTable Table => _table ??= Build();

    private RouteTable Build()
    {
        var routes = new List<Route>
        {
            new(RouteNames.Help, Everyone, Scopes.Everywhere, HelpAsync) { Words = ["trợ giúp", "hướng dẫn", "giúp", "các lệnh", "lệnh", "help", "?", "menu", "commands"], Verbs = [Cards.Verbs.Help] },
            new(RouteNames.Welcome, Everyone, Scopes.Personal, (r, _) => Task.FromResult(Answer.Of(Welcome(r.T, r.Who)))) { Words = ["xin chào", "chào", "bắt đầu", "hello", "hi", "start"] },
            new(RouteNames.Unknown, Everyone, Scopes.Everywhere, NotUnderstood),
            new(RouteNames.Deadlines, Everyone, Scopes.Everywhere, (r, _) => Task.FromResult(Answer.Of(DeadlinesCard.Build(r.T, plan, clock.Today))))
                {
                    Words = ["hạn nộp", "thời hạn", "hạn chót", "hết hạn", "khi nào", "bao giờ", "hạn", "hạn nộp kế hoạch", "hạn nộp báo cáo",
                        "hạn gửi kế hoạch", "hạn gửi báo cáo", "deadline", "deadlines", "due"],
                    Verbs = [DeadlinesCard.ShowVerb],
                },
            new(RouteNames.Standing, UnitHeads, Scopes.Personal, async (r, ct) => Answer.Of(await standing.CardAsync(r.Actor, ct)))
                { Words = ["tình hình", "kết quả", "tình hình đơn vị", "standing", "status"], Verbs = [Cards.Verbs.Standing], UnitItem = true },
            new(RouteNames.History, Everyone, Scopes.Personal, HistoryAsync) { Words = ["lịch sử", "history"], Verbs = [Cards.Verbs.History], UnitItem = true },
            new(RouteNames.Models, UnitHeads, Scopes.Personal, async (r, ct) => Answer.Of(await models.ListAsync(r.Actor, ct)))
                { Words = ["mô hình", "dân vận khéo", "mô hình dân vận khéo", "models", "model"], Verbs = [ModelCards.ListVerb], UnitItem = true },
            new(RouteNames.Summary, Seniors, Scopes.Personal, async (r, ct) => Answer.Of(await department.CardAsync(r.T, r.Data.GetValueOrDefault(SummaryCard.PageKey), ct)))
                { Words = ["tổng hợp", "tổng hợp toàn sở", "summary"], Verbs = [SummaryCard.ShowVerb], UnitHeadRefusal = Refusal.DepartmentView },
            new(RouteNames.Export, Seniors, Scopes.Personal, (r, _) => Task.FromResult(Answer.Of(export.LinksCard(r.Who.Member, r.T))))
                { Words = ["xuất báo cáo", "xuất excel", "excel", "tải báo cáo", "export"], Verbs = [SummaryCard.ExportVerb], UnitHeadRefusal = Refusal.DepartmentView, FreshRole = true },
            new(RouteNames.RemindersPreview, Seniors, Scopes.Personal, PreviewAsync) { Words = ["nhắc hạn thử", "reminders preview"] },
            new(RouteNames.RemindersSend, Seniors, Scopes.Personal, SendAsync) { Words = ["nhắc hạn", "reminders send"], Writes = true, FreshRole = true },
            // The office's nudge: one deadline's overdue units, now; the list and whom it reaches first, then the
            // confirmation's own button sends (a write, never from a shared chat).
            new(RouteNames.Nudge, OfficeOnly, Scopes.Personal, nudges.MenuAsync)
                { Words = ["nhắc quá hạn", "nhắc đơn vị quá hạn", "remind overdue", "nudge"], Verbs = [NudgeCards.OpenVerb], FreshRole = true },
            new(NudgeCards.PreviewVerb, OfficeOnly, Scopes.Personal, nudges.PreviewAsync) { Verbs = [NudgeCards.PreviewVerb], FreshRole = true },
            new(NudgeCards.SendVerb, OfficeOnly, Scopes.Personal, nudges.SendAsync) { Verbs = [NudgeCards.SendVerb], Writes = true, FreshRole = true },
            // Answered where typed: the channel it names is the one it is typed in (elsewhere it says so).
            new(RouteNames.DepartmentChannelSet, OfficeOnly, Scopes.Everywhere, channels.SetAsync)
                { Words = ["đặt kênh sở", "kênh sở", "department channel"], Writes = true, FreshRole = true, UnitHeadRefusal = Refusal.DepartmentView },
            new(RouteNames.DepartmentChannelStop, OfficeOnly, Scopes.Everywhere, channels.StopAsync)
                { Words = ["dừng kênh sở", "stop department channel"], Writes = true, FreshRole = true, UnitHeadRefusal = Refusal.DepartmentView },
            new(RouteNames.Roster, Seniors, Scopes.Personal, async (r, ct) => Answer.Of(await roster.OverviewAsync(r.Who, r.T, PageOf(r.Data), null, ct)))
                { Words = ["danh bạ", "quản lý đơn vị", "roster"], Verbs = [RosterCards.ShowVerb] },
            // The department's annual report (.docx): the office writes its words, then gets the file.
            new(RouteNames.DepartmentReport, OfficeOnly, Scopes.Personal, reports.FormAsync)
                { Words = ["báo cáo sở", "xuất báo cáo năm", "báo cáo năm", "department report"], Verbs = [OfficialReportCards.OpenVerb], FreshRole = true },
            new(OfficialReportCards.SaveVerb, OfficeOnly, Scopes.Personal, reports.SaveAsync)
                { Verbs = [OfficialReportCards.SaveVerb], Writes = true, FreshRole = true },
            new(OfficialReportCards.MakeVerb, OfficeOnly, Scopes.Personal, reports.DepartmentAsync)
                { Verbs = [OfficialReportCards.MakeVerb], FreshRole = true },
            new(OfficialReportCards.FileVerb, OfficeOnly, Scopes.Personal, (r, ct) => reports.UploadAsync(r, department: true, ct))
                { Verbs = [OfficialReportCards.FileVerb], Writes = true, FreshRole = true },
            // A unit head's own draft: the unit is the caller's, never one named by the card or the consent.
            new(RouteNames.UnitDraft, UnitHeads, Scopes.Personal, reports.UnitDraftAsync)
                { Words = ["dự thảo báo cáo", "dự thảo", "draft report"], Verbs = [OfficialReportCards.DraftVerb], UnitItem = true },
            new(OfficialReportCards.DraftFileVerb, UnitHeads, Scopes.Personal, (r, ct) => reports.UploadAsync(r, department: false, ct))
                { Verbs = [OfficialReportCards.DraftFileVerb], UnitItem = true, Writes = true },
        };
        // Plan years: one year's card ("năm 2024" alone), the list, and the office's start of the next year.
        routes.Add(new(YearCards.ShowVerb, Everyone, Scopes.Personal, years.ShowAsync) { Verbs = [YearCards.ShowVerb] });
        routes.Add(new(YearCards.ListVerb, Everyone, Scopes.Personal, years.ListAsync)
            { Words = ["các năm", "years"], Verbs = [YearCards.ListVerb] });
        routes.Add(new(YearCards.StartVerb, OfficeOnly, Scopes.Personal, years.StartAsync)
            { Words = ["năm mới", "sang năm mới", "bắt đầu năm mới", "new year"], Verbs = [YearCards.StartVerb], FreshRole = true, UnitHeadRefusal = Refusal.DepartmentView });
        routes.Add(new(YearCards.UploadRoute, OfficeOnly, Scopes.Personal, years.UploadAsync) { FreshRole = true });
        routes.Add(new(YearCards.PickVerb, OfficeOnly, Scopes.Personal, years.PickAsync) { Verbs = [YearCards.PickVerb], FreshRole = true });
        routes.Add(new(YearCards.ConfirmVerb, OfficeOnly, Scopes.Personal, years.ConfirmAsync)
            { Verbs = [YearCards.ConfirmVerb], Writes = true, FreshRole = true });
        // Documents in: a file dropped into the personal chat, then the card's choice of what it is.
        routes.Add(new(FileCards.ReceivedRoute, UnitHeads, Scopes.Personal, (r, ct) => fileIntake.OfferAsync(r, r.File!, ct))
            { UnitItem = true, Writes = true });
        routes.Add(new(FileCards.AttachVerb, UnitHeads, Scopes.Personal, async (r, ct) => Answer.From(await fileIntake.AttachAsync(r.Actor, r.Data, ct)))
            { Verbs = [FileCards.AttachVerb], UnitItem = true, Writes = true });
        routes.Add(new(FileCards.LinksVerb, Seniors, Scopes.Personal, async (r, ct) => Answer.Of(await fileLinks.CardAsync(r.Who.Member, r.T, ct)))
            { Words = ["tệp", "tệp đã gửi", "tài liệu", "files"], Verbs = [FileCards.LinksVerb], UnitHeadRefusal = Refusal.DepartmentView, FreshRole = true });
        // Văn phòng Sở's review: the office alone (leaders read the review states in the summary), in the personal chat,
        // with the role read from storage; a decision is a write, never made from a card in a shared chat.
        routes.Add(new(RouteNames.ReviewQueue, OfficeOnly, Scopes.Personal, reviews.QueueAsync)
            { Words = ["cần tiếp nhận", "tiếp nhận", "review queue", "reviews"], Verbs = [ReviewCards.QueueVerb], FreshRole = true });
        routes.Add(new(ReviewCards.ShowVerb, OfficeOnly, Scopes.Personal, reviews.ShowAsync) { Verbs = [ReviewCards.ShowVerb], FreshRole = true });
        routes.Add(new(ReviewCards.AcceptVerb, OfficeOnly, Scopes.Personal, reviews.AcceptAsync)
            { Verbs = [ReviewCards.AcceptVerb], Writes = true, FreshRole = true });
        routes.Add(new(ReviewCards.ReturnVerb, OfficeOnly, Scopes.Personal, reviews.ReturnAsync)
            { Verbs = [ReviewCards.ReturnVerb], Writes = true, FreshRole = true });
        foreach (var verb in RosterCards.ReadVerbs.Where(v => v is not RosterCards.ShowVerb).Order(StringComparer.Ordinal))
            routes.Add(new(verb, Seniors, Scopes.Personal, RosterAsync(verb)) { Verbs = [verb] });
        foreach (var verb in RosterCards.EditVerbs.Order(StringComparer.Ordinal))
            routes.Add(new(verb, OfficeOnly, Scopes.Personal, RosterAsync(verb))
                { Verbs = [verb], FreshRole = true, Writes = verb != RosterCards.NewUnitVerb });
        foreach (var flow in flows.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var open = Cards.Verbs.Open(flow.Name);
            routes.Add(new(open, UnitHeads, Scopes.Personal, async (r, ct) => Answer.From(await flow.OpenAsync(r.Actor, r.Data, ct)))
                { Words = flow.Words, Verbs = [open], UnitItem = true });
            routes.Add(new(Cards.Verbs.Submit(flow.Name), UnitHeads, Scopes.Personal, async (r, ct) => Answer.From(await flow.SubmitAsync(r.Actor, r.Data, ct)))
                { Verbs = [Cards.Verbs.Submit(flow.Name)], UnitItem = true, Writes = true });
            if (flow.HasSteps)
                routes.Add(new(Cards.Verbs.StepOf(flow.Name), UnitHeads, Scopes.Personal, async (r, ct) => Answer.From(await flow.StepAsync(r.Actor, r.Data, ct)))
                    { Verbs = [Cards.Verbs.StepOf(flow.Name)], UnitItem = true });
            routes.Add(new(Cards.Verbs.Refresh(flow.Name), UnitHeads, Scopes.Personal, async (r, ct) => Answer.From(await flow.RefreshAsync(r.Actor, r.Data, ct)))
                { Verbs = [Cards.Verbs.Refresh(flow.Name)], UnitItem = true });
        }
        return new RouteTable(routes);
    }

    /// <summary>The commands the caller may use, read from the table: a command is listed for the roles its route allows.</summary>
    public static string HelpText(RouteTable table, Texts t, Identity who, ChatKind chat)
    {
        var lines = table.All
            .Where(r => r.Roles.Contains(who.Member.Role))
            .Select(r => t.HelpLine(r.Name, AccessPolicy.IsSenior(who)))
            .OfType<string>()
            .ToList();
        var help = t.HelpIntro + "\n\n" + string.Join("\n", lines.Select(l => "- " + l)) + "\n\n" + t.HelpOutro;
        return chat == ChatKind.Personal ? help : help + "\n\n" + t.HelpSharedNote;
    }

    private Task<Answer> HelpAsync(Request r, CancellationToken ct)
    {
        var text = HelpText(Table, r.T, r.Who, r.Caller.Chat);
        // A button (the welcome card's) shows the welcome again with the list; typed, the list alone. In a shared
        // chat only the list: the welcome card names the caller's unit.
        return Task.FromResult(r.Text is null && r.Caller.Chat == ChatKind.Personal
            ? new Answer(Welcome(r.T, r.Who), [new TextReply(text)])
            : Answer.Say(text));
    }


    /// <summary>Not understood: say so, with buttons to the closest routes the caller may use (or help).</summary>
    private Task<Answer> NotUnderstood(Request r, CancellationToken ct)
    {
        bool Offered(Route route) => route.Verbs.Count > 0 && route.Words.Count > 0 && route.Roles.Contains(r.Who.Member.Role);
        var suggestions = Table.Words.Suggest(r.Text, Offered);
        if (suggestions.Count == 0) suggestions = [.. new[] { RouteNames.Help, AccessPolicy.IsSenior(r.Who) ? RouteNames.Summary : RouteNames.Standing }
            .Select(n => Table.ForName(n)).OfType<Route>().Where(Offered)];
        return Task.FromResult(Answer.Of(SuggestionCard.Build(r.T, Shorten(r.Text),
            [.. suggestions.Select(s => (r.T.CommandButton(s.Name, s.Words[0]), s.Verbs[0]))])));
    }

    private async Task<Answer> HistoryAsync(Request r, CancellationToken ct) =>
        Answer.Of(AccessPolicy.IsSenior(r.Who) ? await roster.LogAsync(r.T, ct) : await history.CardAsync(r.Actor, ct));

    private async Task<Answer> PreviewAsync(Request r, CancellationToken ct)
    {
        var preview = await reminders.PreviewAsync(ct);
        if (preview.Nothing) return Answer.Say(r.T.RemindersNoneDue);
        var counts = r.T.RemindersPreview(DepartmentClock.ToLocal(preview.At), [.. preview.Deadlines.Select(d => (d.Subject, d.Units, d.Recipients))], preview.Digests);
        var who = r.T.RemindersPreviewWho(
            [.. preview.Deadlines.Select(d => (d.Subject, (IReadOnlyList<(string, string)>)[.. d.Pings.Select(p => (p.Unit, p.Person))]))], preview.Unreachable);
        return Answer.Say(who.Length == 0 ? counts : counts + "\n\n" + who);
    }

    /// <summary>A send is started, not awaited: its counts reach the requester's chat when the paced fan-out ends.
    /// The office is then offered the nudge of each deadline's overdue units (<see cref="NudgeService"/>).</summary>
    private async Task<Answer> SendAsync(Request r, CancellationToken ct)
    {
        var start = await reminders.StartSendAsync(r.Who.Member.Key, ct);
        var said = start.AlreadyRunning ? r.T.RemindersAlreadyRunning(DepartmentClock.ToLocal(start.At))
            : start.Due == 0 ? r.T.RemindersNoneDue : r.T.RemindersStarted(start.Due);
        return await nudges.OfferAsync(r, ct) is { } offer ? new Answer(null, [new TextReply(said), new CardReply(offer)]) : Answer.Say(said);
    }

    private RouteHandler RosterAsync(string verb) => async (r, ct) => Answer.From(await roster.ActAsync(r.Who, r.T, verb, r.Data, ct));

    private Card Welcome(Texts t, Identity who) =>
        WelcomeCard.Build(t, plan, who.Member.DisplayName, AccessPolicy.IsUnitHead(who) ? who.Unit!.Name : null);

    private static int PageOf(IReadOnlyDictionary<string, string?> data) =>
        int.TryParse(data.GetValueOrDefault(RosterFields.Page), out var page) ? page : 1;

    private static string Shorten(string? text) => Domain.Validation.TextClip.Clip((text ?? "").Trim(), 60, "...");
}
