using DanVan.Domain.Plans;

namespace DanVan.App.Reminders;

/// <summary>A deadline of the plan with <paramref name="Units"/> units overdue now.</summary>
public sealed record NudgeChoice(Deadline Deadline, int Units);
