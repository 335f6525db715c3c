using DanVan.App.Forms;
using DanVan.Cards.Export;
using DanVan.Cards.Text;
using DanVan.Domain.Department;
using DanVan.Domain.Plans;

namespace DanVan.App.Export;

/// <summary>The office's workbook and CSV from the department summary, with the columns and sheets the registered
/// forms declare (<see cref="ItemSpec{T}.Export"/>), in their report order.</summary>
public sealed class ExportBook(Plan plan, IEnumerable<IItemSpec> forms)
{
    private readonly IReadOnlyList<ExportPart> _parts = [.. forms.Where(f => f.Export is not null)
        .OrderBy(f => f.Progress?.Order ?? int.MaxValue).ThenBy(f => f.Name, StringComparer.Ordinal).Select(f => f.Export!)];

    /// <summary>Every sheet of the workbook, in order.</summary>
    public IReadOnlyList<Sheet> Sheets(Texts t, DepartmentSummary s) => DepartmentSheets.Build(t, plan, s, _parts);

    /// <summary>One row per unit: the sheet the CSV carries.</summary>
    public Sheet Units(Texts t, DepartmentSummary s) => DepartmentSheets.Units(t, s, _parts);
}
