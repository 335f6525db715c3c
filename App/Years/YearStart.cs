using System.Security.Cryptography;
using DanVan.App.Access;
using DanVan.App.Routing;
using DanVan.Cards;
using DanVan.Cards.Json;
using DanVan.Domain.Models;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;
using Microsoft.Extensions.Logging;

namespace DanVan.App.Years;

/// <summary>
/// Plan years in chat: one year's card ("năm 2024"), the list of years, and the office's start of the next year: it
/// chooses a plan file from the plans folder, DanVan checks it as start-up checks a plan file and shows what it read,
/// and the confirmation records it in storage (audited), so every instance serves it, from its opening date on.
/// The "Dân vận khéo" models of the year before carry over then, under the same ids, so they show as continuing.
/// </summary>
public sealed class YearStart(Plan plan, PlanYears years, PlanFolder folder, IPlanStore store, ISubmissionRepository submissions,
    Files.IFileDownloader downloader, Files.FileIntakeOptions files, DepartmentClock clock, ILogger<YearStart> log)
{
    /// <summary>The largest plan file taken from chat: a plan file is a few KB, and its text rides in the preview card's data.</summary>
    public const int MaxUploadBytes = 16 * 1024;

    /// <summary>This year's card, its buttons naming it, so they read this year whichever is current.</summary>
    public async Task<Answer> ShowAsync(Request r, CancellationToken ct)
    {
        var current = await years.CurrentAsync(ct);
        var data = new Dictionary<string, string> { [YearWords.DataKey] = plan.Id };
        return Answer.Of(YearCards.Year(r.T, plan, clock.Today, current.Plan.Id == plan.Id, AccessPolicy.IsSenior(r.Who), data));
    }

    public async Task<Answer> ListAsync(Request r, CancellationToken ct)
    {
        var current = await years.CurrentAsync(ct);
        return Answer.Of(YearCards.List(r.T, await years.AllAsync(ct), current.Plan.Id, clock.Today, r.Who.Member.Role == Domain.Roster.Role.Office));
    }

    /// <summary>The plan files in the folder that are plans DanVan does not serve yet.</summary>
    public async Task<Answer> StartAsync(Request r, CancellationToken ct)
    {
        var known = (await years.AllAsync(ct)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var files = new List<string>();
        foreach (var path in PlanFiles())
            if (TryLoad(path, out var candidate, out _) && !known.Contains(candidate!.Id)) files.Add(Path.GetFileName(path));
        return Answer.Of(YearCards.Start(r.T, files, FolderName));
    }

    public async Task<Answer> PickAsync(Request r, CancellationToken ct)
    {
        if (Chosen(r) is not { } path) return Answer.Say(r.T.YearFileUnknown);
        var bytes = await File.ReadAllBytesAsync(path, ct);
        if (!TryParse(bytes, path, out var next, out var problem)) return Answer.Say(r.T.YearPlanInvalid(problem!));
        var all = await years.AllAsync(ct);
        if (all.Any(p => p.Id == next!.Id)) return Answer.Say(r.T.YearAlreadyKnown(next!.Year, next.Id));
        var before = PlanYearChoice.Previous([.. all, next!], next!);
        return Answer.Of(YearCards.Preview(r.T, next!, Path.GetFileName(path), Hash(bytes), before?.Year.ToString(r.T.Culture)));
    }

    /// <summary>
    /// A plan file the office dropped into the personal chat: downloaded from the attachment's own address under the
    /// documents' rules (allowed hosts, no redirect, a timeout) and a small size limit, checked, and shown as the
    /// folder's files are; its text goes to the confirmation in the card, where it is checked again.
    /// </summary>
    public async Task<Answer> UploadAsync(Request r, CancellationToken ct)
    {
        var (t, file) = (r.T, r.File!);
        if (!Domain.Files.DownloadUrlRule.Allows(file.DownloadUrl, files.AllowedHostSuffixes, files.AllowLoopbackHttp)) return Answer.Say(t.FileBadUrl);
        var download = await downloader.DownloadAsync(new Uri(file.DownloadUrl), MaxUploadBytes, ct);
        if (download.Problem != Files.DownloadProblem.None)
        {
            log.LogWarning("Plan file from {User} not downloaded: {Problem} {Detail}.", r.Who.Member.Key, download.Problem, download.Detail);
            return Answer.Say(download.Problem == Files.DownloadProblem.TooLarge ? t.FileTooLarge(t.FileSize(MaxUploadBytes)) : t.FileDownloadFailed);
        }
        var name = SafeName(file.Name);
        if (!TryParse(download.Content!, name, out var next, out var problem)) return Answer.Say(t.YearPlanInvalid(problem!));
        var all = await years.AllAsync(ct);
        if (all.Any(p => p.Id == next!.Id)) return Answer.Say(t.YearAlreadyKnown(next!.Year, next.Id));
        var before = PlanYearChoice.Previous([.. all, next!], next!);
        return Answer.Of(YearCards.Preview(t, next!, name, Hash(download.Content!), before?.Year.ToString(t.Culture),
            System.Text.Encoding.UTF8.GetString(download.Content!)));
    }

    /// <summary>Records the year the office read in the preview (the same bytes), then carries the models over.</summary>
    public async Task<Answer> ConfirmAsync(Request r, CancellationToken ct)
    {
        // An uploaded file's text comes back in the card (untrusted: only an office member gets here, and it is
        // checked as any plan file); a folder's file is read again.
        byte[] bytes;
        string path;
        if (r.Data.GetValueOrDefault(YearCards.PlanJsonKey) is { Length: > 0 and <= MaxUploadBytes } uploaded)
            (bytes, path) = (System.Text.Encoding.UTF8.GetBytes(uploaded), SafeName(r.Data.GetValueOrDefault(YearCards.FileKey)));
        else if (Chosen(r) is { } chosen)
            (bytes, path) = (await File.ReadAllBytesAsync(chosen, ct), chosen);
        else return Answer.Say(r.T.YearFileUnknown);
        if (r.Data.GetValueOrDefault(YearCards.HashKey) != Hash(bytes)) return Answer.Say(r.T.YearFileChanged);
        if (!TryParse(bytes, path, out var next, out var problem)) return Answer.Say(r.T.YearPlanInvalid(problem!));
        var all = await years.AllAsync(ct);
        if (all.Any(p => p.Id == next!.Id)) return Answer.Say(r.T.YearAlreadyKnown(next!.Year, next.Id));
        var stamp = new Stamp(r.Who.Member.Key, r.Who.Member.DisplayName, clock.UtcNow);
        try
        {
            await store.AddAsync(new StoredPlan(next!.Id, Path.GetFileName(path), System.Text.Encoding.UTF8.GetString(bytes)), stamp, ct);
        }
        catch (ConcurrencyConflictException)
        {
            years.Forget();
            return Answer.Say(r.T.YearAlreadyKnown(next!.Year, next.Id));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Plan year {Id} from {File} was not recorded.", next!.Id, Path.GetFileName(path));
            return Answer.Say(r.T.YearNotStored);
        }
        years.Forget();
        log.LogInformation("Plan year {Id} ({Year}, opens {OpensOn}) recorded from {File}.", next.Id, next.Year, next.OpensOn, Path.GetFileName(path));
        var before = PlanYearChoice.Previous([.. all, next], next);
        var carried = before is null ? 0 : await CarryModelsAsync(before, next, stamp, ct);
        return Answer.Say(r.T.YearStarted(next.Year, next.OpensOn, carried, before?.Year));
    }

    /// <summary>
    /// Every unit's models of <paramref name="from"/> into <paramref name="to"/>, under the same ids, each written with
    /// its audit entry; one already there (carried by a repeated confirmation, or registered since) is left alone.
    /// </summary>
    private async Task<int> CarryModelsAsync(Plan from, Plan to, Stamp stamp, CancellationToken ct)
    {
        var carried = 0;
        foreach (var unit in await submissions.LoadPlanAsync(from.Id, ct))
            foreach (var (item, model) in unit.GetAll<DanVanKheoModel>(SubmissionItems.ModelPrefix))
            {
                try
                {
                    await submissions.SaveAsync(new SubmissionKey(to.Id, unit.UnitId, item), model.Value, null, stamp, ct);
                    carried++;
                }
                catch (ConcurrencyConflictException) { }
            }
        return carried;
    }

    private string FolderName => Path.GetFileName(folder.Path.TrimEnd(Path.DirectorySeparatorChar)) is { Length: > 0 } name ? name : folder.Path;

    private IEnumerable<string> PlanFiles() =>
        Directory.Exists(folder.Path) ? Directory.EnumerateFiles(folder.Path, "*.json").Order(StringComparer.Ordinal) : [];

    /// <summary>The file the card names (untrusted): only a name the folder lists, never a path.</summary>
    private string? Chosen(Request r) =>
        r.Data.GetValueOrDefault(YearCards.FileKey) is { Length: > 0 } name ? PlanFiles().FirstOrDefault(p => Path.GetFileName(p) == name) : null;

    private static bool TryLoad(string path, out Plan? plan, out string? problem)
    {
        try
        {
            return TryParse(File.ReadAllBytes(path), path, out plan, out problem);
        }
        catch (IOException e)
        {
            (plan, problem) = (null, e.Message);
            return false;
        }
    }

    private static bool TryParse(byte[] bytes, string path, out Plan? plan, out string? problem)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            (plan, problem) = (PlanFile.Parse(stream, Path.GetFileName(path)), null);
            return true;
        }
        catch (InvalidDataException e)
        {
            (plan, problem) = (null, e.Message.ReplaceLineEndings(" "));
            return false;
        }
    }

    /// <summary>A name for the audit from what the user's client said: the file name only, normalised, at most 100 characters.</summary>
    private static string SafeName(string? name) =>
        Domain.Validation.TextClip.Clip(Path.GetFileName(Domain.Validation.UntrustedText.NormalizeMessage(name) ?? "") is { Length: > 0 } n ? n : "plan.json", 100);

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
