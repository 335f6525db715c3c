using DanVan.Domain.Department;
using DanVan.Domain.Plans;

namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts
{
    public override string SummaryButton => "Summary";
    public override string SummaryTitle(int planYear) => $"Department summary — mass mobilisation plan {planYear}";
    public override string SummarySubtitle(string asOf, int units) => $"Figures as of {asOf}, {Number(units)} unit(s).";
    public override string SummaryUnitHeadRefusal =>
        "The department summary and export are for the department office and its leaders. Type \"status\" for your own unit's standing and rank.";
    public override string SummaryPageInvalid => "That page number is not valid. Press \"Summary\" to start again from the first page.";

    public override string UnitsReportedFact => "Units reported";
    public override string UnitsMetTrainingFact(string required) => $"Units at {required}";
    public override string StaffTrainedFact => "Staff trained";
    public override string PlansOnTimeFact => "Sent on time";
    public override string PlansLateFact => "Sent late";
    public override string PlansMissingFact => "Not sent";
    public override string PlansMissingValue(int missing, int issuedNotSent) =>
        issuedNotSent == 0 ? Number(missing) : $"{Number(missing)} ({Number(issuedNotSent)} issued but not sent)";
    public override string DemocracyCompliantFact => "Every democracy item done";
    public override string DemocracyCompliantValue(int compliant, int reported, string percent) =>
        $"{Number(compliant)}/{Number(reported)} reporting units ({percent})";
    public override string ModelsRegisteredFact => "Models registered";
    public override string ModelsRecognisedFact => "Models recognised";
    public override string ModelsAwardedFact => "Of which awarded";
    public override string UnitsBelowModelsFact(int minPerUnit) => $"Units with fewer than {Number(minPerUnit)} model(s)";
    public override string ReportsReceivedFact => "Results reports received";
    public override string ReportsReceivedValue(int received, int units, int onTime, int late) =>
        $"{Number(received)}/{Number(units)} ({Number(onTime)} on time, {Number(late)} late)";
    public override string RatingsFact => "Self-ratings";

    public override string MissingHeading(int page, int pages) => $"**Units not done** — page {Number(page)}/{Number(pages)}";
    public override string MissingItem(SummaryItem item, int count, string? due) =>
        $"**{ItemName(item)}**{(due is null ? "" : $" (due {due})")}: {Number(count)} unit(s)";
    public override string MissingNone(SummaryItem item) => $"**{ItemName(item)}**: every unit is done.";
    public override string MissingLine(SummaryItem item, string unitName, MissingReason reason, int shortfall, int daysOverdue, string? trainedPercent)
    {
        var why = (item, reason) switch
        {
            (SummaryItem.Models, MissingReason.NotReported) => "no model registered",
            (SummaryItem.Models, _) => $"{Number(shortfall)} model(s) short",
            (_, MissingReason.Short) when trainedPercent is not null => $"at {trainedPercent}, {Number(shortfall)} still to train",
            (_, MissingReason.Short) => $"{Number(shortfall)} short",
            (_, MissingReason.NotIssued) => "not issued",
            (_, MissingReason.IssuedNotSent) => "issued, not sent",
            _ => "not reported",
        };
        // A Markdown list item (its TextBlock is Markdown): the unit name is escaped in it.
        return $"- {Json.Markdown.Escape(unitName, inline: true)}: {why}{(daysOverdue > 0 ? $", {Number(daysOverdue)} day(s) overdue" : "")}";
    }
    public override string MissingFormItem(string name, int count, string? due) =>
        $"**{name}**{(due is null ? "" : $" (due {due})")}: {Number(count)} unit(s)";
    public override string MissingFormNone(string name) => $"**{name}**: every unit is done.";
    public override string MissingFormLine(string unitName, MissingReason reason, int daysOverdue) =>
        $"- {Json.Markdown.Escape(unitName, inline: true)}: {(reason == MissingReason.Short ? "not met yet" : "not reported")}{(daysOverdue > 0 ? $", {Number(daysOverdue)} day(s) overdue" : "")}";
    public override string PreviousPage => "◀ Previous page";
    public override string NextPage => "Next page ▶";

    public override string ExportButton => "Export report";
    public override string ExportTitle(int planYear) => $"Department report on mass mobilisation {planYear}";
    public override string ExportReady(string expiresAt, int minutes) =>
        $"The file is built from the latest figures when you download it. The links are tied to your account (your access is checked again on download) and expire at {expiresAt} (in {Number(minutes)} minutes); please do not forward them.";
    public override string ExportXlsxButton => "Download Excel (.xlsx)";
    public override string ExportCsvButton => "Download CSV";
    public override string DownloadExpired => "This download link has expired. Type \"export\" in DanVan for a new one.";
    public override string DownloadInvalid => "This download link is not valid. Type \"export\" in DanVan for a new one.";
    public override string DownloadNotAllowed => "Your account may not download the department report. Please contact the department office.";

    public override string ItemName(SummaryItem item) => item switch
    {
        SummaryItem.Training => "Training",
        SummaryItem.UnitPlan => "Unit plan",
        SummaryItem.Models => "“Dân vận khéo” models",
        _ => "Results report",
    };

    public override string DeadlineText(DeadlineStatus s) => s.State switch
    {
        DeadlineState.OnTime => "on time",
        DeadlineState.Late => $"{Number(s.Days)} day(s) late",
        DeadlineState.Pending => "not due yet",
        DeadlineState.DueToday => "due today",
        _ => $"{Number(s.Days)} day(s) overdue",
    };
}
