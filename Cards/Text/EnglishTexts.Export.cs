using DanVan.Cards.Export;

namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts
{
    public override string SheetName(SheetKind sheet) => sheet switch
    {
        SheetKind.Summary => "Summary",
        SheetKind.Units => "By unit",
        SheetKind.Training => "Training",
        SheetKind.UnitPlan => "Unit plans",
        SheetKind.Models => "Models",
        _ => "Results reports",
    };

    public override IReadOnlyList<string> SheetHeaders(SheetKind sheet) => sheet switch
    {
        SheetKind.Summary => ["Target", "Figure", "Count", "Out of", "Percent (%)"],
        SheetKind.Units =>
        [
            "No.", "Unit", "Staff", "Trained", "Trained (%)", "Unit plan", "Plan sent on", "Models", "Models recognised",
            "Results report", "Report date", "Democracy items done", "Self-rating", "CCHC tasks done (%)", "Overall completion (%)", "Rank", "Plan file", "Report file", "Unit plan review", "Results report review",
        ],
        SheetKind.Training => ["No.", "Unit", "Staff", "Trained", "Percent (%)", "Still to train", "Sessions", "Last session", "Target met"],
        SheetKind.UnitPlan => ["No.", "Unit", "State", "Plan number", "Issued on", "Sent on", "On time / late", "Days late or overdue", "Link", "Note",
            "Plan file", "Size (bytes)", "File sent at", "File sent by", "SHA-256", "Review"],
        SheetKind.Models => ["No.", "Unit", "Model", "Field", "New rural area", "Started on", "Status", "Beneficiaries", "Results",
            "Evidence file", "Size (bytes)", "File sent at", "File sent by", "SHA-256"],
        _ =>
        [
            "No.", "Unit", "State", "Report number", "Report date", "Days late or overdue",
            "Democracy regulation", "Staff conference", "Information public", "Staff consulted", "Head dialogue", "Feedback channel",
            "Democracy items done", "Reform tasks done", "Reform tasks", "Satisfaction (%)", "Citizen dialogues", "Petitions received",
            "Petitions resolved", "Self-rating", "Report file", "Size (bytes)", "File sent at", "File sent by", "SHA-256", "Review",
        ],
    };

    public override string WholeDepartment => "Whole department";
    public override string Yes => "Yes";
    public override string No => "No";
    public override string NoModelYet => "No model registered";
    public override string ExportFileName(int planYear, DateOnly today) =>
        $"Department summary {planYear} - {today.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)}";
}
