using System.Globalization;
using DanVan.Domain.Validation;
using DanVan.Domain.Progress;

namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts : Texts
{
    public override CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-US");

    public override string WelcomeTitle => "Welcome to DanVan";
    public override string WelcomeIntro(string name, string unitName, string issuer, int planYear) =>
        $"Hello {name}! DanVan helps {unitName} report on the {planYear} plan of {issuer} for government mass mobilisation (dân vận chính quyền) and shows how far the unit has met its targets.";
    public override string WelcomeIntroOffice(string name, string issuer, int planYear) =>
        $"Hello {name}! DanVan collects the units' reports on the {planYear} plan of {issuer} for government mass mobilisation (dân vận chính quyền).";
    public override string WelcomeDeadlines(DateOnly unitPlan, DateOnly report) =>
        $"Unit plan due: {Date(unitPlan)}. Results report due: {Date(report)}.";
    public override string WelcomeHelpHint => "Type **help** at any time to see the commands.";
    public override string HelpButton => "Help";
    public override string NotUnderstood(string said) => $"DanVan did not understand \"{Json.Markdown.Escape(said, inline: true)}\". Type \"help\" to see the commands.";
    public override string UnknownUser(string? name, string contact) =>
        $"Hello{(string.IsNullOrWhiteSpace(name) ? "" : " " + name)}! Your account is not on DanVan's roster yet, so you cannot report. Please contact {contact} to be added.";
    public override string UnitHeadsOnly => "This is for unit heads (or their deputies).";
    public override string UnknownAction => "This action is not valid or has expired. Type \"help\" to see the commands.";
    public override string SomethingWentWrong => "Sorry, DanVan ran into a problem and did not save your last action. Please try again in a few minutes.";

    public override string TrainingButton => "Training";
    public override string TrainingTitle(string unitName) => $"Training on the directives — {unitName}";
    public override string TrainingTarget(string targetText) => $"Target 1: {targetText}";
    public override string TotalStaffLabel => "Total staff of the unit";
    public override string TrainedLabel => "Staff trained";
    public override string SessionsLabel => "Sessions held";
    public override string LastSessionLabel => "Date of the last session";
    public override string FormCancelled => "Cancelled. Nothing was stored.";
    public override string FormReopenButton => "Open the form again";
    public override string RequiredWhen(string label, string condition) => $"{label} (required {condition})";
    public override string WhenSessionsHeld => "when sessions are above 0";
    public override string RefreshTitle => "Refresh";
    public override string SubmitButton => "Submit";
    public override string CancelButton => "Cancel";
    public override string EditButton => "Edit";
    public override string DatePlaceholder => "Pick a date";
    public override string FieldRequired => "This field is required.";
    public override string EnterWholeNumber => "Please enter a whole number, zero or more.";
    public override string PickDate(int year) => $"Please pick a date in {year}.";
    public override string FixErrors(int count) => $"Not saved: please fix the {count} marked field(s) below.";
    public override string TrainingReceiptTitle => "Training figures received";
    public override string UpdatedBy(string when, string who) => $"Updated at {when} by {who}.";
    public override string TrainingStanding(int trained, int total, string percent, string required, int stillToTrain) =>
        stillToTrain == 0
            ? $"Trained {Number(trained)}/{Number(total)} staff ({percent}). Target of {required} met."
            : $"Trained {Number(trained)}/{Number(total)} staff ({percent}). Target: {required} — {Number(stillToTrain)} still to train.";
    public override string Conflict(string who, string when, string stored) =>
        $"Not saved: {who} updated the unit's figures at {when}. Stored now: {stored}. The form below keeps what you entered — submit to replace the stored figures with it, or cancel to keep them.";

    public override string TrainingLine(int trained, int total, string percent) =>
        $"Trained {Number(trained)}/{Number(total)} staff ({percent}).";
    public override string TrainingSummary(int trained, int total, int sessions, string? lastSession) =>
        $"{Number(trained)}/{Number(total)} staff, {Number(sessions)} session(s)" + (lastSession is null ? "" : $", last on {lastSession}");
    public override string StillToTrainLine(int stillToTrain, string required) =>
        $"{Number(stillToTrain)} staff still to train (target {required}).";
    public override string NotReportedYet => "Not reported yet.";
    public override string StandingTitle(string unitName) => $"Standing — {unitName}";
    public override string StandingSubtitle(int planYear, string asOf) => $"{planYear} plan for dân vận chính quyền · figures as of {asOf}";
    public override string StandingRank(string completion, int position, int of) =>
        $"Overall completion: {completion} · ranked {position} of {of} units of the department.";
    public override string TargetLabel(int number) => $"Target {number}";
    public override string Status(ProgressStatus status) => status switch
    {
        ProgressStatus.Met => "met",
        ProgressStatus.InProgress => "in progress",
        ProgressStatus.NotMet => "not met",
        ProgressStatus.Overdue => "overdue",
        _ => "not reported",
    };
    public override string DeadlinesHeading => "**Deadlines**";
    public override string Countdown(Domain.Plans.DeadlineStatus s) => s.State switch
    {
        Domain.Plans.DeadlineState.Pending => $"{Number(s.Days)} day(s) left",
        Domain.Plans.DeadlineState.DueToday => "due today",
        Domain.Plans.DeadlineState.Overdue => $"{Number(s.Days)} day(s) overdue",
        Domain.Plans.DeadlineState.Late => $"sent {Number(s.Days)} day(s) late",
        _ => "sent on time",
    };
    public override string StandingButton => "Standing";
    public override string HistoryButton => "History";
    public override string HistoryTitle(string unitName) => $"Change history — {unitName}";
    public override string HistoryEmpty => "No changes recorded for the unit yet.";
    public override string HistoryCreated => "(new)";

    public override string Error(FieldError e) => e.Code switch
    {
        ErrorCode.Required => "Required.",
        ErrorCode.MustBePositive => "Must be greater than 0.",
        ErrorCode.NotAWholeNumber => "Please enter a whole number, e.g. 45.",
        ErrorCode.Negative => "Must not be negative.",
        ErrorCode.TooLarge => $"Too large (at most {Number(e.Limit ?? 0)}).",
        ErrorCode.NotADate => "Not a valid date; use day/month/year, e.g. 15/03/2024.",
        ErrorCode.OutsidePlanYear => $"The date must be in the plan year {e.Limit}.",
        ErrorCode.InFuture => "The date must not be after today.",
        ErrorCode.TrainedExceedsTotal => $"Must not exceed the total staff ({Number(e.Limit ?? 0)}).",
        ErrorCode.SessionsNeeded => "At least 1 session is needed when staff were trained.",
        ErrorCode.DateNeeded => "Please pick the date of the last session.",
        ErrorCode.TooLong => $"Too long (at most {Number(e.Limit ?? 0)} characters).",
        ErrorCode.NotALink => "The link must start with http:// or https://.",
        ErrorCode.BeforeRelatedDate => "This date must not be before the related date (e.g. sent before issued).",
        ErrorCode.NotAChoice => "Please pick one of the options.",
        ErrorCode.NotAPercent => "The percentage must be between 0 and 100.",
        ErrorCode.ExceedsRelated => $"Must not exceed {Number(e.Limit ?? 0)}.",
        ErrorCode.NotADocumentNumber => "A document number needs a digit and only letters, digits, spaces, \"/\", \"-\" or \".\", e.g. 12/KH-CCKL.",
        ErrorCode.SentButNotIssued => "A plan that is not issued cannot have been sent: switch on \"The unit has issued its plan\" and enter its number and date, or clear the date sent.",
        ErrorCode.TooEarly => $"The date must not be before 01/01/{e.Limit}.",
        ErrorCode.ControlCharacter => "Contains an invisible control character (e.g. Word's Shift+Enter line break, or a tab). Please clear this field and type it again.",
        ErrorCode.InvalidCharacter => "Contains a broken character (often half of an emoji cut off when pasting). Please clear this field and type it again.",
        _ => "Invalid value.",
    };
}
