namespace DanVan.Cards.Export;

/// <summary>The sheets of the office's export, in workbook order; <see cref="Units"/> is also the CSV.</summary>
public enum SheetKind { Summary, Units, Training, UnitPlan, Models, Report }

/// <summary>One table of the export: a header row and typed cells, so a writer keeps numbers as numbers and dates as dates.</summary>
public sealed record Sheet(SheetKind Kind, string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<Cell>> Rows);

/// <summary>A cell: text, a number, or a date (written dd/MM/yyyy); <see cref="Empty"/> when there is nothing to say.</summary>
public abstract record Cell
{
    public static readonly Cell Empty = new TextCell("");

    public static Cell Of(string? text) => text is null ? Empty : new TextCell(text);
    public static Cell Of(decimal number) => new NumberCell(number);
    public static Cell Of(int number) => new NumberCell(number);
    public static Cell Of(int? number) => number is { } n ? new NumberCell(n) : Empty;
    public static Cell Of(DateOnly? date) => date is { } d ? new DateCell(d) : Empty;
}

public sealed record TextCell(string Text) : Cell;
public sealed record NumberCell(decimal Value) : Cell;
public sealed record DateCell(DateOnly Value) : Cell;
