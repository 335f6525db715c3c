using System.Security.Cryptography;
using DanVan.App.Forms;
using DanVan.App.Routing;
using DanVan.Cards;
using DanVan.Cards.Json;
using DanVan.Cards.Text;
using DanVan.Domain.Files;
using DanVan.Domain.Models;
using DanVan.Domain.Plans;
using DanVan.Domain.Reports;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;
using DanVan.Domain.UnitPlans;
using DanVan.Domain.Validation;
using Microsoft.Extensions.Logging;

namespace DanVan.App.Files;

/// <summary>
/// Documents in, in the personal chat. A file dropped into the chat gets a card asking what it is (the unit's
/// plan, the results report, or evidence for one of the unit's models); the choice downloads it from the
/// attachment's own address, checks it (size, type by content), puts it in Blob Storage under a new name, then
/// records it in the item's row with an audit row in one conditional write. Any failure stores nothing: a blob
/// already uploaded is deleted again when the row cannot be written.
/// </summary>
public sealed class FileIntake(
    Plan plan,
    ISubmissionRepository submissions,
    IFileStore files,
    IFileDownloader downloader,
    FileTokens tokens,
    FileIntakeOptions options,
    DepartmentClock clock,
    IAfterSave afterSave,
    ILogger<FileIntake> log)
{
    public const int MaxNameLength = 200;

    /// <summary>A file arrived: ask what it is, listing the unit's items it can belong to.</summary>
    public async Task<Answer> OfferAsync(Request r, IncomingFile file, CancellationToken ct)
    {
        var t = r.T;
        var name = CleanName(file.Name);
        if (!DownloadUrlRule.Allows(file.DownloadUrl, options.AllowedHostSuffixes, options.AllowLoopbackHttp))
        {
            log.LogWarning("File from {User} refused: its download address is not allowed.", r.Who.Member.Key);
            return Answer.Say(t.FileBadUrl);
        }
        var unit = await submissions.LoadUnitAsync(plan.Id, r.Who.Unit!.Id, ct);
        var targets = new List<(string Title, string Item)>();
        if (unit.Get<UnitPlanReport>(SubmissionItems.UnitPlan) is not null) targets.Add((t.FileTargetUnitPlan, SubmissionItems.UnitPlan));
        if (unit.Get<ResultsReport>(SubmissionItems.Report) is not null) targets.Add((t.FileTargetReport, SubmissionItems.Report));
        foreach (var (item, model) in unit.GetAll<DanVanKheoModel>(SubmissionItems.ModelPrefix).OrderBy(m => m.Value.Value.Name, StringComparer.Ordinal))
            targets.Add((t.FileTargetModel(model.Value.Name), item));
        if (targets.Count == 0) return Answer.Say(t.FileNothingToAttach(Markdown.Escape(name, inline: true)));

        var offer = tokens.Sign(new FileOffer(r.Who.Member.Key, name, file.DownloadUrl, clock.UtcNow + options.OfferLifetime));
        // Teams says nothing reliable about the size or type before the download; the card states the limits instead.
        return Answer.Of(FileCards.Choice(t, name, t.FileSize(options.MaxBytes), targets, offer));
    }

    /// <summary>The choice: download, check, store. Answers with the receipt, or with what went wrong and that nothing was stored.</summary>
    public async Task<ActionResult> AttachAsync(Actor a, IReadOnlyDictionary<string, string?> data, CancellationToken ct)
    {
        var t = a.T;
        if (tokens.VerifyOffer(data.GetValueOrDefault(FileCards.OfferKey), a.Who.Member.Key, clock.UtcNow) is not { } offer)
            return Refused(t.FileOfferExpired);
        var item = data.GetValueOrDefault(FileCards.TargetKey);
        return item switch
        {
            SubmissionItems.UnitPlan => await AttachToAsync<UnitPlanReport>(a, offer, item, t.FileTargetUnitPlan, ct),
            SubmissionItems.Report => await AttachToAsync<ResultsReport>(a, offer, item, t.FileTargetReport, ct),
            { } m when m.StartsWith(SubmissionItems.ModelPrefix, StringComparison.Ordinal) && ModelIds.IsValid(m[SubmissionItems.ModelPrefix.Length..]) =>
                await AttachToAsync<DanVanKheoModel>(a, offer, m, null, ct),
            _ => Refused(t.FileTargetMissing),
        };
    }

    private async Task<ActionResult> AttachToAsync<T>(Actor a, FileOffer offer, string item, string? title, CancellationToken ct) where T : class
    {
        var t = a.T;
        var key = new SubmissionKey(plan.Id, a.Unit.Id, item);
        // Storage itself, not a cache: the row is written conditionally on this version.
        var current = await submissions.GetAsync<T>(key, ct);
        if (current is null) return Refused(t.FileTargetMissing);
        title ??= current.Value is DanVanKheoModel model ? t.FileTargetModel(model.Name) : item;

        // The setting may have changed since the card was made: the address is judged again.
        if (!DownloadUrlRule.Allows(offer.DownloadUrl, options.AllowedHostSuffixes, options.AllowLoopbackHttp)) return Refused(t.FileBadUrl);
        var download = await downloader.DownloadAsync(new Uri(offer.DownloadUrl), options.MaxBytes, ct);
        if (download.Problem != DownloadProblem.None)
        {
            log.LogWarning("File for {Item} of unit {Unit} not downloaded: {Problem} {Detail}.", item, a.Unit.Id, download.Problem, download.Detail);
            return Refused(download.Problem switch
            {
                DownloadProblem.TooLarge => t.FileTooLarge(t.FileSize(options.MaxBytes)),
                DownloadProblem.Redirected => t.FileBadUrl,
                _ => t.FileDownloadFailed,
            });
        }
        var content = download.Content!;
        if (FileKinds.Detect(content) is not { } kind) return Refused(t.FileWrongType);

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        var stamp = new Stamp(a.Who.Member.Key, a.Who.Member.DisplayName, clock.UtcNow);
        string blob;
        try
        {
            blob = await files.PutAsync(new FileSlot(plan.Id, a.Unit.Id, item), sha256, FileKinds.Extension(kind), content, FileKinds.ContentType(kind), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "File for {Item} of unit {Unit} could not be put in Blob Storage.", item, a.Unit.Id);
            return Refused(t.FileNotStored);
        }

        var stored = new StoredFile(offer.Name, content.Length, FileKinds.ContentType(kind), sha256, blob, stamp.At, stamp.UserKey, stamp.UserName);
        Versioned<T> saved;
        try
        {
            saved = await RecordAsync(key, current, stored, stamp, ct);
        }
        catch (Exception e)
        {
            // The row was not written: take the blob back, so nothing is half stored. Not with the turn's token: a
            // cancelled turn must still not leave an unrecorded blob behind.
            log.LogError(e, "File for {Item} of unit {Unit} not recorded; removing blob {Blob}.", item, a.Unit.Id, blob);
            try { await files.DeleteAsync(blob, CancellationToken.None); }
            catch (Exception d) when (d is not OperationCanceledException) { log.LogError(d, "Blob {Blob} could not be removed.", blob); }
            if (e is OperationCanceledException) throw;
            return Refused(t.FileNotStored);
        }

        var size = t.FileSize(stored.Size);
        var receipt = FileCards.Receipt(t, title, stored.Name, size, t.DateTime(DepartmentClock.ToLocal(stored.UploadedAt)), stored.ByUserName,
            stored.Sha256, saved.Files!.Versions.Count);
        try
        {
            var unitNow = (await submissions.LoadUnitAsync(plan.Id, a.Unit.Id, ct)).With(item, saved);
            return new ActionResult(receipt, [new CardReply(await afterSave.StandingCardAsync(a, unitNow, ct))]);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "File for {Item} of unit {Unit} stored; the standing could not be read for the reply.", item, a.Unit.Id);
            return ActionResult.Only(receipt);
        }
    }

    /// <summary>Another save of the item may come between the read and the write (a form saved meanwhile): the file
    /// is added to the item as it is then, a few times, never over someone else's change.</summary>
    private async Task<Versioned<T>> RecordAsync<T>(SubmissionKey key, Versioned<T> current, StoredFile stored, Stamp stamp, CancellationToken ct)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var all = current.Files is { } earlier ? earlier.With(stored) : ItemFiles.First(stored);
            try
            {
                return await submissions.AttachFileAsync(key, current, all, stamp, ct);
            }
            catch (ConcurrencyConflictException) when (attempt < 3)
            {
                current = await submissions.GetAsync<T>(key, ct) ?? throw new ConcurrencyConflictException($"{key} is gone.");
            }
        }
    }

    private static ActionResult Refused(string text) => ActionResult.Only(MessageCard.Build(text, TextStyle.Attention));

    /// <summary>The sender's name for the file, as untrusted text: normalised, no control characters, no path, clipped.</summary>
    public static string CleanName(string? name)
    {
        var text = UntrustedText.NormalizeMessage(name) ?? "";
        text = text[(text.LastIndexOfAny(['/', '\\']) + 1)..].Trim();
        text = new string([.. text.Where(c => !char.IsControl(c))]);
        text = TextClip.Clip(text, MaxNameLength, "…");
        return text.Length == 0 ? "tệp" : text;
    }
}
