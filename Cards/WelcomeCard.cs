using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;

namespace DanVan.Cards;

public static class WelcomeCard
{
    /// <summary>A unit head's welcome (with the unit's forms) when <paramref name="unitName"/> is given, else the office's.</summary>
    public static Card Build(Texts t, Plan plan, string userName, string? unitName)
    {
        var intro = unitName is null
            ? t.WelcomeIntroOffice(userName, plan.Issuer, plan.Year)
            : t.WelcomeIntro(userName, unitName, plan.Issuer, plan.Year);
        var deadlines = t.WelcomeDeadlines(plan.Deadline(DeadlineIds.UnitPlan).Date, plan.Deadline(DeadlineIds.ResultsReport).Date);
        List<Element> body = [new TextBlock(t.WelcomeTitle, TextStyle.Heading), new TextBlock(intro), new TextBlock(deadlines, TextStyle.Subtle)];
        // The office and leaders: the department picture first, then its export, the roster and the command list.
        if (unitName is null)
            return new Card(body,
            [
                new ExecuteAction(t.SummaryButton, Summary.SummaryCard.ShowVerb, Summary.SummaryCard.Page(1), Primary: true),
                new ExecuteAction(t.ExportButton, Summary.SummaryCard.ExportVerb),
                new ExecuteAction(t.RosterBackButton, RosterCards.ShowVerb),
                new ExecuteAction(t.HelpButton, Verbs.Help),
            ]);
        // A unit head's next steps, in the plan's order. Five is the most actions a card may carry (the Adaptive
        // Cards host default; more fail validation and are dropped), so help is a hint in the text instead.
        body.Add(TextBlock.Md(t.WelcomeHelpHint, TextStyle.Subtle));
        return new Card(body,
        [
            new ExecuteAction(t.StandingButton, Verbs.Standing, Primary: true),
            new ExecuteAction(t.UnitPlanButton, Verbs.Open(Domain.Repositories.SubmissionItems.UnitPlan)),
            new ExecuteAction(t.TrainingButton, Verbs.OpenTraining),
            new ExecuteAction(t.ModelsTitle, ModelCards.ListVerb),
            new ExecuteAction(t.ReportButton, Verbs.Open(Domain.Repositories.SubmissionItems.Report)),
        ]);
    }
}
