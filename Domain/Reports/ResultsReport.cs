using System.Text.Json.Serialization;

namespace DanVan.Domain.Reports;

/// <summary>
/// The unit's results report (due 15/10; targets 3–5). The Decree 59/2023 checklist is one bool per item so the
/// record keeps value equality, which the form flow relies on to recognise a repeated submission.
/// </summary>
public sealed record ResultsReport(
    bool DemocracyRegulation,
    bool StaffConference,
    bool InformationPublic,
    bool StaffConsulted,
    bool HeadDialogue,
    bool FeedbackChannel,
    int ReformTasksDone,
    int ReformTasksTotal,
    decimal Satisfaction,
    int CitizenDialogues,
    int PetitionsReceived,
    int PetitionsResolved,
    SelfRating Rating,
    string ReportNumber,
    DateOnly ReportDate,
    string? Link)
{
    /// <summary>The checklist in form order (a method, not a property, so it is not stored).</summary>
    public IReadOnlyList<(DemocracyItem Item, bool Done)> Democracy() =>
    [
        (DemocracyItem.Regulation, DemocracyRegulation),
        (DemocracyItem.StaffConference, StaffConference),
        (DemocracyItem.InformationPublic, InformationPublic),
        (DemocracyItem.StaffConsulted, StaffConsulted),
        (DemocracyItem.HeadDialogue, HeadDialogue),
        (DemocracyItem.FeedbackChannel, FeedbackChannel),
    ];
}

/// <summary>What an agency does to practise democracy under Decree 59/2023/NĐ-CP (the plan's target 3).</summary>
public enum DemocracyItem { Regulation, StaffConference, InformationPublic, StaffConsulted, HeadDialogue, FeedbackChannel }

/// <summary>The unit's own rating of its year; stored by name so reordering the enum never changes stored data.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SelfRating>))]
public enum SelfRating { Excellent, Good, Fair, Average, Poor }
