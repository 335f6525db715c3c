namespace DanVan.Cards.Standing;

public enum LineStatus { Met, InProgress, Missing, Overdue }

/// <summary>
/// One row of a unit's standing: a numbered target of the plan (or, with no number, another obligation such as
/// the "Dân vận khéo" models), how complete it is (0–1), what it shows and what is still missing, and the verb
/// of the form that moves it on (its button is titled with <paramref name="Title"/>).
/// </summary>
public sealed record StandingLine(
    int? Target,
    string Title,
    LineStatus Status,
    decimal Completion,
    string Detail,
    string? Missing,
    string OpenVerb);
