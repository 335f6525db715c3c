using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Domain.Plans;

/// <summary>
/// Reads a plan file (JSON). A new year's plan is a new file, never a code change, so the file is checked
/// thoroughly here and a broken one stops start-up with a message that names the problem.
/// </summary>
public static class PlanFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Plan Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream, path);
    }

    public static Plan Parse(Stream json, string source = "plan")
    {
        PlanDto dto;
        try
        {
            dto = JsonSerializer.Deserialize<PlanDto>(json, Options)
                  ?? throw new InvalidDataException($"{source}: empty plan file.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not valid plan JSON ({e.Message}).", e);
        }
        return ToPlan(dto, source);
    }

    private static Plan ToPlan(PlanDto dto, string source)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(dto.Id)) errors.Add("id is missing");
        if (dto.Year is < 2000 or > 2100) errors.Add($"year {dto.Year} is not a plan year");
        if (string.IsNullOrWhiteSpace(dto.Title)) errors.Add("title is missing");

        var deadlines = (dto.Deadlines ?? []).Select(d => new Deadline(d.Id ?? "", d.Title ?? "", d.Date, d.Targets ?? [])
        {
            ShortTitle = string.IsNullOrWhiteSpace(d.ShortTitle) ? d.Title ?? "" : d.ShortTitle,
        }).ToList();
        foreach (var required in new[] { DeadlineIds.UnitPlan, DeadlineIds.ResultsReport })
            if (deadlines.All(d => d.Id != required)) errors.Add($"deadline '{required}' is missing");
        foreach (var d in deadlines.Where(d => d.Date.Year != dto.Year))
            errors.Add($"deadline '{d.Id}' ({d.Date:yyyy-MM-dd}) is outside the plan year");

        var targets = (dto.Targets ?? []).Select(t => new Target(
            t.Number, t.Code ?? "", t.Title ?? "", t.Text ?? "", t.RequiredPercent ?? 100)).ToList();
        var numbers = targets.Select(t => t.Number).Order().ToList();
        if (!numbers.SequenceEqual(Enumerable.Range(1, 5))) errors.Add("targets must be numbered 1 to 5, once each");

        var limits = dto.Limits ?? new LimitsDto();
        if (limits.MaxUnitStaff is < 1) errors.Add("limits.maxUnitStaff must be positive");

        var models = dto.Models ?? new ModelsDto();
        if (models.MinPerUnit is < 0) errors.Add("models.minPerUnit must not be negative");

        var reminders = Reminders(dto.Reminders ?? new RemindersDto(), errors);
        var post = DepartmentPost(dto.DepartmentChannel ?? new DepartmentChannelDto(), errors);

        if (errors.Count > 0)
            throw new InvalidDataException($"{source}: {string.Join("; ", errors)}.");

        return new Plan(dto.Id!, dto.Year, dto.Title!, dto.Issuer ?? "", deadlines, targets,
            new PlanLimits(limits.MaxUnitStaff ?? 2000, limits.MaxSessions ?? 366, limits.MaxTextLength ?? 2000))
        {
            Models = new ModelSettings(models.MinPerUnit ?? ModelSettings.Default.MinPerUnit),
            Reminders = reminders,
            DepartmentPost = post,
        };
    }

    private static Department.WeeklyPostSettings DepartmentPost(DepartmentChannelDto c, List<string> errors)
    {
        var d = Department.WeeklyPostSettings.Default;
        var day = d.Day;
        if (c.Day is { } name && (!Enum.TryParse(name, ignoreCase: true, out day) || !Enum.IsDefined(day) || int.TryParse(name, out _)))
            errors.Add($"departmentChannel.day '{name}' is not a day of the week like Monday");
        var at = d.At;
        if (c.At is { } text && !TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
            errors.Add($"departmentChannel.at '{text}' is not a time of day like 08:00");
        return new(day, at);
    }

    /// <summary>Each missing setting takes its default; a bad one is reported with the rest of the file's problems.</summary>
    private static ReminderSettings Reminders(RemindersDto r, List<string> errors)
    {
        var d = ReminderSettings.Default;
        var sendAt = d.SendAt;
        if (r.SendAt is { } text && !TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out sendAt))
            errors.Add($"reminders.sendAt '{text}' is not a time of day like 08:00");
        var before = r.BeforeDays ?? [.. d.BeforeDays];
        if (before.Any(n => n is < 0 or > 366))
            errors.Add("reminders.beforeDays must be days before the deadline, from 0 (the day itself) to 366");
        if (before.Distinct().Count() != before.Count) errors.Add("reminders.beforeDays must list each day once");
        if (r.OverdueEveryDays is < 1 or > 366) errors.Add("reminders.overdueEveryDays must be from 1 to 366");
        if (r.OverdueMaxPings is < 0 or > 100) errors.Add("reminders.overdueMaxPings must be from 0 to 100");
        var holidays = r.Holidays ?? [];
        if (holidays.Distinct().Count() != holidays.Count) errors.Add("reminders.holidays must list each day once");
        return new ReminderSettings(sendAt, [.. before.OrderDescending()], r.OverdueEveryDays ?? d.OverdueEveryDays,
            r.OverdueMaxPings ?? d.OverdueMaxPings, r.SkipWeekends ?? d.SkipWeekends, r.DigestFromDeadline ?? d.DigestFromDeadline)
        {
            Holidays = holidays.Count == 0 ? d.Holidays : holidays.ToHashSet(),
        };
    }

    private sealed record PlanDto(
        string? Id, int Year, string? Title, string? Issuer,
        List<DeadlineDto>? Deadlines, List<TargetDto>? Targets, LimitsDto? Limits, ModelsDto? Models = null,
        RemindersDto? Reminders = null, DepartmentChannelDto? DepartmentChannel = null);

    private sealed record DeadlineDto(string? Id, string? Title, DateOnly Date, List<int>? Targets, string? ShortTitle = null);

    private sealed record TargetDto(int Number, string? Code, string? Title, string? Text, int? RequiredPercent);

    private sealed record LimitsDto(
        [property: JsonPropertyName("maxUnitStaff")] int? MaxUnitStaff = null,
        [property: JsonPropertyName("maxSessions")] int? MaxSessions = null,
        [property: JsonPropertyName("maxTextLength")] int? MaxTextLength = null);

    private sealed record ModelsDto([property: JsonPropertyName("minPerUnit")] int? MinPerUnit = null);

    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
    private sealed record DepartmentChannelDto(string? Day = null, string? At = null);

    // A misspelt setting here would silently fall back to its default and change who gets pinged when: refuse it.
    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
    private sealed record RemindersDto(
        string? SendAt = null, List<int>? BeforeDays = null, int? OverdueEveryDays = null, int? OverdueMaxPings = null,
        bool? SkipWeekends = null, bool? DigestFromDeadline = null, List<DateOnly>? Holidays = null);
}
