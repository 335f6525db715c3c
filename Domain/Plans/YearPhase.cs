namespace DanVan.Domain.Plans;

/// <summary>
/// Where a plan year stands on a day: before its opening date (<see cref="Upcoming"/>), open (units report, reminders
/// run), or closed from its closing date on (final results only: no reminders, no digests, no edits).
/// </summary>
public enum YearPhase { Upcoming, Open, Closed }
