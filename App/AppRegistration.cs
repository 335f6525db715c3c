using DanVan.App.Access;
using DanVan.App.Conversations;
using DanVan.App.Department;
using DanVan.App.Export;
using DanVan.App.Forms;
using DanVan.App.History;
using DanVan.App.Models;
using DanVan.App.Roster;
using DanVan.App.Routing;
using DanVan.App.Standing;
using DanVan.Cards.Text;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.App;

/// <summary>
/// The one registration of the use cases, for the host and the tests alike: every dependency is required, so a
/// test that forgets one fails at the first resolve instead of taking a null branch the host never takes.
/// </summary>
public static class AppRegistration
{
    /// <summary>
    /// Registers DanVan's use cases. The caller provides the parts that live outside App: the plan
    /// (<see cref="Domain.Plans.Plan"/>), a <see cref="TimeProvider"/>, <see cref="DanVanOptions"/>,
    /// <see cref="AppStorage"/>, <see cref="IPersonalChat"/>, <see cref="Reminders.IReminderCommands"/> and <see cref="Reminders.INudges"/>, the export's
    /// <see cref="ExportTokens"/>, <see cref="ExportOptions"/> and <see cref="IPublicBaseUrl"/>, the files' <see cref="Domain.Repositories.IFileStore"/>,
    /// <see cref="Files.IFileDownloader"/>, <see cref="Files.FileTokens"/> and <see cref="Files.FileIntakeOptions"/>, the review's
    /// <see cref="Reviews.IReviewNotifier"/>, the official reports' <see cref="OfficialReports.IFileUpload"/> and
    /// <see cref="OfficialReports.UploadPolicy"/>, the plan years' <see cref="IPlanStore"/> and <see cref="Years.PlanFolder"/>, and logging.
    /// Every form (a concrete <see cref="ItemSpec{T}"/> in this assembly) is found and registered here.
    /// </summary>
    public static IServiceCollection AddDanVanApp(this IServiceCollection services)
    {
        services.AddSingleton<DepartmentClock>();
        services.AddSingleton(sp => Language.FromSetting(sp.GetRequiredService<DanVanOptions>().EnglishLocales));

        services.AddSingleton(sp => sp.GetRequiredService<AppStorage>() is var s
            ? new RosterCache(s.Roster, sp.GetRequiredService<TimeProvider>(), s.RosterCacheLifetime) : null!);
        services.AddSingleton<IRosterRepository>(sp => sp.GetRequiredService<RosterCache>());
        services.AddSingleton(sp => sp.GetRequiredService<AppStorage>().RosterEditor);
        services.AddSingleton<ISubmissionRepository>(sp => sp.GetRequiredService<AppStorage>() is var s
            ? new UnitCache(s.Submissions, sp.GetRequiredService<TimeProvider>(), s.UnitCacheLifetime) : null!);
        services.AddSingleton(sp => sp.GetRequiredService<AppStorage>().Conversations);

        services.AddSingleton<IdentityResolver>();
        services.AddSingleton<AccessGate>();
        services.AddSingleton<TurnLimiter>();
        services.AddSingleton<RosterAdmin>();
        services.AddSingleton<ConversationReferences>();
        foreach (var form in Forms()) AddForm(services, form.Spec, form.Value);
        // What the registered forms count for: the standing, the rank, the summary and the reminders read these.
        services.AddSingleton(sp => new Domain.Progress.ProgressItems(sp.GetServices<IItemSpec>().Select(s => s.Progress).OfType<Domain.Progress.ProgressItem>()));
        services.AddSingleton<IModelList, ModelList>();
        services.AddSingleton<StandingService>();
        services.AddSingleton<IAfterSave>(sp => sp.GetRequiredService<StandingService>());
        services.AddSingleton<HistoryService>();
        services.AddSingleton<DepartmentView>();
        services.AddSingleton<DepartmentChannels>();
        services.AddSingleton<Reminders.NudgeService>();
        // The download re-checks the role against the roster as stored (the editor reads storage), not the turn
        // cache: a demotion counts at once.
        services.AddSingleton<ExportBook>();
        services.AddSingleton<ExportService>();
        // Documents in: the host provides the blob store, the downloader, the token signer and the limits.
        services.AddSingleton<Files.FileIntake>();
        services.AddSingleton<Files.FileLinks>();
        // Văn phòng Sở's review; the host provides how a returned item's notice reaches the unit heads.
        services.AddSingleton<Reviews.ReviewService>();
        // The official reports (.docx); the host provides the upload to Teams and which upload addresses it may use.
        services.AddSingleton<OfficialReports.OfficialDocuments>();
        services.AddSingleton<OfficialReports.OfficialReportService>();
        // Plan years side by side: the host's plan is served by this App, every other year by an App of its own.
        services.AddSingleton(sp => new Years.PlanYears(sp.GetRequiredService<Domain.Plans.Plan>(), sp.GetRequiredService<IPlanStore>(), sp,
            sp.GetRequiredService<DepartmentClock>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Years.PlanYears>>()));
        services.AddSingleton<Years.YearStart>();
        services.AddSingleton<DanVanRoutes>();
        services.AddSingleton(sp => sp.GetRequiredService<DanVanRoutes>().Table);
        services.AddSingleton<ConversationService>();
        return services;
    }

    /// <summary>Every form of this assembly: a concrete <see cref="ItemSpec{T}"/> is a form, nothing else to list.</summary>
    private static IEnumerable<(Type Spec, Type Value)> Forms() =>
        typeof(AppRegistration).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(ItemSpec<>))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (t, t.BaseType!.GetGenericArguments()[0]));

    /// <summary>
    /// Registers one more form, declared by <typeparamref name="TSpec"/> alone (its fields, words, standing, progress,
    /// export columns and reminder item): what <see cref="AddDanVanApp"/> does for every form of this assembly, open
    /// to a form declared elsewhere (a test's own form).
    /// </summary>
    public static IServiceCollection AddDanVanForm<TSpec>(this IServiceCollection services) where TSpec : class, IItemSpec, new()
    {
        var value = typeof(TSpec).BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(ItemSpec<>)
            ? b.GetGenericArguments()[0]
            : throw new ArgumentException($"{typeof(TSpec).Name} is not an ItemSpec<T>.", nameof(TSpec));
        AddForm(services, typeof(TSpec), value);
        return services;
    }

    /// <summary>A form-backed item: its spec (for standing and history) and its flow (for the conversation).</summary>
    private static void AddForm(IServiceCollection services, Type specType, Type valueType)
    {
        var spec = (IItemSpec)Activator.CreateInstance(specType)!;
        services.AddSingleton(spec);
        var flowType = typeof(ItemFlow<>).MakeGenericType(valueType);
        services.AddSingleton(sp => (IItemFlow)ActivatorUtilities.CreateInstance(sp, flowType, spec));
    }
}
