namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts
{
    public override string FileWhatIsIt(string name) => $"You sent the file «{name}». What is it?";
    public override string FileChoiceLabel => "This file is";
    public override string FileChoiceRequired => "Please choose what this file is.";
    public override string FileAccepted(string maxSize) =>
        $"DanVan accepts PDF, Word (.docx), JPG or PNG files up to {maxSize}. A file is attached to an existing item; a file sent again becomes a new version, the old one is kept.";
    public override string FileTargetUnitPlan => "The unit's plan";
    public override string FileTargetReport => "The results report";
    public override string FileTargetModel(string modelName) => $"Evidence for the model «{modelName}»";
    public override string FileSaveButton => "Save the file";

    public override string FileNothingToAttach(string name) =>
        $"Received «{name}», but your unit has nothing to attach it to yet. Send the plan (`plan`), the results report (`report`) or register a model (`models`) first, then send the file again. Nothing was saved.";
    public override string FileBadUrl => "File refused: its download address is not Microsoft Teams/SharePoint. Nothing was saved.";
    public override string FileTooLarge(string maxSize) =>
        $"The file is larger than {maxSize}, the most DanVan accepts. Nothing was saved. Please make it smaller and send it again.";
    public override string FileWrongType => "The file is not a PDF, Word (.docx), JPG or PNG (DanVan reads the content, not the name). Nothing was saved.";
    public override string FileDownloadFailed => "The file could not be downloaded from Teams. Nothing was saved. Please send it again.";
    public override string FileOfferExpired => "This choice has expired or is not yours. Nothing was saved. Please send the file again.";
    public override string FileTargetMissing => "The chosen item is not in your unit's data. Nothing was saved.";
    public override string FileNotStored => "The file could not be stored (storage error). Nothing was saved; please send it again in a few minutes.";
    public override string FileUsePersonalChat => "DanVan accepts files only in your personal chat with DanVan: please send it there. A file sent here is not stored.";

    public override string FileStoredTitle => "File saved";
    public override string FileStored(string target, string name, string size) => $"Saved «{name}» ({size}) to {target}.";
    public override string FileNameFact => "File name";
    public override string FileSizeFact => "Size";
    public override string FileSentFact => "Sent at";
    public override string FileByFact => "Sent by";
    public override string FileHashFact => "SHA-256";
    public override string FileVersionFact => "Version";
    public override string FileVersion(int n) => n == 1 ? "1" : $"{Number(n)} (earlier versions are kept)";
    public override string FileSentLine(string what, string name, string size, string when, string by) =>
        $"{what} file sent: «{name}» ({size}), at {when}, by {by}.";
    public override string FileWhatPlan => "Plan";
    public override string FileWhatReport => "Report";
    public override string FileWhatEvidence => "Evidence";
    public override string FileWhatModelEvidence(string modelName) => $"Evidence for the model «{modelName}»";
    public override string FileHistory(string name, string size) => $"sent the file «{name}» ({size})";

    public override string FilesTitle(int year) => $"Files sent by the units — {year}";
    public override string FilesIntro(string expires, int minutes) =>
        $"The download links (.zip) work for {Number(minutes)} minutes (until {expires}), for you only.";
    public override string FilesNone => "No unit has sent a file yet.";
    public override string FilesAllPlans(int units) => $"All plans ({Number(units)} units)";
    public override string FilesAllReports(int units) => $"All results reports ({Number(units)} units)";
    public override string FilesAllEvidence(int files) => $"All model evidence ({Number(files)} files)";
    public override string FilesOfUnit(string unitName, int files) => $"{unitName} ({Number(files)} files)";
    public override string FilesMoreUnits(int more) => $"… and {Number(more)} more units: use the per-item links above.";
    public override string FilesButton => "Files sent";
    public override string FilesSummaryFact => "Files sent";
    public override string FilesSummary(int plans, int reports, int evidence, int units) =>
        $"plans {Number(plans)}/{Number(units)} units, reports {Number(reports)}/{Number(units)} units, {Number(evidence)} evidence files";
}
