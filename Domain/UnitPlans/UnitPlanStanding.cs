using DanVan.Domain.Plans;
using DanVan.Domain.Progress;

namespace DanVan.Domain.UnitPlans;

public enum UnitPlanProgress { NotReported, NotIssued, IssuedNotSent, SentOnTime, SentLate }

/// <summary>
/// Where a unit stands on target 2: the plan asks every unit to send its own plan to Văn phòng Sở by the
/// "unit-plan" deadline (20/04/2024). Only a plan that was sent counts as done: issued but not sent is not sent.
/// </summary>
public sealed record UnitPlanStanding(UnitPlanProgress Progress, DateOnly Deadline, DeadlineStatus Status, decimal Completion)
{
    /// <summary>
    /// Completion for the ranking: sent on time 1; sent late 0.75 (the plan exists and is carried out, but the
    /// deadline was missed); issued but not sent 0.5 (the unit has a plan the Sở cannot see yet); otherwise 0.
    /// </summary>
    public const decimal OnTimeShare = 1m, LateShare = 0.75m, IssuedShare = 0.5m;

    public bool Overdue => Status.State == DeadlineState.Overdue;

    /// <summary>The date the plan reached Văn phòng Sở, if it was issued and sent.</summary>
    public DateOnly? SentOn { get; init; }

    /// <summary>
    /// Target 2: met when sent on time; sent late or issued but not yet sent is in progress; nothing issued is
    /// missing; anything not sent by a passed deadline is overdue.
    /// </summary>
    public TargetProgress ToProgress() => new(TargetNumbers.UnitPlan, Progress switch
    {
        UnitPlanProgress.SentOnTime => ProgressStatus.Met,
        UnitPlanProgress.SentLate => ProgressStatus.InProgress,
        UnitPlanProgress.IssuedNotSent => Overdue ? ProgressStatus.Overdue : ProgressStatus.InProgress,
        _ => Overdue ? ProgressStatus.Overdue : ProgressStatus.Missing,
    }, Completion, DeadlineIds.UnitPlan, SentOn);

    public static UnitPlanStanding Of(UnitPlanReport? report, Plan plan, DateOnly today)
    {
        var deadline = plan.Deadline(DeadlineIds.UnitPlan).Date;
        var sentOn = report is { Issued: true } ? report.SentOn : null;
        var status = DeadlineStatus.Of(deadline, sentOn, today);
        var (progress, completion) = (report, status.State) switch
        {
            (null, _) => (UnitPlanProgress.NotReported, 0m),
            ({ Issued: false }, _) => (UnitPlanProgress.NotIssued, 0m),
            (_, DeadlineState.OnTime) => (UnitPlanProgress.SentOnTime, OnTimeShare),
            (_, DeadlineState.Late) => (UnitPlanProgress.SentLate, LateShare),
            _ => (UnitPlanProgress.IssuedNotSent, IssuedShare),
        };
        return new UnitPlanStanding(progress, deadline, status, completion) { SentOn = sentOn };
    }
}
