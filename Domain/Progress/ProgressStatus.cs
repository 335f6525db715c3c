namespace DanVan.Domain.Progress;

/// <summary>
/// Where a unit is on one target. NotMet: the unit's final figures for the year are in and fall short (the results
/// report); Missing: nothing reported yet; Overdue: nothing (or not enough) by a deadline that has passed.
/// </summary>
public enum ProgressStatus { Met, InProgress, NotMet, Missing, Overdue }
