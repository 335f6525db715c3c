using DanVan.Domain.Department;
using DanVan.Domain.Plans;

namespace DanVan.Cards.Text;

// The office's department summary ("tổng hợp") and export ("xuất báo cáo").
public abstract partial class Texts
{
    /// <summary>Appended to the help for office and leader members: their own commands.</summary>
    public abstract string SummaryButton { get; }
    public abstract string SummaryTitle(int planYear);
    public abstract string SummarySubtitle(string asOf, int units);
    /// <summary>A unit head asked for the department view: say where their own view is.</summary>
    public abstract string SummaryUnitHeadRefusal { get; }
    public abstract string SummaryPageInvalid { get; }

    public abstract string UnitsReportedFact { get; }
    public abstract string UnitsMetTrainingFact(string required);
    public abstract string StaffTrainedFact { get; }
    public string StaffTrainedValue(int trained, int total, string percent) => $"{Number(trained)}/{Number(total)} ({percent})";
    public abstract string PlansOnTimeFact { get; }
    public abstract string PlansLateFact { get; }
    public abstract string PlansMissingFact { get; }
    public abstract string PlansMissingValue(int missing, int issuedNotSent);
    public abstract string DemocracyCompliantFact { get; }
    public abstract string DemocracyCompliantValue(int compliant, int reported, string percent);
    public abstract string ModelsRegisteredFact { get; }
    public abstract string ModelsRecognisedFact { get; }
    public abstract string ModelsAwardedFact { get; }
    public abstract string UnitsBelowModelsFact(int minPerUnit);
    public abstract string ReportsReceivedFact { get; }
    public abstract string ReportsReceivedValue(int received, int units, int onTime, int late);
    public abstract string RatingsFact { get; }
    public string OfUnits(int count, int units) => $"{Number(count)}/{Number(units)}";

    public abstract string MissingHeading(int page, int pages);
    public abstract string MissingItem(SummaryItem item, int count, string? due);
    public abstract string MissingNone(SummaryItem item);
    /// <summary>One unit of a missing list: why it is there and, past a deadline, how late.</summary>
    public abstract string MissingLine(SummaryItem item, string unitName, MissingReason reason, int shortfall, int daysOverdue, string? trainedPercent);
    /// <summary>The same for a form beyond the plan's own four, named by its title (<paramref name="name"/>).</summary>
    public abstract string MissingFormItem(string name, int count, string? due);
    public abstract string MissingFormNone(string name);
    public abstract string MissingFormLine(string unitName, MissingReason reason, int daysOverdue);
    public abstract string PreviousPage { get; }
    public abstract string NextPage { get; }

    public abstract string ExportButton { get; }
    public abstract string ExportTitle(int planYear);
    public abstract string ExportReady(string expiresAt, int minutes);
    public abstract string ExportXlsxButton { get; }
    public abstract string ExportCsvButton { get; }
    /// <summary>Answers of the download endpoint, read in a browser.</summary>
    public abstract string DownloadExpired { get; }
    public abstract string DownloadInvalid { get; }
    public abstract string DownloadNotAllowed { get; }

    public abstract string ItemName(SummaryItem item);
    public abstract string DeadlineText(DeadlineStatus status);
}
