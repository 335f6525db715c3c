namespace DanVan.Cards;

/// <summary>Action.Execute verbs the bot understands; anything else is refused.</summary>
public static class Verbs
{
    public const string OpenTraining = "training.open";
    public const string SubmitTraining = "training.submit";
    public const string Help = "help";

    /// <summary>Card data key carrying the version (ETag) the form was filled from, for stale-edit detection.</summary>
    public const string BaseVersion = "baseVersion";
}
