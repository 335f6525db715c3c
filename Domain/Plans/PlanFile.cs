using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using DanVan.Domain.Time;

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
            // The field's JSON path, so the one-line start-up error names it ($.officeHours.strat, $.deadlines[0].date).
            var field = e.Path is { Length: > 0 } path ? $" at {path}" : "";
            throw new InvalidDataException($"{source}: not valid plan JSON{field} ({e.Message.ReplaceLineEndings(" ")}).", e);
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
        var (opensOn, closesOn, officeHours) = LifeCycle(dto, deadlines, errors);

        var targets = (dto.Targets ?? []).Select(t => new Target(
            t.Number, t.Code ?? "", t.Title ?? "", t.Text ?? "", t.RequiredPercent ?? 100)).ToList();
        var numbers = targets.Select(t => t.Number).Order().ToList();
        if (!numbers.SequenceEqual(Enumerable.Range(1, 5))) errors.Add("targets must be numbered 1 to 5, once each");

        var limits = dto.Limits ?? new LimitsDto();
        if (limits.MaxUnitStaff is < 1) errors.Add("limits.maxUnitStaff must be positive");

        var models = dto.Models ?? new ModelsDto();
        if (models.MinPerUnit is < 0) errors.Add("models.minPerUnit must not be negative");

        var reminders = Reminders(dto.Reminders ?? new RemindersDto(), errors);
        var letterhead = dto.Letterhead is null ? null : LetterheadOf(dto.Letterhead, errors);
        // Before the office opens is fine (messages then go at the opening); at or after it closes they never would.
        if (reminders.SendAt >= officeHours.End)
            errors.Add($"reminders.sendAt {reminders.SendAt:HH\\:mm} must be before officeHours.end {officeHours.End:HH\\:mm}");
        var post = DepartmentPost(dto.DepartmentChannel ?? new DepartmentChannelDto(), errors);

        if (errors.Count > 0)
            throw new InvalidDataException($"{source}: {string.Join("; ", errors)}.");

        return new Plan(dto.Id!, dto.Year, dto.Title!, dto.Issuer ?? "", deadlines, targets,
            new PlanLimits(limits.MaxUnitStaff ?? 2000, limits.MaxSessions ?? 366, limits.MaxTextLength ?? 2000))
        {
            Models = new ModelSettings(models.MinPerUnit ?? ModelSettings.Default.MinPerUnit),
            Reminders = reminders,
            Letterhead = letterhead,
            OpensOn = opensOn,
            ClosesOn = closesOn,
            OfficeHours = officeHours,
            Sample = dto.Sample ?? false,
            DepartmentPost = post,
        };
    }

    /// <summary>Printed on official documents: every line required (but the signer's name, which the office may
    /// leave for the signer), one line each, of a heading's length.</summary>
    private static Letterhead? LetterheadOf(LetterheadDto l, List<string> errors)
    {
        string Line(string? value, string name, bool required = true)
        {
            var v = (value ?? "").Trim();
            if (required && v.Length == 0) errors.Add($"letterhead.{name} is missing");
            if (v.Length > Letterhead.MaxLineLength) errors.Add($"letterhead.{name} is longer than {Letterhead.MaxLineLength} characters");
            if (v.Any(char.IsControl)) errors.Add($"letterhead.{name} must be one line");
            return v.Normalize(System.Text.NormalizationForm.FormC);
        }
        var symbol = Line(l.Symbol, "symbol");
        // The symbol follows "BC-" in the document number: capitals (Vietnamese too), digits and hyphens only.
        if (symbol.Length > 0 && !symbol.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-'))
            errors.Add($"letterhead.symbol '{symbol}' must be capital letters, digits and hyphens, like SNN");
        var recipients = (l.Recipients ?? []).Select((r, i) => Line(r, $"recipients[{i}]")).ToList();
        if (recipients.Count > Letterhead.MaxRecipients) errors.Add($"letterhead.recipients lists more than {Letterhead.MaxRecipients} recipients");
        var letterhead = new Letterhead(Line(l.GoverningBody, "governingBody"), Line(l.IssuingBody, "issuingBody"), symbol,
            Line(l.Place, "place"), Line(l.SignerAuthority, "signerAuthority", required: false), Line(l.SignerTitle, "signerTitle"),
            Line(l.SignerName, "signerName", required: false), recipients);
        return letterhead;
    }

    /// <summary>
    /// The year's life cycle: open from <c>opensOn</c> (default 1 January; may be in the year before, so units can
    /// write their plans early) to <c>closesOn</c> (default 1 January after the last deadline's year), every deadline
    /// in between; office hours for proactive messages (default 08:00–17:00).
    /// </summary>
    private static (DateOnly OpensOn, DateOnly ClosesOn, OfficeHours Hours) LifeCycle(PlanDto dto, List<Deadline> deadlines, List<string> errors)
    {
        var year = dto.Year is >= 2000 and <= 2100 ? dto.Year : 2000;
        var opensOn = dto.OpensOn ?? new DateOnly(year, 1, 1);
        var lastYear = deadlines.Count == 0 ? year : Math.Max(year, deadlines.Max(d => d.Date.Year));
        var closesOn = dto.ClosesOn ?? new DateOnly(lastYear + 1, 1, 1);
        if (opensOn.Year is var y && (y < year - 1 || y > year))
            errors.Add($"opensOn {opensOn:yyyy-MM-dd} must be in the plan year {year} or the year before");
        if (closesOn <= opensOn) errors.Add($"closesOn {closesOn:yyyy-MM-dd} must be after opensOn {opensOn:yyyy-MM-dd}");
        foreach (var d in deadlines.Where(d => d.Date < opensOn || d.Date >= closesOn))
            errors.Add($"deadlines['{d.Id}'].date {d.Date:yyyy-MM-dd} must be on or after opensOn {opensOn:yyyy-MM-dd} and before closesOn {closesOn:yyyy-MM-dd}");

        var hours = OfficeHours.Default;
        if (dto.OfficeHours is { } h)
        {
            var start = TimeOfDay(h.Start, "officeHours.start", hours.Start, errors);
            var end = TimeOfDay(h.End, "officeHours.end", hours.End, errors);
            if (end <= start) errors.Add($"officeHours.end {end:HH\\:mm} must be after officeHours.start {start:HH\\:mm}");
            hours = new(start, end);
        }
        return (opensOn, closesOn, hours);
    }

    private static TimeOnly TimeOfDay(string? text, string field, TimeOnly fallback, List<string> errors)
    {
        if (text is null) return fallback;
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        errors.Add($"{field} '{text}' is not a time of day like 08:00");
        return fallback;
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
        {
            errors.Add($"reminders.sendAt '{text}' is not a time of day like 08:00");
            sendAt = d.SendAt;
        }
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
        RemindersDto? Reminders = null, LetterheadDto? Letterhead = null, bool? Sample = null, DateOnly? OpensOn = null, DateOnly? ClosesOn = null,
        OfficeHoursDto? OfficeHours = null, DepartmentChannelDto? DepartmentChannel = null);

    // Printed on documents sent to the province: a misspelt key would silently drop a line of the heading.
    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
    private sealed record LetterheadDto(
        string? GoverningBody = null, string? IssuingBody = null, string? Symbol = null, string? Place = null,
        string? SignerAuthority = null, string? SignerTitle = null, string? SignerName = null, List<string>? Recipients = null);

    // Like reminders: a misspelt "strat" would silently keep the default hours.
    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
    private sealed record OfficeHoursDto(string? Start = null, string? End = null);

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
