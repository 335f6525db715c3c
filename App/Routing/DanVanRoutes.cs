using DanVan.App.Access;
using DanVan.App.Department;
using DanVan.App.Export;
using DanVan.App.Forms;
using DanVan.App.History;
using DanVan.App.Models;
using DanVan.App.Reminders;
using DanVan.App.Roster;
using DanVan.App.Standing;
using DanVan.Cards;
using DanVan.Cards.Json;
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
    DepartmentChannels channels)
{
    public static readonly IReadOnlyList<Role> Everyone = [Role.UnitHead, Role.Office, Role.Leader];
    public static readonly IReadOnlyList<Role> UnitHeads = [Role.UnitHead];
    public static readonly IReadOnlyList<Role> Seniors = [Role.Office, Role.Leader];
    public static readonly IReadOnlyList<Role> OfficeOnly = [Role.Office];

    /// <summary>The chat command that opens each form (the models' register opens a list instead).</summary>
    private static readonly Dictionary<string, Command> FormCommands = new()
    {
        [SubmissionItems.Training] = Command.Training,
        [SubmissionItems.UnitPlan] = Command.UnitPlan,
        [SubmissionItems.Report] = Command.Report,
    };

    private RouteTable? _table;

    /// <summary>The table, built once: help reads the same table it is part of.</summary>
    public RouteTable Table => _table ??= Build();

    private RouteTable Build()
    {
        var routes = new List<Route>
        {
            new(RouteNames.Help, Everyone, Scopes.Everywhere, HelpAsync) { Command = Command.Help, Verbs = [Cards.Verbs.Help] },
            new(RouteNames.Welcome, Everyone, Scopes.Personal, (r, _) => Task.FromResult(Answer.Of(Welcome(r.T, r.Who)))) { Command = Command.Welcome },
            new(RouteNames.Unknown, Everyone, Scopes.Everywhere, (r, _) => Task.FromResult(Answer.Say(r.T.NotUnderstood(Shorten(r.Text))))) { Command = Command.Unknown },
            new(RouteNames.Standing, UnitHeads, Scopes.Personal, async (r, ct) => Answer.Of(await standing.CardAsync(r.Actor, ct)))
                { Command = Command.Standing, Verbs = [Cards.Verbs.Standing], UnitItem = true },
            new(RouteNames.History, Everyone, Scopes.Personal, HistoryAsync) { Command = Command.History, Verbs = [Cards.Verbs.History], UnitItem = true },
            new(RouteNames.Models, UnitHeads, Scopes.Personal, async (r, ct) => Answer.Of(await models.ListAsync(r.Actor, ct)))
                { Command = Command.Models, Verbs = [ModelCards.ListVerb], UnitItem = true },
            new(RouteNames.Summary, Seniors, Scopes.Personal, async (r, ct) => Answer.Of(await department.CardAsync(r.T, r.Data.GetValueOrDefault(SummaryCard.PageKey), ct)))
                { Command = Command.Summary, Verbs = [SummaryCard.ShowVerb], UnitHeadRefusal = Refusal.DepartmentView },
            new(RouteNames.Export, Seniors, Scopes.Personal, (r, _) => Task.FromResult(Answer.Of(export.LinksCard(r.Who.Member, r.T))))
                { Command = Command.Export, Verbs = [SummaryCard.ExportVerb], UnitHeadRefusal = Refusal.DepartmentView, FreshRole = true },
            new(RouteNames.RemindersPreview, Seniors, Scopes.Personal, PreviewAsync) { Command = Command.ReminderPreview },
            new(RouteNames.RemindersSend, Seniors, Scopes.Personal, SendAsync) { Command = Command.ReminderSend, Writes = true, FreshRole = true },
            // Answered where typed: the channel it names is the one it is typed in (elsewhere it says so).
            new(RouteNames.DepartmentChannelSet, OfficeOnly, Scopes.Everywhere, channels.SetAsync)
                { Command = Command.DepartmentChannelSet, Writes = true, FreshRole = true, UnitHeadRefusal = Refusal.DepartmentView },
            new(RouteNames.DepartmentChannelStop, OfficeOnly, Scopes.Everywhere, channels.StopAsync)
                { Command = Command.DepartmentChannelStop, Writes = true, FreshRole = true, UnitHeadRefusal = Refusal.DepartmentView },
            new(RouteNames.Roster, Seniors, Scopes.Personal, async (r, ct) => Answer.Of(await roster.OverviewAsync(r.Who, r.T, PageOf(r.Data), null, ct)))
                { Command = Command.Roster, Verbs = [RosterCards.ShowVerb] },
        };
        foreach (var verb in RosterCards.ReadVerbs.Where(v => v is not RosterCards.ShowVerb).Order(StringComparer.Ordinal))
            routes.Add(new(verb, Seniors, Scopes.Personal, RosterAsync(verb)) { Verbs = [verb] });
        foreach (var verb in RosterCards.EditVerbs.Order(StringComparer.Ordinal))
            routes.Add(new(verb, OfficeOnly, Scopes.Personal, RosterAsync(verb))
                { Verbs = [verb], FreshRole = true, Writes = verb != RosterCards.NewUnitVerb });
        foreach (var flow in flows.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var open = Cards.Verbs.Open(flow.Name);
            routes.Add(new(open, UnitHeads, Scopes.Personal, async (r, ct) => Answer.From(await flow.OpenAsync(r.Actor, r.Data, ct)))
                { Command = FormCommands.TryGetValue(flow.Name, out var c) ? c : null, Verbs = [open], UnitItem = true });
            routes.Add(new(Cards.Verbs.Submit(flow.Name), UnitHeads, Scopes.Personal, async (r, ct) => Answer.From(await flow.SubmitAsync(r.Actor, r.Data, ct)))
                { Verbs = [Cards.Verbs.Submit(flow.Name)], UnitItem = true, Writes = true });
            routes.Add(new(Cards.Verbs.Refresh(flow.Name), UnitHeads, Scopes.Personal, async (r, ct) => Answer.From(await flow.RefreshAsync(r.Actor, r.Data, ct)))
                { Verbs = [Cards.Verbs.Refresh(flow.Name)], UnitItem = true });
        }
        return new RouteTable(routes);
    }

    /// <summary>The commands the caller may use, read from the table: a command is listed for the roles its route allows.</summary>
    public static string HelpText(RouteTable table, Texts t, Identity who, ChatKind chat)
    {
        var lines = table.All
            .Where(r => r.Command is { } c && r.Roles.Contains(who.Member.Role))
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


    private async Task<Answer> HistoryAsync(Request r, CancellationToken ct) =>
        Answer.Of(AccessPolicy.IsSenior(r.Who) ? await roster.LogAsync(r.T, ct) : await history.CardAsync(r.Actor, ct));

    private async Task<Answer> PreviewAsync(Request r, CancellationToken ct)
    {
        var preview = await reminders.PreviewAsync(ct);
        return Answer.Say(preview.Nothing ? r.T.RemindersNoneDue
            : r.T.RemindersPreview(DepartmentClock.ToLocal(preview.At), [.. preview.Deadlines.Select(d => (d.Subject, d.Units, d.Recipients))], preview.Digests));
    }

    /// <summary>A send is started, not awaited: its counts reach the requester's chat when the paced fan-out ends.</summary>
    private async Task<Answer> SendAsync(Request r, CancellationToken ct)
    {
        var start = await reminders.StartSendAsync(r.Who.Member.Key, ct);
        return Answer.Say(start.AlreadyRunning ? r.T.RemindersAlreadyRunning(DepartmentClock.ToLocal(start.At))
            : start.Due == 0 ? r.T.RemindersNoneDue : r.T.RemindersStarted(start.Due));
    }

    private RouteHandler RosterAsync(string verb) => async (r, ct) => Answer.From(await roster.ActAsync(r.Who, r.T, verb, r.Data, ct));

    private Card Welcome(Texts t, Identity who) =>
        WelcomeCard.Build(t, plan, who.Member.DisplayName, AccessPolicy.IsUnitHead(who) ? who.Unit!.Name : null);

    private static int PageOf(IReadOnlyDictionary<string, string?> data) =>
        int.TryParse(data.GetValueOrDefault(RosterFields.Page), out var page) ? page : 1;

    private static string Shorten(string? text) => Domain.Validation.TextClip.Clip((text ?? "").Trim(), 60, "...");
}
