namespace DanVan.Cards;

/// <summary>Action.Execute verbs the bot understands; anything else is refused.</summary>
public static class Verbs
{
    public const string OpenTraining = "training.open";
    public const string SubmitTraining = "training.submit";
    public const string Help = "help";
    public const string Standing = "standing.show";
    public const string History = "history.show";

    /// <summary>Form verbs follow "{item}.open", "{item}.submit", "{item}.refresh".</summary>
    public static string Open(string item) => item + ".open";
    public static string Submit(string item) => item + ".submit";
    public static string Refresh(string item) => item + ".refresh";

    /// <summary>"{item}.step": another step of a form that comes in steps (the results report).</summary>
    public static string StepOf(string item) => item + ".step";

    /// <summary>Card data key: the step (1-based) a stepped form's button goes to.</summary>
    public const string Step = "step";

    /// <summary>Card data key: the step (1-based) the button was clicked on.</summary>
    public const string StepFrom = "stepFrom";

    /// <summary>Card data of a form's "Hủy": refresh answers a first form with "nothing stored" instead of the form again.</summary>
    public const string Cancel = "cancel";
    public const string Yes = "yes";

    /// <summary>Card data key carrying the version (ETag) the form was filled from, for stale-edit detection.</summary>
    public const string BaseVersion = "baseVersion";
}
