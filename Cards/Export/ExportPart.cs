using DanVan.Cards.Text;
using DanVan.Domain.Department;
using DanVan.Domain.Plans;

namespace DanVan.Cards.Export;

/// <summary>Where a form's column goes in the units sheet: among the figures (before the overall completion and the
/// rank), with the documents, or with the office's reviews; each group keeps the forms' report order.</summary>
public enum ColumnPlace { Figures, Document, Review }

/// <summary>One column of the units sheet (and the CSV): its header in the reader's language and each unit's cell.</summary>
public sealed record UnitColumn(ColumnPlace Place, Func<Texts, string> Header, Func<Texts, UnitSummary, Cell> Value);

/// <summary>
/// A form's part of the office's export, declared by the form (<c>ItemSpec.Export</c>): its columns in the units
/// sheet and, optionally, a sheet of its own with every unit's values. Rendering only: every figure comes from the
/// department summary, which the domain computed.
/// </summary>
public sealed record ExportPart(IReadOnlyList<UnitColumn> Columns, Func<Texts, Plan, DepartmentSummary, Sheet>? Sheet = null);

/// <summary>The headers of the plan's own forms' columns in the units sheet, named (the texts keep them in this order).</summary>
public enum UnitsHeader
{
    No, Unit, Staff, Trained, TrainedPercent, UnitPlan, PlanSentOn, Models, ModelsRecognised, Report, ReportDate, DemocracyDone, Rating,
    ReformPercent, Overall, Rank, PlanFile, ReportFile, PlanReview, ReportReview,
}
