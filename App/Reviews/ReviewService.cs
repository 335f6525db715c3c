using System.Text.Json;
using DanVan.App.Forms;
using DanVan.App.Routing;
using DanVan.Cards;
using DanVan.Cards.Json;
using DanVan.Cards.Reviews;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Domain.Reviews;
using DanVan.Domain.Roster;
using DanVan.Domain.Time;
using DanVan.Domain.UnitPlans;
using Microsoft.Extensions.Logging;

namespace DanVan.App.Reviews;

/// <summary>
/// Văn phòng Sở's review of the unit plans and results reports: "cần tiếp nhận" (what waits, oldest first), one
/// submission with its review so far, and the decision — accepted, or returned with a comment. A decision is stored
/// with its audit row in one partition transaction, conditional on the review the card was drawn from, and only for
/// the very version of the submission the card showed: a stale card is refused and redrawn. A return is then sent to
/// the unit's heads. Every read here is fresh from storage (never the submit path's unit cache).
/// </summary>
public sealed class ReviewService(Plan plan, ISubmissionRepository submissions, IRosterRepository roster, DepartmentClock clock,
    IEnumerable<IItemSpec> specs, IReviewNotifier notifier, ILogger<ReviewService> log)
{
    private const int HistoryShown = 5;
    private static readonly JsonSerializerOptions StoredJson = new(JsonSerializerDefaults.Web);
    private readonly IReadOnlyList<IItemSpec> _specs = [.. specs];

    public async Task<Answer> QueueAsync(Request r, CancellationToken ct)
    {
        var units = await roster.ListUnitsAsync(ct);
        var stored = await submissions.LoadPlanAsync(plan.Id, [.. units.Where(u => u.Active).Select(u => u.Id)], ct);
        var entries = AwaitingReview.Of(units, stored).Select(q => new QueueEntry(q.Unit.Id, q.Unit.Name, q.Standing.Item,
            r.T.DateTime(DepartmentClock.ToLocal(q.Standing.Submitted!.At)), q.Standing.Submitted.UserName,
            q.Standing.SubmittedVersion!, q.Standing.Review?.Version)).ToList();
        return Answer.Of(ReviewCards.Queue(r.T, entries, r.T.DateTime(clock.Now)));
    }

    public async Task<Answer> ShowAsync(Request r, CancellationToken ct)
    {
        if (await TargetAsync(r, ct) is not { } target) return Answer.Of(Unknown(r.T));
        var unit = await ReadAsync(target.Unit.Id, target.Item, ct);
        return Answer.Of(await CardAsync(r.T, target, unit, null, null, ct));
    }

    public Task<Answer> AcceptAsync(Request r, CancellationToken ct) => DecideAsync(r, ReviewDecision.Accepted, ct);

    public Task<Answer> ReturnAsync(Request r, CancellationToken ct) => DecideAsync(r, ReviewDecision.Returned, ct);

    private async Task<Answer> DecideAsync(Request r, ReviewDecision decision, CancellationToken ct)
    {
        var t = r.T;
        if (await TargetAsync(r, ct) is not { } target) return Answer.Of(Unknown(t));
        var (unitId, item) = (target.Unit.Id, target.Item);
        var unit = await ReadAsync(unitId, item, ct);
        var standing = ReviewStanding.Of(unit, item);
        if (standing.State == ReviewState.NotSubmitted)
            return Answer.Of(MessageCard.Build(t.ReviewNothingSubmitted(target.Unit.Name, t.ReviewItemName(item)), TextStyle.Attention,
                new ExecuteAction(t.ReviewQueueButton, ReviewCards.QueueVerb)));

        var input = ReviewInput.Read(decision, item, r.Data.GetValueOrDefault(ReviewCards.CommentInput), r.Data.GetValueOrDefault(ReviewCards.FieldsInput));
        var itemVersion = r.Data.GetValueOrDefault(ReviewCards.ItemVersionKey) ?? "";
        var reviewVersion = r.Data.GetValueOrDefault(ReviewCards.ReviewVersionKey) ?? "";
        var wanted = new ItemReview(decision, input.Comment, input.Fields, standing.SubmittedVersion!, standing.Submitted!.At);

        // The same decision already stored for this version (a second click, a retried request): its result, once.
        if (standing.Current is { } done && SameDecision(done.Value, wanted))
            return Answer.Of(Decided(t, target, unit));
        if (standing.SubmittedVersion != itemVersion)
            return Answer.Of(await CardAsync(t, target, unit, t.ReviewResent(t.DateTime(DepartmentClock.ToLocal(standing.Submitted.At))), null, ct));
        if ((standing.Review?.Version ?? "") != reviewVersion)
            return Answer.Of(await CardAsync(t, target, unit, Already(t, standing.Review!), null, ct));
        if (input.Problem != ReviewProblem.None)
            return Answer.Of(await CardAsync(t, target, unit, Problem(t, input.Problem), r.Data, ct));

        Versioned<ItemReview> saved;
        try
        {
            saved = await submissions.SaveAsync(new SubmissionKey(plan.Id, unitId, ReviewItems.KeyOf(item)), wanted, standing.Review,
                new Stamp(r.Who.Member.Key, r.Who.Member.DisplayName, clock.UtcNow), ct);
        }
        catch (ConcurrencyConflictException)
        {
            // Another office member decided between our read and our write: show theirs, store nothing.
            var latest = await ReadAsync(unitId, item, ct);
            var now = ReviewStanding.Of(latest, item);
            if (now.Review is null) throw;
            return Answer.Of(await CardAsync(t, target, latest, Already(t, now.Review), null, ct));
        }

        var after = unit.With(ReviewItems.KeyOf(item), saved);
        if (decision == ReviewDecision.Accepted)
            return new Answer(Decided(t, target, after), [new TextReply(t.ReviewAcceptedReply(t.ReviewItemName(item), target.Unit.Name))]);
        return new Answer(Decided(t, target, after), [new TextReply(await NotifyAsync(t, target, saved, ct))]);
    }

    /// <summary>The review is stored: the notice is a courtesy that must not turn it into a failure.</summary>
    private async Task<string> NotifyAsync(Texts t, Target target, Versioned<ItemReview> saved, CancellationToken ct)
    {
        var name = t.ReviewItemName(target.Item);
        try
        {
            var recipients = await notifier.StartReturnedAsync(new ReturnedItem(plan.Id, target.Unit.Id, target.Unit.Name, target.Item, saved), ct);
            return t.ReviewReturnedReply(name, target.Unit.Name, recipients);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Return of {Item} of unit {Unit} stored; its notice could not be started.", target.Item, target.Unit.Id);
            return t.ReviewReturnedReply(name, target.Unit.Name, 0);
        }
    }

    private sealed record Target(Unit Unit, string Item);

    /// <summary>The unit and item the card names (untrusted): an item the office reviews, of a unit on the roster.</summary>
    private async Task<Target?> TargetAsync(Request r, CancellationToken ct)
    {
        var item = r.Data.GetValueOrDefault(ReviewCards.ItemKey)?.Trim();
        var unitId = r.Data.GetValueOrDefault(ReviewCards.UnitKey)?.Trim();
        if (!ReviewItems.IsReviewed(item) || string.IsNullOrEmpty(unitId) || unitId.Length > 100) return null;
        return await roster.FindUnitAsync(unitId, ct) is { } unit ? new Target(unit, item!) : null;
    }

    /// <summary>The item and its review as stored now: two point reads, each read as its own type.</summary>
    private async Task<UnitSubmissions> ReadAsync(string unitId, string item, CancellationToken ct)
    {
        var reviewTask = submissions.GetAsync<ItemReview>(new SubmissionKey(plan.Id, unitId, ReviewItems.KeyOf(item)), ct);
        var key = new SubmissionKey(plan.Id, unitId, item);
        var unit = UnitSubmissions.Empty(unitId);
        if (item == SubmissionItems.UnitPlan && await submissions.GetAsync<UnitPlanReport>(key, ct) is { } p) unit = unit.With(item, p);
        if (item == SubmissionItems.Report && await submissions.GetAsync<ResultsReport>(key, ct) is { } rep) unit = unit.With(item, rep);
        return await reviewTask is { } review ? unit.With(ReviewItems.KeyOf(item), review) : unit;
    }

    private async Task<Card> CardAsync(Texts t, Target target, UnitSubmissions unit, string? notice, IReadOnlyDictionary<string, string?>? typed, CancellationToken ct)
    {
        var standing = ReviewStanding.Of(unit, target.Item);
        if (standing.State == ReviewState.NotSubmitted)
            return MessageCard.Build(t.ReviewNothingSubmitted(target.Unit.Name, t.ReviewItemName(target.Item)), TextStyle.Attention,
                new ExecuteAction(t.ReviewQueueButton, ReviewCards.QueueVerb));
        var history = (await submissions.HistoryAsync(plan.Id, target.Unit.Id, 50, ct))
            .Where(e => e.Item == ReviewItems.KeyOf(target.Item)).Take(HistoryShown)
            .Select(e => (t.DateTime(DepartmentClock.ToLocal(e.Stamp.At)), e.Stamp.UserName, Change(t, e.After))).ToList();
        return ReviewCards.Review(t, new ReviewModel(target.Unit.Id, target.Unit.Name, target.Item,
            _specs.FirstOrDefault(s => s.Name == target.Item)?.DescribeCurrent(t, unit),
            t.DateTime(DepartmentClock.ToLocal(standing.Submitted!.At)), standing.Submitted.UserName,
            standing.SubmittedVersion!, standing.Review?.Version, ReviewCards.StateText(t, standing), history, notice,
            typed?.GetValueOrDefault(ReviewCards.CommentInput), typed?.GetValueOrDefault(ReviewCards.FieldsInput)));
    }

    private static Card Decided(Texts t, Target target, UnitSubmissions unit)
    {
        var standing = ReviewStanding.Of(unit, target.Item);
        var review = standing.Current!.Value;
        return ReviewCards.Decided(t, target.Unit.Name, target.Item, review.Decision, ReviewCards.StateText(t, standing),
            [.. review.Fields.Select(f => t.ReviewFieldLabel(target.Item, f))]);
    }

    /// <summary>One audit entry of a review, for the review card's history ("lịch sử" reads the same entries).</summary>
    public static string Change(Texts t, string json) =>
        JsonSerializer.Deserialize<ItemReview>(json, StoredJson) is { } r ? t.ReviewHistoryChange(r.Decision, r.Comment) : "—";

    private static bool SameDecision(ItemReview a, ItemReview b) =>
        a.Decision == b.Decision && a.Comment == b.Comment && a.ReviewedVersion == b.ReviewedVersion && a.Fields.SequenceEqual(b.Fields);

    private static string Already(Texts t, Versioned<ItemReview> review) =>
        t.ReviewAlreadyReviewed(review.Stamp.UserName, t.DateTime(DepartmentClock.ToLocal(review.Stamp.At)));

    private static string Problem(Texts t, ReviewProblem p) => p switch
    {
        ReviewProblem.CommentRequired => t.ReviewCommentRequired,
        ReviewProblem.CommentTooLong => t.ReviewCommentTooLong(ReviewItems.MaxComment),
        _ => t.ReviewCommentInvalid,
    };

    private static Card Unknown(Texts t) =>
        MessageCard.Build(t.ReviewUnknown, TextStyle.Attention, new ExecuteAction(t.ReviewQueueButton, ReviewCards.QueueVerb));
}
