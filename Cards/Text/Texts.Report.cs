using DanVan.Domain.Plans;
using DanVan.Domain.Reports;

namespace DanVan.Cards.Text;

// The results report (targets 3–5).
public abstract partial class Texts
{
    public abstract string ReportButton { get; }
    public abstract string ReportTitle(string unitName);
    public abstract string ReportIntro(int planYear, string due);

    public abstract string ReportDemocracySection { get; }
    public abstract string ReportDemocracyHint { get; }
    public abstract string DemocracyLabel(DemocracyItem item, int planYear);
    /// <summary>A few words naming the item, capitalised, for the receipt and the standing's "still missing".</summary>
    public abstract string DemocracyShort(DemocracyItem item);
    public abstract string DemocracyDone { get; }
    public abstract string DemocracyNotDone { get; }

    public abstract string ReportReformSection { get; }
    public abstract string ReformTasksTotalLabel { get; }
    public abstract string ReformTasksDoneLabel { get; }
    public abstract string SatisfactionLabel { get; }
    public abstract string SatisfactionPlaceholder { get; }
    public abstract string ReformTasksFact { get; }
    public abstract string SatisfactionFact { get; }

    public abstract string ReportDialogueSection { get; }
    public abstract string CitizenDialoguesLabel { get; }
    public abstract string PetitionsReceivedLabel { get; }
    public abstract string PetitionsResolvedLabel { get; }
    public abstract string CitizenDialoguesFact { get; }
    public abstract string PetitionsFact { get; }
    public abstract string PetitionsValue(int resolved, int received);

    public abstract string ReportRatingSection { get; }
    public abstract string RatingLabel { get; }
    public abstract string RatingName(SelfRating rating);
    public abstract string RatingFact { get; }

    public abstract string ReportDocumentSection { get; }
    public abstract string ReportNumberLabel { get; }
    public abstract string ReportNumberPlaceholder { get; }
    public abstract string ReportDateLabel { get; }
    public abstract string ReportLinkLabel { get; }
    public abstract string ReportDocumentFact { get; }
    public abstract string ReportDocument(string number, string date);
    public abstract string ReportLinkFact { get; }

    public abstract string ReportSubmitButton { get; }
    /// <summary>"Bước 2/4": where the stepped report form is.</summary>
    public abstract string ReportStep(int step, int of);
    /// <summary>Errors on steps not shown (1-based), so the user knows to go back to them.</summary>
    public abstract string ReportErrorsInSteps(IReadOnlyList<int> steps);
    public abstract string NextButton { get; }
    public abstract string BackButton { get; }
    public abstract string ReportReceiptTitle { get; }
    public abstract string ReportEditButton { get; }

    /// <summary>"đúng hạn (hạn 15/10/2024)" / "gửi trễ 3 ngày (hạn 15/10/2024)".</summary>
    public abstract string ReportTimeliness(DeadlineStatus status, string due);
    public abstract string ReportSaved(string number, string date, string timeliness, int democracyDone, int democracyTotal,
        int tasksDone, int tasksTotal, string rating);
    public abstract string ReportSummary(string number, string date, int democracyDone, int democracyTotal, int tasksDone,
        int tasksTotal, string satisfaction, string rating);

    // Standing lines
    public abstract string DemocracyTitle { get; }
    public abstract string ReformTitle { get; }
    public abstract string RatingTitle { get; }
    public abstract string ReportNotSent(string due, DeadlineStatus status);
    public abstract string ReportLate(int days, string due);
    public abstract string DemocracyLine(int done, int total);
    public abstract string DemocracyMissing(string items);
    public abstract string ReformLine(int done, int total, string percent, string satisfaction);
    public abstract string ReformMissing(int left);
    public abstract string RatingLine(string rating);
    public abstract string RatingMissing { get; }

    /// <summary>Items joined into a sentence ("hội nghị CBCCVC, đối thoại với CBCCVC").</summary>
    public string DemocracyList(IEnumerable<DemocracyItem> items) =>
        string.Join(", ", items.Select(i => DemocracyShort(i) is var s && s.Length > 0 ? char.ToLower(s[0], Culture) + s[1..] : s));
}
