using DanVan.Cards.Export;

namespace DanVan.Cards.Text;

// Sheet names and column headers of the exported workbook and CSV (the office's report is in Vietnamese).
public abstract partial class Texts
{
    /// <summary>At most 31 characters and none of : \ / ? * [ ] (Excel's rules for sheet names).</summary>
    public abstract string SheetName(SheetKind sheet);
    public abstract IReadOnlyList<string> SheetHeaders(SheetKind sheet);
    /// <summary>One header of the units sheet, by name (<see cref="SheetHeaders"/> of <see cref="SheetKind.Units"/> lists them in order).</summary>
    public string UnitsHeader(UnitsHeader header) => SheetHeaders(SheetKind.Units)[(int)header];
    public abstract string WholeDepartment { get; }
    public abstract string Yes { get; }
    public abstract string No { get; }
    public abstract string NoModelYet { get; }
    public abstract string ExportFileName(int planYear, DateOnly today);
}
