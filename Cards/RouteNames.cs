using DanVan.Domain.Repositories;

namespace DanVan.Cards;

/// <summary>The route table's names for the routes a help line describes (the form routes are their open verbs).</summary>
public static class RouteNames
{
    public const string Help = "help";
    public const string Welcome = "welcome";
    public const string Unknown = "unknown";
    public const string Standing = "standing";
    public const string Deadlines = "deadlines";
    public const string History = "history";
    public const string Summary = "summary";
    public const string Export = "export";
    public const string RemindersPreview = "reminders.preview";
    public const string RemindersSend = "reminders.send";
    public const string Nudge = NudgeCards.OpenVerb;
    public const string DepartmentChannelSet = "department-channel.set";
    public const string DepartmentChannelStop = "department-channel.stop";
    public const string Roster = RosterCards.ShowVerb;
    public const string ReviewQueue = Reviews.ReviewCards.QueueVerb;
    public const string Models = ModelCards.ListVerb;
    public const string Training = SubmissionItems.Training + ".open";
    public const string UnitPlan = SubmissionItems.UnitPlan + ".open";
    public const string Report = SubmissionItems.Report + ".open";
    public const string DepartmentReport = OfficialReportCards.OpenVerb;
    public const string UnitDraft = OfficialReportCards.DraftVerb;
}
