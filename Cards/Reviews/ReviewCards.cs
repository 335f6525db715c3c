using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Reviews;
using DanVan.Domain.Time;
using DanVan.Domain.Validation;

namespace DanVan.Cards.Reviews;

/// <summary>One submission on the office's "cần tiếp nhận" list, with what its buttons must carry.</summary>
public sealed record QueueEntry(string UnitId, string UnitName, string Item, string SentAt, string SentBy, string ItemVersion, string? ReviewVersion);

/// <summary>A unit's item as the office reviews it: what was sent, where it stands, and the review so far.</summary>
public sealed record ReviewModel(
    string UnitId, string UnitName, string Item, string? Content, string SentAt, string SentBy, string ItemVersion, string? ReviewVersion,
    string StateLine, IReadOnlyList<(string When, string By, string Change)> History, string? Notice = null,
    string? Comment = null, string? Fields = null);

/// <summary>
/// Văn phòng Sở's review cards: the "cần tiếp nhận" list, one submission with "Tiếp nhận" and "Trả lại, yêu cầu
/// bổ sung", the card a decision turns it into, and the notice a unit head gets when an item is returned.
/// Every unit name and comment is user text: shown escaped.
/// </summary>
public static class ReviewCards
{
    public const string QueueVerb = "review.queue";
    public const string ShowVerb = "review.show";
    public const string AcceptVerb = "review.accept";
    public const string ReturnVerb = "review.return";

    // Card data: untrusted, checked by the review service against storage.
    public const string UnitKey = "unit";
    public const string ItemKey = "item";
    public const string ItemVersionKey = "itemVersion";
    public const string ReviewVersionKey = "reviewVersion";
    public const string CommentInput = "reviewComment";
    public const string FieldsInput = "reviewFields";

    /// <summary>Entries per list: each has its own buttons, and a card must stay well under Teams' size limit.</summary>
    public const int QueueShown = 15;

    public static Card Queue(Texts t, IReadOnlyList<QueueEntry> entries, string asOf)
    {
        var body = new List<Element> { new TextBlock(t.ReviewQueueTitle, TextStyle.Heading) };
        if (entries.Count == 0) body.Add(new TextBlock(t.ReviewQueueEmpty, TextStyle.Good));
        else body.Add(new TextBlock(t.ReviewQueueSubtitle(entries.Count, asOf), TextStyle.Subtle));
        foreach (var e in entries.Take(QueueShown))
            body.Add(new Container(
            [
                new TextBlock(t.ReviewQueueEntry(e.UnitName, t.ReviewItemName(e.Item), e.SentAt, e.SentBy)),
                new ActionSet(
                [
                    new ExecuteAction(t.ReviewViewButton, ShowVerb, Keys(e.UnitId, e.Item, null, null)),
                    new ExecuteAction(t.ReviewAcceptButton, AcceptVerb, Keys(e.UnitId, e.Item, e.ItemVersion, e.ReviewVersion)),
                ]),
            ]));
        if (entries.Count > QueueShown) body.Add(new TextBlock(t.ReviewQueueMore(entries.Count - QueueShown), TextStyle.Subtle));
        return new Card(body, [new ExecuteAction(t.RefreshTitle, QueueVerb)]);
    }

