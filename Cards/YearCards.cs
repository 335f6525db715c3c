using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;

namespace DanVan.Cards;

/// <summary>Plan years side by side: one year's card ("năm 2024"), the list of years, and the office's start of the next year.</summary>
public static class YearCards
{
    public const string ShowVerb = "year.show";
    public const string ListVerb = "year.list";
    public const string StartVerb = "year.start";
    public const string PickVerb = "year.pick";
    public const string ConfirmVerb = "year.confirm";

    /// <summary>The route of a plan file the office dropped into the personal chat.</summary>
    public const string UploadRoute = "year.upload";

    /// <summary>Card data: the text of an uploaded plan file, carried to the confirmation (checked again there).</summary>
    public const string PlanJsonKey = "planJson";

    /// <summary>Card data: the plan file chosen from the plans folder (untrusted: only a name the folder lists is read).</summary>
    public const string FileKey = "file";

    /// <summary>Card data: the SHA-256 of the file as previewed, so the confirmation stores what the office read.</summary>
    public const string HashKey = "sha256";

    /// <summary>One year: its phase and the buttons to what the caller may read of it, each naming the year.</summary>
    public static Card Year(Texts t, Plan plan, DateOnly today, bool current, bool senior, IReadOnlyDictionary<string, string> yearData)
    {
        var body = new List<Element>
        {
            new TextBlock(t.YearCardTitle(plan.Year, current), TextStyle.Heading),
            new TextBlock(plan.Title, TextStyle.Subtle),
            new TextBlock(t.YearPhaseLine(plan.PhaseOn(today), plan.OpensOn, plan.ClosesOn)),
        };
        IReadOnlyList<ExecuteAction> actions = senior
            ? [new(t.SummaryButton, Summary.SummaryCard.ShowVerb, yearData, Primary: true), new(t.ExportButton, Summary.SummaryCard.ExportVerb, yearData),
               new(t.YearsButton, ListVerb)]
            : [new(t.StandingButton, Verbs.Standing, yearData, Primary: true), new(t.HistoryButton, Verbs.History, yearData),
               new(t.ModelsButton, ModelCards.ListVerb, yearData), new(t.YearsButton, ListVerb)];
        return new Card(body, actions);
    }

    /// <summary>Every year DanVan serves, newest first, each a button to its card.</summary>
    public static Card List(Texts t, IReadOnlyList<Plan> plans, string currentId, DateOnly today, bool office)
    {
        var body = new List<Element> { new TextBlock(t.YearsTitle, TextStyle.Heading) };
        var ordered = plans.OrderByDescending(p => p.OpensOn).ToList();
        body.Add(new FactSet([.. ordered.Select(p => (t.YearLabel(p.Year, p.Id == currentId), t.YearPhaseLine(p.PhaseOn(today), p.OpensOn, p.ClosesOn)))]));
        var actions = ordered.Take(office ? 4 : 5)
            .Select(p => new ExecuteAction(t.YearButton(p.Year), ShowVerb, new Dictionary<string, string> { [Years.DataKey] = p.Id })).ToList();
        if (office) actions.Add(new ExecuteAction(t.YearStartButton, StartVerb, Primary: true));
        return new Card(body, actions);
    }

    /// <summary>The plan files the office may start a next year from (none: the folder and what to put there).</summary>
    public static Card Start(Texts t, IReadOnlyList<string> files, string folder)
    {
        var body = new List<Element> { new TextBlock(t.YearStartTitle, TextStyle.Heading), new TextBlock(files.Count == 0 ? t.YearStartNoFiles(folder) : t.YearStartIntro(folder)) };
        var buttons = files.Take(20).Select(f => new ExecuteAction(f, PickVerb, new Dictionary<string, string> { [FileKey] = f })).ToList();
        if (buttons.Count > 0) body.Add(new ActionSet(buttons));
        return new Card(body, []);
    }

    /// <summary>What DanVan read in the chosen file, to confirm before it is recorded.</summary>
    public static Card Preview(Texts t, Plan plan, string file, string sha256, string? previousYear, string? uploadedJson = null)
    {
        var facts = new List<(string, string)>
        {
            (t.YearFactFile, file), (t.YearFactYear, plan.Year.ToString(t.Culture)), (t.YearFactId, plan.Id),
            (t.YearFactOpensOn, t.Date(plan.OpensOn)), (t.YearFactClosesOn, t.Date(plan.ClosesOn)),
        };
        facts.AddRange(plan.Deadlines.OrderBy(d => d.Date).Select(d => (d.ShortTitle, t.Date(d.Date))));
        var body = new List<Element> { new TextBlock(t.YearPreviewTitle(plan.Year), TextStyle.Heading), new TextBlock(plan.Title, TextStyle.Subtle), new FactSet(facts) };
        if (plan.Sample) body.Add(new TextBlock(t.YearPreviewSample, TextStyle.Warning));
        body.Add(new TextBlock(t.YearPreviewWhat(plan.OpensOn, previousYear)));
        var data = new Dictionary<string, string> { [FileKey] = file, [HashKey] = sha256 };
        if (uploadedJson is not null) data[PlanJsonKey] = uploadedJson;
        return new Card(body, [new ExecuteAction(t.YearConfirmButton(plan.Year), ConfirmVerb, data, Primary: true), new ExecuteAction(t.CancelButton, StartVerb)]);
    }

    /// <summary>Names shared with App: the card data key of a year.</summary>
    public static class Years
    {
        public const string DataKey = "planYear";
    }
}
