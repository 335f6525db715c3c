namespace DanVan.Domain.Progress;

/// <summary>
/// One row of a unit's progress: a numbered target of the plan (or, with no number, another obligation such as the
/// "Dân vận khéo" models), its status and completion (0–1) as the ranking counts it. A row that answers one of the
/// plan's deadlines names it and the date the unit met it. Decided here; cards only render it.
/// </summary>
public sealed record TargetProgress(int? Target, ProgressStatus Status, decimal Completion, string? DeadlineId = null, DateOnly? DoneOn = null);
