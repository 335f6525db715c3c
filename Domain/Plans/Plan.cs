using DanVan.Domain.Time;

namespace DanVan.Domain.Plans;

/// <summary>A year's "công tác dân vận chính quyền" plan, loaded from a plan file (one file per year).</summary>
public sealed record Plan(
    string Id,
    int Year,
    string Title,
    string Issuer,
    IReadOnlyList<Deadline> Deadlines,
    IReadOnlyList<Target> Targets,
    PlanLimits Limits)
{
    /// <summary>"Dân vận khéo" models every unit should have; defaults when the plan file does not say.</summary>
    public ModelSettings Models { get; init; } = ModelSettings.Default;

    /// <summary>When DanVan chases units about deadlines; defaults when the plan file does not say.</summary>
    public ReminderSettings Reminders { get; init; } = ReminderSettings.Default;

    /// <summary>The issuer and signer of the department's official reports; null when the plan file has none.</summary>
    public Letterhead? Letterhead { get; init; }

    /// <summary>The first day units report against this plan; it may be before 1 January (units write their plans
    /// in the first months). The plan file's <c>opensOn</c>, else 1 January of <see cref="Year"/>.</summary>
    public DateOnly OpensOn
    {
        get => _opensOn ?? new DateOnly(Year, 1, 1);
        init => _opensOn = value;
    }

    /// <summary>The closing date: from this day on the year is closed (<see cref="YearPhase.Closed"/>). The plan
    /// file's <c>closesOn</c> (e.g. the results-report deadline plus the office's grace period), else 1 January of
    /// the next year.</summary>
    public DateOnly ClosesOn
    {
        get => _closesOn ?? new DateOnly(Year + 1, 1, 1);
        init => _closesOn = value;
    }

    /// <summary>When proactive messages may go on a working day; the plan file's <c>officeHours</c>.</summary>
    public OfficeHours OfficeHours { get; init; } = OfficeHours.Default;

    /// <summary>A made-up plan shipped to show the file's shape ("sample": true): never a department's real plan.</summary>
    public bool Sample { get; init; }

    private readonly DateOnly? _opensOn;
    private readonly DateOnly? _closesOn;

    public YearPhase PhaseOn(DateOnly day) => day < OpensOn ? YearPhase.Upcoming : day >= ClosesOn ? YearPhase.Closed : YearPhase.Open;

    /// <summary>The last day the year is open: its final results are the figures as they stood then.</summary>
    public DateOnly LastOpenDay => ClosesOn.AddDays(-1);

    /// <summary>When the department channel gets its weekly picture; defaults when the plan file does not say.</summary>
    public Department.WeeklyPostSettings DepartmentPost { get; init; } = Department.WeeklyPostSettings.Default;

    public Deadline Deadline(string id) =>
        Deadlines.FirstOrDefault(d => d.Id == id)
        ?? throw new KeyNotFoundException($"Plan {Id} has no deadline '{id}'.");

    public Target Target(int number) =>
        Targets.FirstOrDefault(t => t.Number == number)
        ?? throw new KeyNotFoundException($"Plan {Id} has no target {number}.");

    /// <summary>A date units may enter for this plan: from its opening date to its closing date.</summary>
    public bool IsInYear(DateOnly date) => date >= OpensOn && date < ClosesOn;
}

/// <summary>A dated obligation of every unit, e.g. sending its own plan by 20/04.</summary>
public sealed record Deadline(string Id, string Title, DateOnly Date, IReadOnlyList<int> Targets)
{
    /// <summary>A few words for lists on a phone ("Gửi kế hoạch của đơn vị"); the full title when the file gives none.</summary>
    public string ShortTitle { get; init; } = Title;
}

/// <summary>One of the plan's numbered targets ("chỉ tiêu"), e.g. 1 = 100% of staff trained.</summary>
public sealed record Target(int Number, string Code, string Title, string Text, int RequiredPercent);

/// <summary>Sanity bounds for submitted figures; a plan setting so the office can adjust without a release.</summary>
public sealed record PlanLimits(int MaxUnitStaff, int MaxSessions, int MaxTextLength);

/// <summary>The plan's expectation on "Dân vận khéo" models: at least <paramref name="MinPerUnit"/> per unit.</summary>
public sealed record ModelSettings(int MinPerUnit)
{
    public static readonly ModelSettings Default = new(1);
}

/// <summary>
/// The reminder schedule of every deadline: pings <paramref name="BeforeDays"/> days before it (0 = the day itself),
/// then every <paramref name="OverdueEveryDays"/> days overdue, at most <paramref name="OverdueMaxPings"/> times,
/// each at <paramref name="SendAt"/> department time; weekend stages move to a weekday when
/// <paramref name="SkipWeekends"/>, and stages on <see cref="Holidays"/> always move;
/// <paramref name="DigestFromDeadline"/> turns on the daily overdue digest for the office.
/// </summary>
public sealed record ReminderSettings(
    TimeOnly SendAt, IReadOnlyList<int> BeforeDays, int OverdueEveryDays, int OverdueMaxPings, bool SkipWeekends, bool DigestFromDeadline)
{
    public static readonly ReminderSettings Default = new(new TimeOnly(8, 0), [7, 3, 1, 0], 3, 5, true, true);

    /// <summary>Public holidays (and the state's swapped days off) of the plan's year: offices are closed, so no pings.</summary>
    public IReadOnlySet<DateOnly> Holidays { get; init; } = new HashSet<DateOnly>();

    /// <summary>A day the offices are closed: a holiday, or a weekend when the plan skips them.</summary>
    public bool IsDayOff(DateOnly day) =>
        Holidays.Contains(day) || (SkipWeekends && day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
}

/// <summary>Well-known deadline ids used by the code; the plan file gives their dates and titles.</summary>
public static class DeadlineIds
{
    public const string UnitPlan = "unit-plan";
    public const string ResultsReport = "results-report";
}
