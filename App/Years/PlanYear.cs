using DanVan.Domain.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.App.Years;

/// <summary>One plan year DanVan serves: its plan and the use cases built for it (<see cref="YearServices"/>).</summary>
public sealed class PlanYear(Plan plan, IServiceProvider services)
{
    public Plan Plan { get; } = plan;

    /// <summary>The year's own App: every use case reads this year's plan and its data (keyed by the plan id).</summary>
    public IServiceProvider Services { get; } = services;

    public ConversationService Conversation => Services.GetRequiredService<ConversationService>();
}
