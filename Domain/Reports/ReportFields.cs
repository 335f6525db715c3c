namespace DanVan.Domain.Reports;

/// <summary>Input ids of the results report form.</summary>
public static class ReportFields
{
    public const string DemocracyRegulation = "democracyRegulation";
    public const string StaffConference = "staffConference";
    public const string InformationPublic = "informationPublic";
    public const string StaffConsulted = "staffConsulted";
    public const string HeadDialogue = "headDialogue";
    public const string FeedbackChannel = "feedbackChannel";
    public const string ReformTasksDone = "reformTasksDone";
    public const string ReformTasksTotal = "reformTasksTotal";
    public const string Satisfaction = "satisfaction";
    public const string CitizenDialogues = "citizenDialogues";
    public const string PetitionsReceived = "petitionsReceived";
    public const string PetitionsResolved = "petitionsResolved";
    public const string Rating = "rating";
    public const string ReportNumber = "reportNumber";
    public const string ReportDate = "reportDate";
    public const string Link = "link";

    public static string Of(DemocracyItem item) => item switch
    {
        DemocracyItem.Regulation => DemocracyRegulation,
        DemocracyItem.StaffConference => StaffConference,
        DemocracyItem.InformationPublic => InformationPublic,
        DemocracyItem.StaffConsulted => StaffConsulted,
        DemocracyItem.HeadDialogue => HeadDialogue,
        _ => FeedbackChannel,
    };

    /// <summary>The Input.ChoiceSet value of a rating: its name, so stored data and cards read the same.</summary>
    public static string ValueOf(SelfRating rating) => rating.ToString();

    public static readonly IReadOnlyDictionary<string, SelfRating> Ratings = Enum.GetValues<SelfRating>().ToDictionary(ValueOf);

    public static readonly IReadOnlyList<string> All =
    [
        DemocracyRegulation, StaffConference, InformationPublic, StaffConsulted, HeadDialogue, FeedbackChannel,
        ReformTasksTotal, ReformTasksDone, Satisfaction, CitizenDialogues, PetitionsReceived, PetitionsResolved,
        Rating, ReportNumber, ReportDate, Link,
    ];
}
