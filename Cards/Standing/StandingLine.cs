using DanVan.Domain.Progress;

namespace DanVan.Cards.Standing;

/// <summary>
/// One row of a unit's standing: a numbered target of the plan (or, with no number, another obligation such as
/// the "Dân vận khéo" models), how complete it is (0–1), what it shows and what is still missing, and the verb
/// of the form that moves it on (its button is titled <paramref name="ButtonTitle"/>, or
/// <paramref name="Title"/> when the form is this line's alone).
/// A line that answers one of the plan's deadlines names it (<paramref name="DeadlineId"/>) and the date the unit
/// met it (<paramref name="DoneOn"/>), so the card's deadline list says "sent on time" rather than "overdue".
/// </summary>
public sealed record StandingLine(
    int? Target,
    string Title,
    ProgressStatus Status,
    decimal Completion,
    string Detail,
    string? Missing,
    string OpenVerb,
    string? ButtonTitle = null,
    string? DeadlineId = null,
    DateOnly? DoneOn = null)
{
    /// <summary>A row as the domain decided it (<paramref name="p"/>), with the words that show it.</summary>
    /// <summary>Văn phòng Sở's review of what this line counts (the unit plan, the results report), shown under it.</summary>
    public string? Review { get; init; }

    /// <summary>The review returned it: shown as a warning.</summary>
    public bool ReviewReturned { get; init; }

    public static StandingLine Of(TargetProgress p, string title, string detail, string? missing, string openVerb, string? buttonTitle = null) =>
        new(p.Target, title, p.Status, p.Completion, detail, missing, openVerb, buttonTitle, p.DeadlineId, p.DoneOn);
}
