namespace DanVan.Cards.Text;

// Documents a unit sends in the personal chat (the signed plan, the results report, a model's evidence), and the
// office's links to them. File names are the sender's text: cards escape them; chat messages get them escaped.
public abstract partial class Texts
{
    public abstract string FileWhatIsIt(string name);
    public abstract string FileChoiceLabel { get; }
    public abstract string FileChoiceRequired { get; }
    public abstract string FileAccepted(string maxSize);
    public abstract string FileTargetUnitPlan { get; }
    public abstract string FileTargetReport { get; }
    public abstract string FileTargetModel(string modelName);
    public abstract string FileSaveButton { get; }

    // Refusals: each says nothing was stored.
    public abstract string FileNothingToAttach(string name);
    public abstract string FileBadUrl { get; }
    public abstract string FileTooLarge(string maxSize);
    public abstract string FileWrongType { get; }
    public abstract string FileDownloadFailed { get; }
    public abstract string FileOfferExpired { get; }
    public abstract string FileTargetMissing { get; }
    public abstract string FileNotStored { get; }
    public abstract string FileUsePersonalChat { get; }

    // The receipt, the standing line and the history.
    public abstract string FileStoredTitle { get; }
    public abstract string FileStored(string target, string name, string size);
    public abstract string FileNameFact { get; }
    public abstract string FileSizeFact { get; }
    public abstract string FileSentFact { get; }
    public abstract string FileByFact { get; }
    public abstract string FileHashFact { get; }
    public abstract string FileVersionFact { get; }
    public abstract string FileVersion(int n);
    /// <summary>"đã gửi tệp kế hoạch «…» (1,2 MB) lúc …, …": <paramref name="what"/> is FileWhatPlan/Report/Evidence.</summary>
    public abstract string FileSentLine(string what, string name, string size, string when, string by);
    public abstract string FileWhatPlan { get; }
    public abstract string FileWhatReport { get; }
    public abstract string FileWhatEvidence { get; }
    public abstract string FileWhatModelEvidence(string modelName);
    public abstract string FileHistory(string name, string size);

    public string FileSize(long bytes) => bytes switch
    {
        < 1024 => $"{Number(bytes)} B",
        < 1024 * 1024 => $"{(bytes / 1024m).ToString("0.#", Culture)} KB",
        _ => $"{(bytes / (1024m * 1024m)).ToString("0.#", Culture)} MB",
    };

    // The office's downloads.
    public abstract string FilesTitle(int year);
    public abstract string FilesIntro(string expires, int minutes);
    public abstract string FilesNone { get; }
    public abstract string FilesAllPlans(int units);
    public abstract string FilesAllReports(int units);
    public abstract string FilesAllEvidence(int files);
    public abstract string FilesOfUnit(string unitName, int files);
    public abstract string FilesMoreUnits(int more);
    public abstract string FilesButton { get; }
    public abstract string FilesSummaryFact { get; }
    public abstract string FilesSummary(int plans, int reports, int evidence, int units);
}
