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

    /// <summary>When the department channel gets its weekly picture; defaults when the plan file does not say.</summary>
    public Department.WeeklyPostSettings DepartmentPost { get; init; } = Department.WeeklyPostSettings.Default;

    public Deadline Deadline(string id) =>
        Deadlines.FirstOrDefault(d => d.Id == id)
        ?? throw new KeyNotFoundException($"Plan {Id} has no deadline '{id}'.");

    public Target Target(int number) =>
        Targets.FirstOrDefault(t => t.Number == number)
        ?? throw new KeyNotFoundException($"Plan {Id} has no target {number}.");

    public bool IsInYear(DateOnly date) => date.Year == Year;
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
