using System.Globalization;
using DanVan.Domain.Validation;
using DanVan.Domain.Progress;

namespace DanVan.Cards.Text;

/// <summary>
/// Every sentence DanVan shows, per language. Vietnamese is the product's language; English is only a fallback
/// for clients whose locale is English.
/// </summary>
public abstract partial class Texts
{
    public static readonly Texts Vietnamese = new VietnameseTexts();
    public static readonly Texts English = new EnglishTexts();

    public abstract CultureInfo Culture { get; }

    // Instance members on purpose: every text is asked of a language's Texts, and a language may format dates its own way.
#pragma warning disable CA1822
    public string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    public string DateTime(DateTimeOffset local) => local.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
#pragma warning restore CA1822
    public string Number(long n) => n.ToString("N0", Culture);
    public string Percent(decimal p) => p.ToString("0.#", Culture) + "%";

    // Conversation
    public abstract string WelcomeTitle { get; }
    public abstract string WelcomeIntro(string name, string unitName, string issuer, int planYear);
    public abstract string WelcomeIntroOffice(string name, string issuer, int planYear);
    public abstract string WelcomeDeadlines(DateOnly unitPlan, DateOnly report);
    public abstract string WelcomeHelpHint { get; }
    public abstract string HelpButton { get; }
    /// <summary>A chat message, which Teams renders as Markdown: <paramref name="said"/> is escaped in it.</summary>
    public abstract string NotUnderstood(string said);
    public abstract string UnknownUser(string? name, string contact);
    public abstract string UnitHeadsOnly { get; }
    public abstract string UnknownAction { get; }
    public abstract string SomethingWentWrong { get; }

    // Target 1: training
    public abstract string TrainingButton { get; }
    public abstract string TrainingTitle(string unitName);
    public abstract string TrainingTarget(string targetText);
    public abstract string TotalStaffLabel { get; }
    public abstract string TrainedLabel { get; }
    public abstract string SessionsLabel { get; }
    public abstract string LastSessionLabel { get; }
    /// <summary>A first form cancelled: nothing was stored.</summary>
    public abstract string FormCancelled { get; }
    public abstract string FormReopenButton { get; }
    /// <summary>A field the rules require only in some cases, so the client's "*" cannot say it: the label says when.</summary>
    public abstract string RequiredWhen(string label, string condition);
    public abstract string WhenSessionsHeld { get; }
    public abstract string SubmitButton { get; }
    public abstract string RefreshTitle { get; }
    public abstract string EditButton { get; }
    public abstract string CancelButton { get; }
    public abstract string EnterWholeNumber { get; }
    public abstract string FieldRequired { get; }
    public abstract string DatePlaceholder { get; }
    public abstract string PickDate(int year);
    public abstract string FixErrors(int count);
    public abstract string TrainingReceiptTitle { get; }
    public abstract string UpdatedBy(string when, string who);
    public abstract string TrainingStanding(int trained, int total, string percent, string required, int stillToTrain);
    /// <summary>A stale edit: who stored what when; the form keeps what the user typed (<paramref name="stored"/>: the
    /// stored value in a few words).</summary>
    public abstract string Conflict(string who, string when, string stored);
    public abstract string TrainingLine(int trained, int total, string percent);
    public abstract string TrainingSummary(int trained, int total, int sessions, string? lastSession);
    public abstract string StillToTrainLine(int stillToTrain, string required);

    // Standing
    public abstract string NotReportedYet { get; }
    public abstract string StandingTitle(string unitName);
    public abstract string StandingSubtitle(int planYear, string asOf);
    public abstract string StandingRank(string completion, int position, int of);
    public abstract string TargetLabel(int number);
    public abstract string Status(ProgressStatus status);
    public abstract string DeadlinesHeading { get; }
    public abstract string Countdown(Domain.Plans.DeadlineStatus status);
    public abstract string StandingButton { get; }

    // History
    public abstract string HistoryButton { get; }
    public abstract string HistoryTitle(string unitName);
    public abstract string HistoryEmpty { get; }
    public abstract string HistoryCreated { get; }

    public abstract string Error(FieldError error);
}