    public static Card Review(Texts t, ReviewModel m)
    {
        var item = t.ReviewItemName(m.Item);
        var body = new List<Element> { new TextBlock(t.ReviewTitle(item, m.UnitName), TextStyle.Heading) };
        if (m.Notice is not null) body.Add(new TextBlock(m.Notice, TextStyle.Attention));
        body.Add(new FactSet(
        [
            (t.ReviewUnitFact, m.UnitName),
            (t.ReviewContentFact, m.Content ?? "—"),
            (t.ReviewSentFact, $"{m.SentAt}, {m.SentBy}"),
            (t.ReviewStateFact, m.StateLine),
        ]));
        body.Add(new ChoiceInput(FieldsInput, t.ReviewFieldsLabel,
            [.. ReviewItems.FieldsOf(m.Item).Select(f => (t.ReviewFieldLabel(m.Item, f), f))], m.Fields, false, "", MultiSelect: true));
        body.Add(new TextInput(CommentInput, t.ReviewCommentLabel, m.Comment, ReviewItems.MaxComment, false, t.ReviewCommentRequired,
            Multiline: true, Placeholder: t.ReviewCommentPlaceholder));
        if (m.History.Count > 0)
        {
            body.Add(new TextBlock(t.ReviewHistoryHeading, TextStyle.Subtle));
            body.Add(new FactSet([.. m.History.Select(h => ($"{h.When}, {h.By}", h.Change))]));
        }
        var keys = Keys(m.UnitId, m.Item, m.ItemVersion, m.ReviewVersion);
        return new Card(body,
        [
            new ExecuteAction(t.ReviewAcceptButton, AcceptVerb, keys, Primary: true),
            new ExecuteAction(t.ReviewReturnButton, ReturnVerb, keys),
            new ExecuteAction(t.ReviewQueueButton, QueueVerb),
        ]);
    }

    /// <summary>What the review card turns into once a decision is stored.</summary>
    public static Card Decided(Texts t, string unitName, string item, ReviewDecision decision, string stateLine, IReadOnlyList<string> fieldLabels)
    {
        var name = t.ReviewItemName(item);
        var body = new List<Element>
        {
            new TextBlock(decision == ReviewDecision.Accepted ? t.ReviewAcceptedTitle(name, unitName) : t.ReviewReturnedTitle(name, unitName),
                decision == ReviewDecision.Accepted ? TextStyle.Good : TextStyle.Warning),
            new TextBlock(stateLine),
        };
        if (fieldLabels.Count > 0) body.Add(new TextBlock(t.ReviewNoticeFields(string.Join(", ", fieldLabels))));
        return new Card(body, [new ExecuteAction(t.ReviewQueueButton, QueueVerb)]);
    }

    /// <summary>The unit head's notice of a returned item: the comment, the fields named, and a button to the form.</summary>
    public static Card ReturnedNotice(Texts t, string item, string reviewer, string when, string comment, IReadOnlyList<string> fieldLabels)
    {
        var name = t.ReviewItemName(item);
        var body = new List<Element>
        {
            new TextBlock(t.ReviewNoticeTitle(name), TextStyle.Heading),
            new TextBlock(t.ReviewNoticeBody(reviewer, when)),
            new Container([new TextBlock(comment)], Emphasis: true),
        };
        if (fieldLabels.Count > 0) body.Add(new TextBlock(t.ReviewNoticeFields(string.Join(", ", fieldLabels)), TextStyle.Warning));
        body.Add(new TextBlock(t.ReviewNoticeHint, TextStyle.Subtle));
        return new Card(body, [new ExecuteAction(t.ReviewOpenFormButton(name), Verbs.Open(item), Primary: true)]);
    }

    /// <summary>"Bị trả lại ngày dd/MM/yyyy: comment", "Đã tiếp nhận ngày …", "Chờ tiếp nhận": the standing, summary and export say it alike.</summary>
    /// <param name="clip">Shorten the comment to this many characters (a list of many units); null: in full.</param>
    public static string StateText(Texts t, ReviewStanding r, int? clip = null) =>
        t.ReviewStateLine(r.State, r.Current is { } c ? DateOnly.FromDateTime(DepartmentClock.ToLocal(c.Stamp.At).DateTime) : null,
            r.Current?.Value.Comment is { } comment && clip is { } max ? TextClip.Clip(comment, max) : r.Current?.Value.Comment);

    private static Dictionary<string, string> Keys(string unitId, string item, string? itemVersion, string? reviewVersion)
    {
        var data = new Dictionary<string, string> { [UnitKey] = unitId, [ItemKey] = item };
        if (itemVersion is not null) data[ItemVersionKey] = itemVersion;
        if (itemVersion is not null) data[ReviewVersionKey] = reviewVersion ?? "";
        return data;
    }
}
