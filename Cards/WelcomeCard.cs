using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;

namespace DanVan.Cards;

public static class WelcomeCard
{
    public static Card Build(Texts t, Plan plan, string userName, string unitName) => new(
        [
            new TextBlock(t.WelcomeTitle, TextStyle.Heading),
            new TextBlock(t.WelcomeIntro(userName, unitName, plan.Year)),
            new TextBlock(t.WelcomeDeadlines(plan.Deadline(DeadlineIds.UnitPlan).Date, plan.Deadline(DeadlineIds.ResultsReport).Date), TextStyle.Subtle),
        ],
        [
            new ExecuteAction(t.TrainingButton, Verbs.OpenTraining, Primary: true),
            new ExecuteAction(t.HelpButton, Verbs.Help),
        ]);
}
