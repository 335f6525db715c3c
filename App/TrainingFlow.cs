using DanVan.Cards;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;
using DanVan.Domain.Training;
using DanVan.Domain.Validation;

namespace DanVan.App;

/// <summary>Target 1: open the training form, and validate → store → receipt + standing on submit.</summary>
public sealed class TrainingFlow(Plan plan, ISubmissionRepository submissions, DepartmentClock clock)
{
    public async Task<ActionResult> OpenAsync(Identity who, Texts t, CancellationToken ct)
    {
        var current = await submissions.GetAsync<TrainingReport>(Key(who), ct);
        return ActionResult.Only(TrainingCards.Form(t, plan, who.Unit!.Name, TrainingFormValues.From(current?.Value), current?.Version));
    }

    public async Task<ActionResult> SubmitAsync(Identity who, Texts t, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        var unitName = who.Unit!.Name;
        var validated = TrainingValidator.Validate(data, plan, clock.Today);
        if (!validated.IsValid)
            return ActionResult.Only(TrainingCards.Form(t, plan, unitName, Echo(data), data.GetValueOrDefault(Verbs.BaseVersion), validated.Errors));

        var report = validated.Value!;
        var key = Key(who);
        var current = await submissions.GetAsync<TrainingReport>(key, ct);
        var baseVersion = data.GetValueOrDefault(Verbs.BaseVersion) ?? "";
        if (current is not null && current.Version != baseVersion)
            return current.Value == report ? Receipt(t, unitName, current, sendStanding: false) : Conflict(t, unitName, current);

        try
        {
            var stamp = new Stamp(who.Member.Key, who.Member.DisplayName, clock.UtcNow);
            var saved = await submissions.SaveAsync(key, report, current, stamp, ct);
            return Receipt(t, unitName, saved, sendStanding: true);
        }
        catch (ConcurrencyConflictException)
        {
            // Someone saved between our read and write: show what is stored now, never overwrite it.
            var latest = await submissions.GetAsync<TrainingReport>(key, ct);
            if (latest is null) throw;
            return latest.Value == report ? Receipt(t, unitName, latest, sendStanding: false) : Conflict(t, unitName, latest);
        }
    }

    public TrainingStanding Standing(TrainingReport report) => TrainingStanding.Of(report, plan.Target(1));

    private ActionResult Receipt(Texts t, string unitName, Versioned<TrainingReport> saved, bool sendStanding)
    {
        var standing = Standing(saved.Value);
        var card = TrainingCards.Receipt(t, unitName, saved.Value, standing,
            t.DateTime(DepartmentClock.ToLocal(saved.Stamp.At)), saved.Stamp.UserName);
        return new ActionResult(card, sendStanding ? [new TextReply(TrainingCards.StandingText(t, standing))] : []);
    }

    private ActionResult Conflict(Texts t, string unitName, Versioned<TrainingReport> current) =>
        ActionResult.Only(TrainingCards.Form(t, plan, unitName, TrainingFormValues.From(current.Value), current.Version,
            notice: t.Conflict(current.Stamp.UserName, t.DateTime(DepartmentClock.ToLocal(current.Stamp.At)))));

    private SubmissionKey Key(Identity who) => new(plan.Id, who.Unit!.Id, SubmissionItems.Training);

    /// <summary>Puts back what the user typed (where it still parses) so a rejected form is not wiped.</summary>
    private static TrainingFormValues Echo(IReadOnlyDictionary<string, string?> data)
    {
        static int? Int(string? s) =>
            s is not null && FieldReader.ParseWholeNumber(s, out var n) == FieldReader.NumberShape.Number && n is >= 0 and <= int.MaxValue ? (int)n : null;
        static DateOnly? Date(string? s) => s is null ? null : FieldReader.ParseDate(s);
        return new(Int(data.GetValueOrDefault(TrainingFields.TotalStaff)), Int(data.GetValueOrDefault(TrainingFields.Trained)),
            Int(data.GetValueOrDefault(TrainingFields.Sessions)), Date(data.GetValueOrDefault(TrainingFields.LastSessionDate)));
    }
}
