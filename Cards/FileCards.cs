using DanVan.Cards.Json;
using DanVan.Cards.Summary;
using DanVan.Cards.Text;

namespace DanVan.Cards;

/// <summary>
/// Documents in the personal chat: the card asking what a file just sent is, the receipt once it is stored, and
/// the office's card of download links. File and model names are untrusted text; TextBlocks and facts escape them.
/// </summary>
public static class FileCards
{
    /// <summary>The file just received (its route, not a card verb).</summary>
    public const string ReceivedRoute = "file.received";
    /// <summary>The choice on the card: attach the file to the item chosen.</summary>
    public const string AttachVerb = "file.attach";
    /// <summary>The office's links to the files.</summary>
    public const string LinksVerb = "files.show";

    /// <summary>Card data keys: the signed offer (the file's own download address, bound to the user) and the target item.</summary>
    public const string OfferKey = "offer";
    public const string TargetKey = "target";

    public static Card Choice(Texts t, string fileName, string maxSize, IReadOnlyList<(string Title, string Item)> targets, string offer) => new(
    [
        new TextBlock(t.FileWhatIsIt(fileName), TextStyle.Heading),
        new ChoiceInput(TargetKey, t.FileChoiceLabel, [.. targets.Select(x => (x.Title, x.Item))], targets.Count == 1 ? targets[0].Item : null,
            true, t.FileChoiceRequired, Expanded: true),
        new TextBlock(t.FileAccepted(maxSize), TextStyle.Subtle),
    ], [new ExecuteAction(t.FileSaveButton, AttachVerb, new Dictionary<string, string> { [OfferKey] = offer }, Primary: true)]);

    public static Card Receipt(Texts t, string target, string name, string size, string sentAt, string by, string sha256, int version) => new(
    [
        new TextBlock(t.FileStoredTitle, TextStyle.Good),
        new TextBlock(t.FileStored(target, name, size)),
        new FactSet([(t.FileNameFact, name), (t.FileSizeFact, size), (t.FileSentFact, sentAt), (t.FileByFact, by),
            (t.FileVersionFact, t.FileVersion(version)), (t.FileHashFact, Grouped(sha256))]),
    ], [new ExecuteAction(t.StandingButton, Verbs.Standing)]);

    /// <summary>The hash in groups of 16 hex digits: one unbroken 64-character word does not wrap in a card's fact
    /// value and is cut at the card's edge (seen in the Agents Playground); groups wrap and still read like a fingerprint.</summary>
    public static string Grouped(string sha256) =>
        string.Join(' ', Enumerable.Range(0, (sha256.Length + 15) / 16).Select(i => sha256.Substring(i * 16, Math.Min(16, sha256.Length - i * 16))));

    public static Card Links(Texts t, int planYear, string expiresAt, int minutes, IReadOnlyList<(string Title, string Url)> itemLinks,
        IReadOnlyList<(string Title, string Url)> unitLinks, int moreUnits)
    {
        var body = new List<Element> { new TextBlock(t.FilesTitle(planYear), TextStyle.Heading) };
        if (itemLinks.Count == 0) body.Add(new TextBlock(t.FilesNone));
        else
        {
            body.Add(new TextBlock(t.FilesIntro(expiresAt, minutes)));
            body.Add(new LinkButtons(itemLinks));
            // One button per unit, in rows the client wraps; a long department is cut (the per-item zips hold everything).
            foreach (var chunk in unitLinks.Chunk(5)) body.Add(new LinkButtons(chunk));
            if (moreUnits > 0) body.Add(new TextBlock(t.FilesMoreUnits(moreUnits), TextStyle.Subtle));
        }
        return new Card(body, [new ExecuteAction(t.SummaryButton, SummaryCard.ShowVerb, SummaryCard.Page(1))]);
    }
}
