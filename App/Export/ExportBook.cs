using DanVan.Cards.Export;
using DanVan.Cards.Text;
using DanVan.Domain.Department;
using DanVan.Domain.Plans;

namespace DanVan.App.Export;

/// <summary>The office's workbook and CSV from the department summary.</summary>
public sealed class ExportBook(Plan plan)
{
    /// <summary>Every sheet of the workbook, in order.</summary>
    public IReadOnlyList<Sheet> Sheets(Texts t, DepartmentSummary s) => DepartmentSheets.Build(t, plan, s);

    /// <summary>One row per unit: the sheet the CSV carries.</summary>
    public Sheet Units(Texts t, DepartmentSummary s) => Sheets(t, s)[1];
}
