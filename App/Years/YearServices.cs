using DanVan.App.Access;
using DanVan.App.Conversations;
using DanVan.App.Export;
using DanVan.App.Roster;
using DanVan.Cards.Text;
using DanVan.Domain.Plans;
using DanVan.Domain.Repositories;
using DanVan.Domain.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.App.Years;

/// <summary>
/// The App of a plan year other than the host's own (<see cref="AppRegistration.AddDanVanApp"/> for that plan, in a
/// container of its own). What is not per year is the host's, passed through as is: the roster and its cache, storage,
/// the rate limit, conversation references, proactive sending, export and file signing. So a roster edit, a rate
/// limit or a cached unit is one and the same whichever year a turn reads.
/// </summary>
public static class YearServices
{
    /// <summary>What the host provides to App (see <see cref="AppRegistration.AddDanVanApp"/>) and what App keeps once for all years.</summary>
    private static readonly Type[] Shared =
    [
        typeof(TimeProvider), typeof(DanVanOptions), typeof(AppStorage), typeof(IPersonalChat), typeof(Reminders.IReminderCommands), typeof(Reminders.INudges),
        typeof(ExportTokens), typeof(ExportOptions), typeof(IPublicBaseUrl), typeof(IFileStore), typeof(Files.IFileDownloader),
        typeof(Files.FileTokens), typeof(Files.FileIntakeOptions), typeof(Reviews.IReviewNotifier), typeof(OfficialReports.IFileUpload),
        typeof(OfficialReports.UploadPolicy), typeof(ILoggerFactory), typeof(PlanYears), typeof(PlanFolder), typeof(IPlanStore),
        // App's own, once for every year.
        typeof(DepartmentClock), typeof(Language), typeof(RosterCache), typeof(IRosterRepository), typeof(IRosterEditor),
        typeof(ISubmissionRepository), typeof(IConversationRepository), typeof(IdentityResolver), typeof(AccessGate),
        typeof(TurnLimiter), typeof(RosterAdmin), typeof(ConversationReferences),
    ];

    public static ServiceProvider Build(Plan plan, IServiceProvider host)
    {
        var services = new ServiceCollection();
        services.AddSingleton(plan);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddDanVanApp();
        // Registered last, so they win over AddDanVanApp's: instances, which this container never disposes (the host does).
        foreach (var type in Shared) services.AddSingleton(type, host.GetRequiredService(type));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
